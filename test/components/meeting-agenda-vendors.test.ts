import { expect, html } from '@open-wc/testing';
import '../../src/components/meeting-agenda/define.js';
import type { MeetingAgenda } from '../../src/components/meeting-agenda/meeting-agenda.js';
import { setClock } from '../../src/core/clock.js';
import { clearFetchCache } from '../../src/core/fetch.js';
import { mock } from '../helpers/mock-api.js';
import { $, $$, renderLoaded, visibleText } from '../helpers/widget.js';

/*
 * The agenda on real meetings of the council systems partners run (issue 9; origins of the captures in
 * test/fixtures/README.md): what a person sees. Linked objects the capture does not hold point to the test
 * server instead of the council's, so no test asks a third party; a committee that is not served is "gone".
 */

/** Serves a capture, its links to `from` pointing to `to` (the test server). */
async function serve(path: string, links: Record<string, string>): Promise<string> {
  let text = await (await fetch(`/test/fixtures/oparl/${path}`)).text();
  for (const [from, to] of Object.entries(links)) text = text.replaceAll(from, to);
  return (await mock({ body: text })).url;
}

const GONE = '{{origin}}/mock/r/gone';
const items = (el: HTMLElement) => $$(el, '.ma-item-title').map(visibleText);
const documents = (el: HTMLElement) => $$(el, '[part="documents"] li').map(visibleText);

describe('<meeting-agenda> on real meetings of four council systems (issue 9)', () => {
  beforeEach(() => {
    clearFetchCache();
    setClock(Date.parse('2026-11-23T10:00:00+01:00'));
  });
  afterEach(() => setClock(undefined));

  it('ALLRIS 4 (CC e-gov, OParl 1.1, Bonn): midnight as the end is no end, and both documents', async () => {
    const src = await serve('meine-stadt-transparent/bonn_meeting.json', { 'https://www.bonn.sitzung-online.de/public/oparl/organizations': GONE });
    const { el } = await renderLoaded<MeetingAgenda>(html`<meeting-agenda src=${src}></meeting-agenda>`);
    // The committee is not served: the meeting's own name stands in.
    expect(visibleText($(el, '[part="title"]'))).to.equal('Sitzung des Projektbeirates Behindertenpolitischer Teilhabeplan');
    // ALLRIS sends 00:00 of the next day as the end: not "17:00 bis 00:00 Uhr".
    expect(visibleText($(el, 'dl'))).to.include('Dienstag, 11. Mai 2021, 17:00 Uhr, Ende offen');
    expect(visibleText($(el, 'dl'))).to.include('beendet');
    expect(items(el)).to.deep.equal(['1: Einführung und Verpflichtung']);
    // No `public` and no section rows: the agenda does not guess.
    expect(visibleText($(el, '.ma-publicity'))).to.equal('Öffentlichkeit unbekannt');
    expect(documents(el)).to.deep.equal(['Einladung: Öffentliche Tagesordnung (DOCX)', 'Alle Anlagen öffentlich (PDF, 554 kB)']);
    expect($(el, '[part="documents"] a').getAttribute('href')).to.match(/^https:\/\/www\.bonn\.sitzung-online\.de\/public\/doc\?/);
    await expect(el).to.be.accessible();
  });

  it('SOMACOS Session (OParl 1.0, Wuppertal): a past meeting without agenda items says none was published, not "not yet"', async () => {
    const src = await serve('meine-stadt-transparent/wuppertal_meeting.json', { 'http://oparl.wuppertal.de/oparl/bodies/0001/organizations': GONE });
    const { el } = await renderLoaded<MeetingAgenda>(html`<meeting-agenda src=${src}></meeting-agenda>`);
    expect(visibleText($(el, 'dl'))).to.include('Dienstag, 29. September 2020, 15:00 bis 15:10 Uhr');
    expect(visibleText($(el, '.ma-note'))).to.equal('Zu dieser Sitzung ist keine Tagesordnung veröffentlicht.');
    expect(documents(el)).to.deep.equal(['Einladung gesamt (PDF)', 'Niederschrift (PDF)', 'Zusammenstellung_der_amtlichen_Ergebnisse (PDF)']);
    await expect(el).to.be.accessible();
  });

  it('SOMACOS Session (OParl 1.1, Karlsruhe): committee as title, nested items with their results', async () => {
    const organizations = (await (await fetch('/test/fixtures/oparl/karlsruhe/organizations.json')).json()) as { data?: unknown[] } | unknown[];
    const list = (Array.isArray(organizations) ? organizations : (organizations.data ?? [])) as { id: string }[];
    const committee = await mock({ body: list.find((entry) => entry.id.endsWith('/gr/40333')) });
    const src = await serve('karlsruhe/meetings/10023.json', {
      'https://web1.karlsruhe.de/oparl/bodies/0001/organizations/gr/40333': committee.url,
      'https://web1.karlsruhe.de/oparl/bodies/0001/consultations': GONE,
    });
    const { el } = await renderLoaded<MeetingAgenda>(html`<meeting-agenda src=${src}></meeting-agenda>`);
    expect(visibleText($(el, '[part="title"]'))).to.equal('Ortschaftsrat Durlach');
    expect(visibleText($(el, '.ma-subtitle'))).to.equal('Ortschaftsrat Durlach (öffentlich/nicht öffentlich)');
    expect(visibleText($(el, 'dl'))).to.include('Bürgersaal im Rathaus');
    expect(items(el)).to.have.length(15);
    expect(items(el).slice(0, 2)).to.deep.equal(['1: Zusammensetzung des Ortschaftsrats Durlach', '1.1: Ausscheiden von Herrn David Willimzig aus dem Ortschaftsrat']);
    const item = $(el, 'li[id="top-1-4"]');
    expect(visibleText(item.querySelector('.ma-result')!)).to.equal('Ergebnis: einstimmig beschlossen');
    expect(visibleText(item.querySelector('.ma-publicity')!)).to.equal('öffentlich');
    await expect(el).to.be.accessible();
  });

  it('STERNBERG SD.NET RIM (OParl 1.0, Hürtgenwald): wrapped titles joined, publicity from the section row, the decision file', async () => {
    const base = 'https://sdnetrim.kdvz-frechen.de/rim4220/webservice/oparl/v1.0/body/1';
    const src = await serve('sternberg/meeting-2507-first-items.json', { [`${base}/organization`]: GONE, [`${base}/consultation`]: GONE });
    const { el } = await renderLoaded<MeetingAgenda>(html`<meeting-agenda src=${src}></meeting-agenda>`);
    expect(items(el)).to.deep.equal([
      '1.: 16. Änderung des Flächennutzungsplanes der Gemeinde Hürtgenwald „Papierfabrik Zerkall“',
      '2.: Bebauungsplan Nr. Z 2 „Papierfabrik Zerkall“',
    ]);
    expect($$(el, '.ma-item-subtitle').map(visibleText)).to.deep.equal([
      'hier: Aufstellungsbeschluss nach § 2 Absatz 1 Baugesetzbuch',
      'hier: Aufstellungsbeschluss gem. § 2 Abs. 1 BauGB',
    ]);
    // No `public` on the items; the section row "Öffentliche Sitzung" says it.
    expect($$(el, '.ma-publicity').map(visibleText)).to.deep.equal(['öffentlich', 'öffentlich']);
    expect(visibleText($(el, '[role="heading"][aria-level="4"]'))).to.equal('Öffentlicher Teil');
    const file = $(el, 'li[id="top-1"] .ma-files a');
    expect(visibleText(file)).to.match(/^Beschlusstext \(16\. Änderung .+\) \(PDF\)$/);
    await expect(el).to.be.accessible();
  });
});
