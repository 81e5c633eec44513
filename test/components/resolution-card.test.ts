import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import '../../src/components/resolution-card/define.js';
import type { ResolutionCopiedEvent, ResolutionSettledEvent } from '../../src/components/resolution-card/events.js';
import type { ResolutionCard } from '../../src/components/resolution-card/resolution-card.js';
import { setClock } from '../../src/core/clock.js';
import { clearFetchCache } from '../../src/core/fetch.js';
import { formatFileSize } from '../../src/core/i18n.js';
import { normaliseMeeting, normaliseOrganization } from '../../src/oparl/normalise.js';
import { findAgendaItem } from '../../src/oparl/paper-path.js';
import { mock, type MockAnswer } from '../helpers/mock-api.js';
import { $, $$, renderFailed, renderLoaded, visibleText } from '../helpers/widget.js';

/*
 * <resolution-card> on the built-in sample data (/sample/oparl/v1.1/..., see sample/README.md) and on mocked
 * answers for faults and hostile data. "Now" is pinned to 23.11.2026, three days after the sample snapshot:
 * the Rat's meeting of 16.03.2027 is still to come.
 */

const SAMPLE = '/sample/oparl/v1.1';
const NOW = new Date('2026-11-23T12:00:00+01:00');
// File sizes as the core formats them (sizes of the sample PDFs).
const size = (bytes: number) => formatFileSize(bytes, 'de')!;
const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

// Every request the page makes, to prove the first render needs one and no URL is fetched twice.
let requested: string[] = [];
const realFetch = window.fetch.bind(window);
const pageErrors: string[] = [];
const onError = (event: ErrorEvent) => pageErrors.push(event.message);
const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(String(event.reason));

beforeEach(() => {
  clearFetchCache();
  setClock(NOW);
  requested = [];
  pageErrors.length = 0;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    if (!url.pathname.startsWith('/mock/register') && !url.pathname.startsWith('/mock/hits')) requested.push(url.pathname);
    return realFetch(input, init);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});

afterEach(() => {
  window.fetch = realFetch;
  setClock(undefined);
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  expect(pageErrors, 'uncaught errors').to.deep.equal([]);
});

/** Renders a card and waits until its main object and every linked object have loaded or failed. */
async function show(template: TemplateResult): Promise<{ el: ResolutionCard; atFirstRender: string[]; settled: ResolutionSettledEvent }> {
  const settled = oneEvent<ResolutionSettledEvent>(document, 'resolution-settled');
  const { el } = await renderLoaded<ResolutionCard>(template);
  const atFirstRender = [...requested];
  const event = await settled;
  await el.updateComplete;
  return { el, atFirstRender, settled: event };
}

const card = (path: string, attributes: { lang?: string; level?: number } = {}) =>
  html`<resolution-card src=${`${SAMPLE}/${path}`} lang=${attributes.lang ?? 'de'} heading-level=${attributes.level ?? 2}></resolution-card>`;

function duplicates(list: string[]): string[] {
  return list.filter((url, index) => list.indexOf(url) !== index);
}

describe('<resolution-card>', () => {
  describe('an agenda item with everything (Ö 4, 08.12.2021, "geändert beschlossen")', () => {
    it('renders the decision from one request, then loads the rest, each URL once', async () => {
      const { el, atFirstRender } = await show(card('agendaitem/20117'));
      expect(atFirstRender).to.deep.equal([`${SAMPLE}/agendaitem/20117`]);
      expect(requested).to.include.members([
        `${SAMPLE}/meeting/4711`,
        `${SAMPLE}/organization/12`,
        `${SAMPLE}/consultation/8101`,
        `${SAMPLE}/paper/2104`,
        `${SAMPLE}/organization/31`,
      ]);
      expect(duplicates(requested)).to.deep.equal([]);
      expect(text($(el, '[part="title"]'))).to.equal('Förderrichtlinie für die ZWAR-Netzwerke in Herne (Zwischen Arbeit und Ruhestand)');
      expect(text($(el, '.rc-context'))).to.equal(
        'Ausschuss für Soziales, Arbeit, Gesundheit und Senioren · Mittwoch, 8. Dezember 2021 · TOP Ö 4 · öffentlich',
      );
      expect($(el, '.rc-context a').getAttribute('href')).to.match(/\/ris\/sitzung\/4711$|\/sitzung\/4711|\/ris\//);
    });

    it('says what was decided, with the raw text, the departure from the proposal and the votes', async () => {
      const { el } = await show(card('agendaitem/20117'));
      expect(text($(el, '[part="verdict"]'))).to.equal('✓ Geändert beschlossen');
      expect(text($(el, '.rc-raw'))).to.equal('Wortlaut des Ergebnisses: geändert beschlossen (Ja: 14, Nein: 3, Enthaltungen: 1)');
      expect(text($(el, '.rc-deviation'))).to.equal('Der Beschluss weicht vom Vorschlag der Vorlage ab.');
      expect(text($(el, '[id$="-votes"]'))).to.equal('Abstimmung (aus dem Ergebnistext gelesen)');
      expect($$(el, '.rc-counts li').map(text)).to.deep.equal(['14 Ja', '3 Nein', '1 Enthaltung']);
      const bar = $(el, 'svg.rc-bar');
      expect(bar.getAttribute('aria-hidden')).to.equal('true');
      expect($$(el, 'svg.rc-bar > rect').map((rect) => [rect.getAttribute('class'), Math.round(parseFloat(rect.getAttribute('width')!))])).to.deep.equal([
        ['rc-yes', 78],
        ['rc-no', 17],
        ['rc-abstain', 6],
      ]);
    });

    it('shows the resolution text as paragraphs, the resolution file, the paper and the citation', async () => {
      const { el } = await show(card('agendaitem/20117'));
      const paragraphs = $$(el, '[id$="-resolution-text"] p').map(text);
      expect(paragraphs).to.have.length(4);
      expect(paragraphs[1]).to.equal('1. In Nr. 3.2 wird der jährliche Zuschuss je Netzwerk von 2.500 € auf 3.000 € erhöht.');
      expect(text($(el, '.rc-text a'))).to.equal(`Beschluss zu TOP Ö 4 (Vorlage 2021/0790) (PDF, ${size(1487)})`);
      const facts = $$(el, '.rc-facts dt').map((dt) => [text(dt), text(dt.nextElementSibling)]);
      expect(facts).to.deep.equal([
        ['Vorlagennummer', '2021/0790 Kopieren Vorlagennummer 2021/0790'],
        ['Art', 'Beschlussvorlage'],
        ['Betreff', 'Förderrichtlinie für die ZWAR-Netzwerke in Herne (Zwischen Arbeit und Ruhestand)'],
        ['Datum', '15.11.2021'],
        ['Federführung', 'Fachbereich Soziales'],
      ]);
      expect($$(el, '.rc-files a').map(text)).to.deep.equal([
        `Vorlage 2021/0790 (PDF, ${size(1248)})`,
        `Anlage 1 – Entwurf der Förderrichtlinie ZWAR-Netzwerke (PDF, ${size(1433)})`,
      ]);
      expect(text($(el, '.rc-citation-line'))).to.equal(
        'Beschluss des Ausschusses für Soziales, Arbeit, Gesundheit und Senioren vom 08.12.2021, TOP Ö 4 (Vorlage 2021/0790)',
      );
    });

    it('shows the one step of the paper as this decision, the current stage and the end of the matter', async () => {
      const { el } = await show(card('agendaitem/20117'));
      const steps = $$(el, '[part="step"]');
      expect(steps).to.have.length(1);
      expect(steps[0]!.getAttribute('aria-current')).to.equal('step');
      expect(text(steps[0]!.querySelector('.rc-step-committee'))).to.equal('Ausschuss für Soziales, Arbeit, Gesundheit und Senioren Dieser Beschluss Aktueller Stand');
      expect(text(steps[0]!.querySelector('.rc-step-meta'))).to.equal('Mittwoch, 8. Dezember 2021 · Entscheidung · beschließend');
      expect(text($(el, '.rc-what-next p'))).to.equal(
        'Die Beratung ist abgeschlossen: Geändert beschlossen – Ausschuss für Soziales, Arbeit, Gesundheit und Senioren, 08.12.2021.',
      );
    });

    it('is accessible, with headings in the outline asked for', async () => {
      const { el } = await show(card('agendaitem/20117', { level: 3 }));
      expect($(el, '[part="title"]').getAttribute('aria-level')).to.equal('3');
      expect($(el, '[id$="-decision"]').getAttribute('aria-level')).to.equal('4');
      expect($(el, '[id$="-votes"]').getAttribute('aria-level')).to.equal('5');
      expect($(el, 'article').getAttribute('aria-labelledby')).to.equal($(el, '[part="title"]').id);
      await expect(el).to.be.accessible();
    });
  });

  describe('the Beratungsfolge', () => {
    it('follows a paper through three committees to the Rat (2021/0815), each step with its result', async () => {
      const { el } = await show(card('agendaitem/20142'));
      const steps = $$(el, '[part="step"]');
      expect(steps.map((step) => text(step.querySelector('.rc-step-committee')))).to.deep.equal([
        'Ausschuss für Soziales, Arbeit, Gesundheit und Senioren',
        'Haupt- und Personalausschuss',
        'Rat der Stadt Herne Dieser Beschluss Aktueller Stand',
      ]);
      expect(steps.map((step) => text(step.querySelector('.rc-step-result')))).to.deep.equal([
        '✓ Beschlossen (einstimmig beschlossen)',
        '✓ Beschlossen (einstimmig beschlossen)',
        '✓ Beschlossen (einstimmig beschlossen)',
      ]);
      expect(text(steps[2]!.querySelector('.rc-step-meta'))).to.equal('Dienstag, 21. Dezember 2021 · Entscheidung · beschließend');
      // The steps' results come from the meetings, which embed their items: no agenda item is fetched on its own.
      expect(requested.filter((url) => url.includes('/agendaitem/'))).to.deep.equal([`${SAMPLE}/agendaitem/20142`]);
      expect(duplicates(requested)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('marks the current stage and the next planned step of a pending paper (2026/0418)', async () => {
      const { el } = await show(card('paper/2204'));
      const steps = $$(el, '[part="step"]');
      expect(steps.map((step) => step.getAttribute('aria-current'))).to.deep.equal(['false', 'step', 'false']);
      expect(text(steps[1]!.querySelector('.rc-marker'))).to.equal('Aktueller Stand');
      expect(text(steps[2]!.querySelector('.rc-step-committee'))).to.equal('Rat der Stadt Herne Nächster Schritt');
      expect(text(steps[2]!.querySelector('.rc-step-result'))).to.equal('Noch nicht beraten');
      expect(text($(el, '[id$="-next"]'))).to.equal('Wie geht es weiter?');
      expect(text($(el, '.rc-what-next p'))).to.equal('Nächster Schritt: Rat der Stadt Herne, Dienstag, 16. März 2027 (Entscheidung).');
      await expect(el).to.be.accessible();
    });

    it('moves on with the clock: after the Rat met without a published result, nothing is planned', async () => {
      setClock(new Date('2027-04-01T12:00:00+02:00'));
      const { el } = await show(card('paper/2204'));
      const steps = $$(el, '[part="step"]');
      expect(steps.map((step) => step.getAttribute('aria-current'))).to.deep.equal(['false', 'false', 'step']);
      expect(text(steps[2]!.querySelector('.rc-step-result'))).to.equal('Kein Ergebnis veröffentlicht');
      expect(text($(el, '.rc-what-next p'))).to.equal('Ein weiterer Beratungstermin ist nicht veröffentlicht.');
    });

    it('shows a referral, and the decision where it went (2021/0842)', async () => {
      const { el } = await show(card('agendaitem/20119'));
      expect(text($(el, '[part="verdict"]'))).to.equal('→ Verwiesen an: Haupt- und Personalausschuss');
      const steps = $$(el, '[part="step"]');
      expect(text(steps[0]!.querySelector('.rc-step-result'))).to.equal(
        '→ Verwiesen an: Haupt- und Personalausschuss (verwiesen an den Haupt- und Personalausschuss)',
      );
      expect(text(steps[1]!.querySelector('.rc-step-committee'))).to.equal('Haupt- und Personalausschuss Aktueller Stand');
      expect(text($(el, '.rc-what-next p'))).to.equal('Die Beratung ist abgeschlossen: Beschlossen – Haupt- und Personalausschuss, 14.12.2021.');
      expect(text($(el, '.rc-citation-line'))).to.equal(
        'Beratung des Ausschusses für Soziales, Arbeit, Gesundheit und Senioren vom 08.12.2021, TOP Ö 6 (Vorlage 2021/0842)',
      );
    });

    it('shows an adjourned item, the cancelled meeting in between and the later note (2021/0799)', async () => {
      const { el } = await show(card('agendaitem/20125'));
      expect(text($(el, '[part="verdict"]'))).to.equal('⏸ Vertagt');
      const steps = $$(el, '[part="step"]');
      expect(steps).to.have.length(3);
      expect(text(steps[1]!.querySelector('.rc-step-committee'))).to.include('Sitzung abgesagt');
      expect(text(steps[2]!.querySelector('.rc-step-result'))).to.equal('i Zur Kenntnis genommen (zur Kenntnis genommen)');
      expect(steps[2]!.getAttribute('aria-current')).to.equal('step');
      expect(text($(el, '.rc-what-next p'))).to.match(/^Die Beratung ist abgeschlossen: Zur Kenntnis genommen – Ausschuss für Soziales/);
    });
  });

  describe('other inputs', () => {
    it('takes a Consultation URL and shows the decision of its agenda item', async () => {
      const { el } = await show(card('consultation/8101'));
      expect(text($(el, '[part="title"]'))).to.equal('Förderrichtlinie für die ZWAR-Netzwerke in Herne (Zwischen Arbeit und Ruhestand)');
      expect(text($(el, '[part="verdict"]'))).to.equal('✓ Geändert beschlossen');
      expect(duplicates(requested)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('takes a consultation that has no agenda item yet', async () => {
      const paper = new URL(`${SAMPLE}/paper/2204`, location.href).href;
      const { url } = await mock({ body: { type: 'https://schema.oparl.org/1.1/Consultation', paper, role: 'Entscheidung', authoritative: true } });
      const { el } = await show(html`<resolution-card src=${url}></resolution-card>`);
      expect(text($(el, '[part="title"]'))).to.equal('Handlungskonzept „Älter werden in Herne“ 2027–2032');
      expect(text($(el, '[part="decision"]'))).to.equal('Beschluss Für diese Beratung ist noch kein Tagesordnungspunkt veröffentlicht.');
      expect($$(el, '[part="step"]')).to.have.length(3);
      await expect(el).to.be.accessible();
    });

    it('takes a Paper URL and shows the paper and the decisions along its path (2021/0815)', async () => {
      const { el } = await show(card('paper/2107'));
      expect(text($(el, '.rc-context'))).to.equal('Vorlage 2021/0815 · Beschlussvorlage');
      expect(el.querySelector('[part="decision"]')).to.be.null;
      expect(el.querySelector('[part="citation"]')).to.be.null;
      expect($$(el, '[part="step"] .rc-step-result').map(text)).to.have.length(3);
      expect(text($(el, '.rc-what-next p'))).to.equal('Die Beratung ist abgeschlossen: Beschlossen – Rat der Stadt Herne, 21.12.2021.');
      await expect(el).to.be.accessible();
    });

    it('names the originators of a motion (Änderungsantrag 2021/0853)', async () => {
      const { el } = await show(card('paper/2113'));
      const originators = $$(el, '.rc-facts dt').find((dt) => text(dt) === 'Eingereicht von');
      expect(text(originators?.nextElementSibling)).to.match(/^Fraktion Zukunft Herne, \S/);
    });

    it('takes rich data from a host and fetches only what is missing', async () => {
      const raw = await (await realFetch(`${SAMPLE}/meeting/4711`)).json();
      const meeting = normaliseMeeting(raw);
      const committee = normaliseOrganization(await (await realFetch(`${SAMPLE}/organization/12`)).json());
      const agendaItem = findAgendaItem(meeting.agenda, new URL(`${SAMPLE}/agendaitem/20117`, location.href).href)!;
      expect(agendaItem, 'the meeting embeds Ö 4').to.exist;
      requested = [];
      const { el, atFirstRender } = await show(html`<resolution-card .data=${{ agendaItem, meeting, committee }}></resolution-card>`);
      expect(atFirstRender).to.deep.equal([]);
      expect(text($(el, '[part="verdict"]'))).to.equal('✓ Geändert beschlossen');
      expect(text($(el, '.rc-context'))).to.include('Ausschuss für Soziales, Arbeit, Gesundheit und Senioren · Mittwoch, 8. Dezember 2021');
      expect(requested).to.have.members([`${SAMPLE}/consultation/8101`, `${SAMPLE}/paper/2104`, `${SAMPLE}/organization/31`]);
    });

    it('loads nothing again when a host hands over the same objects in a new object', async () => {
      const meeting = normaliseMeeting(await (await realFetch(`${SAMPLE}/meeting/4711`)).json());
      const committee = normaliseOrganization(await (await realFetch(`${SAMPLE}/organization/12`)).json());
      const agendaItem = findAgendaItem(meeting.agenda, new URL(`${SAMPLE}/agendaitem/20117`, location.href).href)!;
      const { el } = await show(html`<resolution-card .data=${{ agendaItem, meeting, committee }}></resolution-card>`);
      requested = [];
      let loads = 0;
      el.addEventListener('widget-loaded', () => (loads += 1));
      const before = el.querySelector('[part="paper"]');
      // What a host does that renders `.data=${{ agendaItem, meeting, committee }}` again.
      el.data = { agendaItem, meeting, committee };
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(loads).to.equal(0);
      expect(requested).to.deep.equal([]);
      expect(el.querySelector('[part="paper"]')).to.equal(before);
      // Another item is another decision.
      const other = findAgendaItem(meeting.agenda, new URL(`${SAMPLE}/agendaitem/20118`, location.href).href)!;
      const loaded = oneEvent(el, 'widget-loaded');
      el.data = { agendaItem: other, meeting, committee };
      await loaded;
      expect(text($(el, '[part="title"]'))).to.equal(other.title);
    });

    it('opened from an agenda for each of its items, fetches no URL twice and never what it was given', async () => {
      const meeting = normaliseMeeting(await (await realFetch(`${SAMPLE}/meeting/4711`)).json());
      const committee = normaliseOrganization(await (await realFetch(`${SAMPLE}/organization/12`)).json());
      const items = meeting.agenda.flatMap((part) => part.items.flatMap((item) => [item, ...item.children])).filter((item) => item.public && item.consultationUrl);
      expect(items.length, 'items with a paper').to.be.at.least(6);
      requested = [];
      const settled = new Promise<void>((resolve) => {
        let count = 0;
        document.addEventListener('resolution-settled', function done() {
          count += 1;
          if (count < items.length) return;
          document.removeEventListener('resolution-settled', done);
          resolve();
        });
      });
      await fixture(html`<div>${items.map((agendaItem) => html`<resolution-card hide-header .data=${{ agendaItem, meeting, committee }}></resolution-card>`)}</div>`);
      await settled;
      expect(duplicates(requested)).to.deep.equal([]);
      expect(requested).not.to.include(`${SAMPLE}/meeting/4711`);
      expect(requested).not.to.include(`${SAMPLE}/organization/12`);
      // Each card asked for its consultation and paper; the meetings of the Beratungsfolge were shared.
      expect(requested.filter((url) => url.includes('/consultation/'))).to.have.length(items.length);
    });

    it('hides its header visually inside a host that shows it (hide-header), keeping its name', async () => {
      const { el } = await show(html`<resolution-card src=${`${SAMPLE}/agendaitem/20117`} hide-header heading-level="4"></resolution-card>`);
      const header = $(el, 'header');
      expect(header.getBoundingClientRect().height).to.be.at.most(1);
      expect(text($(el, '[part="title"]'))).to.equal('Förderrichtlinie für die ZWAR-Netzwerke in Herne (Zwischen Arbeit und Ruhestand)');
      expect($(el, '[id$="-decision"]').getAttribute('aria-level')).to.equal('5');
      await expect(el).to.be.accessible();
    });

    it('stays idle without src or data, and requests nothing', async () => {
      const el = await fixture<ResolutionCard>(html`<resolution-card></resolution-card>`);
      await el.updateComplete;
      expect(visibleText(el)).to.equal('');
      expect(requested).to.deep.equal([]);
    });
  });

  describe('real data of more vendors (issue 9)', () => {
    const SDNET = 'https://sdnetrim.kdvz-frechen.de/rim4220/webservice/oparl/v1.0/body/1';
    /** A Hürtgenwald capture whose links to other objects point to the test server (not served: gone), so no test asks the council's server. */
    const sternberg = async (path: string): Promise<string> => {
      let body = await (await realFetch(`/test/fixtures/oparl/sternberg/${path}`)).text();
      for (const kind of ['organization', 'consultation', 'meeting']) body = body.replaceAll(`${SDNET}/${kind}/`, `{{origin}}/mock/r/gone/${kind}/`);
      return (await mock({ body })).url;
    };

    it('shows a decision published only as a file as "Beschluss als Dokument" with its link (Sternberg SD.NET RIM)', async () => {
      const url = await sternberg('agendaitem-9909-file-only.json');
      const { el } = await show(html`<resolution-card src=${url} lang="de"></resolution-card>`);
      const decision = $(el, '[part="decision"]');
      expect(text($(el, '[part="verdict"]'))).to.equal('📄 Beschluss als Dokument');
      const link = decision.querySelector('a')!;
      expect(link.href).to.match(/^https:\/\/sdnetrim\.kdvz-frechen\.de\/.*Beschlusstext_103-2021/);
      expect(text(link)).to.include('Beschlusstext');
      expect(text(decision)).to.include('PDF');
      expect(text(decision)).not.to.include('kein Ergebnis');
      expect(text(decision)).not.to.include('Noch kein Ergebnis');
      // The hard-wrapped "… Zerkall“ \nhier: …" keeps "hier:" as the subtitle.
      expect(text($(el, '[part="title"]'))).to.equal('16. Änderung des Flächennutzungsplanes der Gemeinde Hürtgenwald „Papierfabrik Zerkall“');
    });

    it("says 'öffentlich' where only the meeting's section row says so (Sternberg)", async () => {
      const meeting = await sternberg('meeting-2507-first-items.json');
      const raw = await (await realFetch('/test/fixtures/oparl/sternberg/agendaitem-9909-file-only.json')).json();
      const { url } = await mock({ body: { ...raw, meeting, consultation: undefined } });
      const { el } = await show(html`<resolution-card src=${url} lang="de"></resolution-card>`);
      expect(text($(el, '[part="context"]'))).to.include('öffentlich');
      expect(text($(el, '[part="context"]'))).not.to.include('unbekannt');
    });

    it('does not call a single step without a role the end of the deliberation (Sternberg, real paper 8/2007)', async () => {
      const base = SDNET;
      const organizations = (await (await realFetch('/test/fixtures/oparl/huertgenwald/organization-list.json')).json()) as { data: { id: string }[] };
      const committee = await mock({ body: organizations.data.find((entry) => entry.id === `${base}/organization/1-17`) });
      const meetingText = await (await realFetch('/test/fixtures/oparl/sternberg/meeting-2507-first-items.json')).text();
      const meeting = await mock({ body: meetingText.replaceAll(`${base}/organization/1-17`, committee.url) });
      const page = (await (await realFetch('/test/fixtures/oparl/huertgenwald/paper-list_page-1.json')).json()) as { data: Record<string, unknown>[] };
      const paper = page.data.find((entry) => entry['reference'] === '8/2007')!;
      // Its one step (no role, no `authoritative`), pointed at a meeting of the same server that the fixtures hold:
      // the paper's own meeting 334 was not captured, and no test asks the council's server.
      const [step] = paper['consultation'] as Record<string, unknown>[];
      const { url } = await mock({ body: { ...paper, consultation: [{ ...step, meeting: meeting.url, agendaItem: `${base}/agendaitem/9909`, organization: [committee.url] }] } });
      const { el } = await show(html`<resolution-card src=${url} lang="de"></resolution-card>`);
      expect(text($(el, '[part="title"]'))).to.equal('Nationalpark Eifel Infopunkt in Zerkall; hier: Nutzungskonzept');
      expect(text($(el, '.rc-facts'))).to.include('8/2007');
      expect(text($(el, '[part="step"] .rc-step-committee'))).to.equal('Ausschuss für Gemeindeentwicklung und Nachhaltigkeit Aktueller Stand');
      expect(text($(el, '[part="step"] .rc-step-meta'))).to.equal('Donnerstag, 24. Juni 2021');
      expect(text($(el, '[part="step"] .rc-step-result'))).to.equal('✓ Beschlossen (Einstimmig15 Ja-Stimmen, 0 Nein-Stimmen, 0 Enthaltungen)');
      expect(text($(el, '[part="next"] p'))).to.equal('Ein weiterer Beratungstermin ist nicht veröffentlicht.');
      expect(text(el)).not.to.include('abgeschlossen');
    });

    it('shows a result copied into resolutionText once', async () => {
      const { url } = await mock({
        body: { type: 'https://schema.oparl.org/1.1/AgendaItem', id: 'https://ris.example/agendaitem/1', name: 'Haushaltssatzung', result: 'einstimmig angenommen', resolutionText: 'einstimmig angenommen' },
      });
      const { el } = await show(html`<resolution-card src=${url} lang="de"></resolution-card>`);
      const shown = text($(el, '[part="decision"]'));
      expect(shown.split('einstimmig angenommen')).to.have.length(2);
      expect(el.querySelector('[part="resolution-text"]')).to.equal(null);
    });
  });

  describe('states', () => {
    it('shows a live loading status while the server has not answered', async () => {
      const { url } = await mock({ hang: true });
      const el = await fixture<ResolutionCard>(html`<resolution-card src=${url}></resolution-card>`);
      await el.updateComplete;
      const status = $(el, '[role="status"]');
      expect(text(status)).to.equal('Der Beschluss wird geladen …');
      expect($(el, '.hw-state').getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('explains an error in plain German and loads again on "Erneut versuchen"', async () => {
      const body = await (await realFetch(`${SAMPLE}/agendaitem/20117`)).json();
      const { url } = await mock({ body, failTimes: 1, failStatus: 500 });
      const { el, event } = await renderFailed<ResolutionCard>(html`<resolution-card src=${url}></resolution-card>`);
      expect(event.status).to.equal(500);
      const alert = $(el, '[role="alert"]');
      expect(text(alert)).to.equal(
        'Der Beschluss konnte nicht geladen werden. Der Server meldet eine Störung (Fehler 500). Bitte versuchen Sie es gleich noch einmal. Erneut versuchen',
      );
      await expect(el).to.be.accessible();
      const loaded = oneEvent(el, 'widget-loaded');
      alert.querySelector('button')!.click();
      await loaded;
      expect(text($(el, '[part="verdict"]'))).to.equal('✓ Geändert beschlossen');
    });

    it('refuses an address that is not an agenda item, consultation or paper', async () => {
      const { el, event } = await renderFailed<ResolutionCard>(card('meeting/4711'));
      expect(event.kind).to.equal('invalid-data');
      expect(text($(el, '[role="alert"]'))).to.include('Die Antwort des Servers hat nicht das erwartete Format.');
    });

    it('shows "no result yet" for an item without result (Ö 15)', async () => {
      const { el } = await show(card('agendaitem/20128'));
      expect(text($(el, '[part="verdict"]'))).to.equal('… Noch kein Ergebnis');
      expect(text($(el, '[part="decision"]'))).to.include('Für diesen Tagesordnungspunkt ist kein Ergebnis veröffentlicht.');
      await expect(el).to.be.accessible();
    });

    it('says when an upcoming item will be discussed (Rat, 16.03.2027)', async () => {
      const { el } = await show(card('agendaitem/20180'));
      expect(text($(el, '[part="decision"]'))).to.include('Der Punkt wird in der Sitzung am Dienstag, 16. März 2027 beraten.');
      expect(text($(el, '[part="step"][aria-current="step"] .rc-marker'))).to.equal('Aktueller Stand');
    });

    it('links the minutes when the resolution text is missing (Ö 1)', async () => {
      const { el } = await show(card('agendaitem/20114'));
      const noText = $(el, '.rc-no-text');
      expect(text(noText)).to.equal('Beschlusstext liegt nicht vor. Niederschrift der Sitzung');
      expect(noText.querySelector('a')!.getAttribute('href')).to.match(/\/files\/asags-2021-12-08-niederschrift\.pdf$/);
    });

    it('reads the votes from the resolution text when the result states none, and says so', async () => {
      const { url } = await mock({
        body: {
          type: 'https://schema.oparl.org/1.1/AgendaItem',
          name: 'Stimmen im Beschlusstext',
          result: 'beschlossen',
          resolutionText: 'Der Ausschuss beschließt die Satzung.\nAbstimmungsergebnis: 12 Ja-Stimmen, 3 Nein-Stimmen, 1 Enthaltung',
        },
      });
      const { el } = await show(html`<resolution-card src=${url}></resolution-card>`);
      expect(text($(el, '[id$="-votes"]'))).to.equal('Abstimmung (aus dem Beschlusstext gelesen)');
      expect($$(el, '.rc-counts li').map(text)).to.deep.equal(['12 Ja', '3 Nein', '1 Enthaltung']);
    });

    it('shows no votes when no text states any', async () => {
      const { el } = await show(card('agendaitem/20115'));
      expect(el.querySelector('[part="votes"]')).to.be.null;
      expect(text($(el, '[part="verdict"]'))).to.equal('i Zur Kenntnis genommen');
    });

    it('links the resolution file when there is a file but no text', async () => {
      const raw = await (await realFetch(`${SAMPLE}/agendaitem/20117`)).json();
      delete raw.resolutionText;
      delete raw.consultation;
      const { url } = await mock({ body: raw });
      const { el } = await show(html`<resolution-card src=${url}></resolution-card>`);
      expect(el.querySelector('[id$="-resolution-text"]')).to.be.null;
      expect(text($(el, '[part="decision"]'))).to.include(`Beschluss als Datei: Beschluss zu TOP Ö 4 (Vorlage 2021/0790) (PDF, ${size(1487)})`);
      await expect(el).to.be.accessible();
    });

    it('shows a non-public item without links and without following it (N 1)', async () => {
      const { el } = await show(card('agendaitem/20129'));
      expect(text($(el, '.rc-notice'))).to.equal(
        'Nicht öffentlich beraten. Dieser Punkt wurde in nicht öffentlicher Sitzung beraten. Der Beschluss wird gegebenenfalls später bekannt gegeben.',
      );
      expect(text($(el, '.rc-context'))).to.include('nicht öffentlich');
      expect($$(el, 'a')).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('does not follow or link what a non-public item points to', async () => {
      const raw = await (await realFetch(`${SAMPLE}/agendaitem/20117`)).json();
      raw.public = false;
      const { url } = await mock({ body: raw });
      const { el } = await show(html`<resolution-card src=${url}></resolution-card>`);
      expect(requested.some((path) => path.includes('/consultation/') || path.includes('/paper/'))).to.be.false;
      expect($$(el, 'a')).to.deep.equal([]);
      expect(el.querySelector('[part="paper"]')).to.be.null;
    });

    it('speaks English', async () => {
      const { el } = await show(card('agendaitem/20117', { lang: 'en' }));
      expect(text($(el, '[part="verdict"]'))).to.equal('✓ Adopted with amendments');
      expect(text($(el, '.rc-context'))).to.include('Wednesday, 8 December 2021');
      expect($$(el, '.rc-counts li').map(text)).to.deep.equal(['14 yes', '3 no', '1 abstention']);
      expect(text($(el, '[id$="-next"]'))).to.equal('What happens next?');
      expect(text($(el, '.rc-citation-line'))).to.equal(
        'Decision of the Ausschuss für Soziales, Arbeit, Gesundheit und Senioren of 8 Dec 2021, item Ö 4 (paper 2021/0790)',
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('long texts', () => {
    const paragraphs = Array.from({ length: 12 }, (_, index) => `${index + 1}. Absatz des Beschlusstextes mit so vielen Worten, dass er eine Zeile füllt.`);

    async function longCard(): Promise<ResolutionCard> {
      const { url } = await mock({
        body: { type: 'https://schema.oparl.org/1.1/AgendaItem', name: 'Langer Beschluss', result: 'beschlossen', public: true, resolutionText: paragraphs.join('\n') },
      });
      return (await show(html`<resolution-card src=${url}></resolution-card>`)).el;
    }

    it('collapses a long text and expands and collapses it again by keyboard', async () => {
      const el = await longCard();
      const button = $<HTMLButtonElement>(el, 'button.rc-toggle');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal($(el, '[part="resolution-text"] > div:not([role])').id);
      expect(el.querySelector('[id$="-resolution-text"]')).to.exist;
      const visible = () => $$(el, '[id$="-resolution-text"] p:not([hidden])');
      const collapsed = visible().length;
      expect(collapsed).to.be.within(1, 11);
      // The rest stays in the page, hidden, so that printing shows the whole text.
      expect($$(el, '[id$="-resolution-text"] p[hidden]')).to.have.length(12 - collapsed);
      await expect(el).to.be.accessible();

      button.focus();
      await waitUntil(() => document.activeElement === button, 'the toggle has the focus', { timeout: 5000 });
      await sendKeys({ press: 'Enter' });
      // The key reaches the page when the browser gets to it (late on a loaded machine): wait for its effect.
      await waitUntil(() => button.getAttribute('aria-expanded') === 'true', 'Enter expands the text', { timeout: 5000 });
      await el.updateComplete;
      expect(visible().map(text)).to.deep.equal(paragraphs);
      expect(text(button)).to.equal('Beschlusstext kürzen');
      expect(document.activeElement).to.equal(button);
      await expect(el).to.be.accessible();

      await sendKeys({ press: ' ' });
      await waitUntil(() => button.getAttribute('aria-expanded') === 'false', 'Space collapses the text', { timeout: 5000 });
      await el.updateComplete;
      expect(visible()).to.have.length(collapsed);
      expect(text(button)).to.equal('Ganzen Beschlusstext anzeigen');
      expect(document.activeElement).to.equal(button);
    });

    it('cuts one very long paragraph at a word', async () => {
      const long = 'Wort '.repeat(400).trim();
      const { url } = await mock({ body: { type: 'https://schema.oparl.org/1.1/AgendaItem', name: 'x', result: 'beschlossen', resolutionText: long } });
      const { el } = await show(html`<resolution-card src=${url}></resolution-card>`);
      const shown = $$(el, '[id$="-resolution-text"] p:not([hidden])').map(text);
      expect(shown).to.have.length(1);
      expect(shown[0]).to.match(/^(Wort )+Wort …$/);
      expect(shown[0]!.length).to.be.below(500);
    });
  });

  describe('copy buttons', () => {
    let clipboard: string[];
    let refuse = false;

    beforeEach(() => {
      clipboard = [];
      refuse = false;
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: {
          writeText: (value: string) => {
            if (refuse) return Promise.reject(new DOMException('denied', 'NotAllowedError'));
            clipboard.push(value);
            return Promise.resolve();
          },
        },
      });
    });

    afterEach(() => {
      delete (navigator as unknown as Record<string, unknown>)['clipboard'];
    });

    it('copies the reference and announces it', async () => {
      const { el } = await show(card('agendaitem/20117'));
      const button = $$(el, '.rc-facts button')[0]!;
      expect(text(button)).to.equal('Kopieren Vorlagennummer 2021/0790');
      const copied = oneEvent<ResolutionCopiedEvent>(el, 'resolution-copied');
      button.focus();
      await waitUntil(() => document.activeElement === button, 'the copy button has the focus', { timeout: 5000 });
      await sendKeys({ press: 'Enter' });
      // The key reaches the page when the browser gets to it (late on a loaded machine): wait for its effects.
      const event = await copied;
      expect([event.kind, event.text]).to.deep.equal(['reference', '2021/0790']);
      expect(clipboard).to.deep.equal(['2021/0790']);
      const status = $(el, '.rc-copy-status');
      await waitUntil(() => text(status) !== '', 'the copy is announced', { timeout: 5000 });
      expect(status.getAttribute('role')).to.equal('status');
      expect(text(status)).to.equal('Vorlagennummer kopiert.');
      expect(document.activeElement).to.equal(button);
    });

    it('copies the citation', async () => {
      const { el } = await show(card('agendaitem/20117'));
      const copied = oneEvent<ResolutionCopiedEvent>(el, 'resolution-copied');
      $<HTMLButtonElement>(el, '[part="citation"] button').click();
      expect((await copied).kind).to.equal('citation');
      expect(clipboard[0]).to.equal('Beschluss des Ausschusses für Soziales, Arbeit, Gesundheit und Senioren vom 08.12.2021, TOP Ö 4 (Vorlage 2021/0790)');
      await el.updateComplete;
      expect(text($(el, '.rc-copy-status'))).to.equal('Zitat kopiert.');
      await expect(el).to.be.accessible();
    });

    it('says so when copying is refused, and keeps the focus', async () => {
      refuse = true;
      // The older fallback fails too.
      Object.defineProperty(document, 'execCommand', { configurable: true, value: () => false });
      try {
        const { el } = await show(card('agendaitem/20117'));
        const button = $<HTMLButtonElement>(el, '[part="citation"] button');
        button.focus();
        button.click();
        await waitUntil(() => text(el.querySelector('.rc-copy-status')) !== '');
        expect(text($(el, '.rc-copy-status'))).to.equal('Kopieren ist hier nicht möglich. Bitte markieren und kopieren Sie den Text selbst.');
        expect(document.activeElement).to.equal(button);
      } finally {
        delete (document as unknown as Record<string, unknown>)['execCommand'];
      }
    });
  });

  describe('partial data: each linked object failing in turn', () => {
    type PartName = 'meeting' | 'committee' | 'consultation' | 'paper' | 'step meeting' | 'step item';
    const TYPE = 'https://schema.oparl.org/1.1/';

    /** A small OParl graph on the mock server: item → meeting → committee, item → consultation → paper → two steps. */
    async function graph(faulty: PartName | PartName[], fault: MockAnswer): Promise<string> {
      const answer = (part: PartName, body: unknown) => mock([faulty].flat().includes(part) ? fault : { body });
      const committee = await answer('committee', { type: `${TYPE}Organization`, name: 'Prüfungsausschuss' });
      const stepMeeting = await answer('step meeting', {
        type: `${TYPE}Meeting`,
        start: '2021-12-14T15:00:00+01:00',
        organization: [committee.url],
        agendaItem: [],
      });
      const stepItem = await answer('step item', { type: `${TYPE}AgendaItem`, meeting: stepMeeting.url, name: 'Schritt zwei', result: 'einstimmig beschlossen' });
      const embedded = '{{origin}}/mock/r/embedded-item';
      const meeting = await answer('meeting', {
        type: `${TYPE}Meeting`,
        start: '2021-12-08T16:00:00+01:00',
        end: '2021-12-08T17:50:00+01:00',
        organization: [committee.url],
        web: 'https://ris.example/sitzung/1',
        agendaItem: [{ id: embedded, type: `${TYPE}AgendaItem`, number: 'Ö 1', name: 'Prüfung', result: 'mehrheitlich beschlossen' }],
      });
      const paper = await answer('paper', {
        type: `${TYPE}Paper`,
        reference: 'P/1',
        name: 'Prüfauftrag',
        paperType: 'Beschlussvorlage',
        consultation: [
          { type: `${TYPE}Consultation`, id: '{{origin}}/mock/r/c1', meeting: meeting.url, agendaItem: embedded, organization: [committee.url], role: 'Vorberatung' },
          { type: `${TYPE}Consultation`, id: '{{origin}}/mock/r/c2', meeting: stepMeeting.url, agendaItem: stepItem.url, organization: [committee.url], role: 'Entscheidung', authoritative: true },
        ],
      });
      const consultation = await answer('consultation', { type: `${TYPE}Consultation`, paper: paper.url, meeting: meeting.url, organization: [committee.url] });
      const item = await mock({
        body: {
          type: `${TYPE}AgendaItem`,
          meeting: meeting.url,
          consultation: consultation.url,
          number: 'Ö 1',
          name: 'Prüfung',
          public: true,
          result: 'mehrheitlich beschlossen (Ja: 9, Nein: 5, Enthaltungen: 1)',
          resolutionText: 'Der Ausschuss beschließt den Prüfauftrag.',
        },
      });
      return item.url;
    }

    const FAULTS: [string, MockAnswer, string][] = [
      ['401', { status: 401, body: { error: 'Anmeldung erforderlich' } }, 'ist nicht öffentlich verfügbar.'],
      ['403', { status: 403, body: { error: 'verboten' } }, 'ist nicht öffentlich verfügbar.'],
      ['404', { status: 404, body: { error: 'nicht gefunden' } }, 'wurde nicht gefunden.'],
      ['500', { status: 500, body: { error: 'kaputt' } }, 'konnte nicht geladen werden (Fehler 500).'],
      ['invalid JSON', { body: '{"type": "https://schema.oparl.org/1.1/Meeting", "name": "kaputt\u0001' }, 'konnte nicht geladen werden (Antwort beschädigt).'],
      ['a time-out', { hang: true }, 'konnte nicht geladen werden (keine Antwort).'],
    ];

    const WHERE: [PartName, string, string][] = [
      ['meeting', '[part="header"] .rc-note', 'Die Sitzung'],
      ['committee', '[part="header"] .rc-note', 'Das Gremium'],
      ['consultation', '[part="paper"]', 'Die Vorlage'],
      ['paper', '[part="paper"]', 'Die Vorlage'],
      ['step meeting', '[part="step"]:nth-child(2) .rc-step-meta', 'Die Sitzung'],
      ['step item', '[part="step"]:nth-child(2) .rc-step-result', 'Der Tagesordnungspunkt'],
    ];

    for (const [part, selector, subject] of WHERE) {
      for (const [name, fault, reason] of FAULTS) {
        it(`${part}: ${name} gives a note in its place and the rest`, async () => {
          const src = await graph(part, fault);
          const { el, settled } = await show(html`<resolution-card src=${src} timeout="1"></resolution-card>`);
          expect(text($(el, selector))).to.include(`${subject} ${reason}`);
          expect(settled.unavailable).to.be.at.least(1);
          // The decision itself always stands.
          expect(text($(el, '[part="verdict"]'))).to.equal('✓ Beschlossen');
          expect($$(el, '.rc-counts li').map(text)).to.deep.equal(['mehrheitlich', '9 Ja', '5 Nein', '1 Enthaltung']);
          if (part !== 'consultation' && part !== 'paper') expect(text($(el, '.rc-facts'))).to.include('P/1');
          if (part === 'step meeting') expect(text($(el, '[part="step"]:nth-child(2) .rc-step-result'))).to.equal('✓ Beschlossen (einstimmig beschlossen)');
          if (name === '401' || name === 'a time-out') await expect(el).to.be.accessible();
        });
      }
    }

    describe('several linked objects missing (issue 9.5)', () => {
      it('says so in one note, with no separator left over and no step starting with "·"', async () => {
        const src = await graph(['meeting', 'committee'], { status: 404, body: { error: 'nicht gefunden' } });
        const { el, settled } = await show(html`<resolution-card src=${src}></resolution-card>`);
        const notes = $$(el, '[part="header"] .rc-note');
        expect(notes.map(text)).to.deep.equal(['Gremium und Sitzung wurden nicht gefunden.']);
        const context = text($(el, '.rc-context'));
        expect(context).to.equal('TOP Ö 1 · öffentlich');
        for (const meta of $$(el, '.rc-step-meta').map(text)) expect(meta).to.not.match(/^·|·$/);
        // The meeting, the committee, and the first step's item (the missing meeting would have embedded it).
        expect(settled.unavailable).to.equal(3);
        await expect(el).to.be.accessible();
      });

      it('says it in English too', async () => {
        const src = await graph(['meeting', 'committee'], { status: 403, body: {} });
        const { el } = await show(html`<resolution-card src=${src} lang="en"></resolution-card>`);
        expect($$(el, '[part="header"] .rc-note').map(text)).to.deep.equal(['The committee and the meeting are not publicly available.']);
      });
    });
  });

  describe('hostile data', () => {
    const XSS = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const BAD_URL = 'javascript:window.__pwned=1';
    const TYPE = 'https://schema.oparl.org/1.1/';
    const file = (name: string) => ({ type: `${TYPE}File`, name: `${name} ${XSS}`, fileName: `${XSS}.pdf`, accessUrl: BAD_URL, downloadUrl: 'data:text/html,<script>1</script>' });

    it('renders payloads in every text field and URL as inert text and makes no such link', async () => {
      const person = await mock({ body: { type: `${TYPE}Person`, name: `Person ${XSS}` } });
      const committee = await mock({ body: { type: `${TYPE}Organization`, name: `Gremium ${XSS}`, web: BAD_URL } });
      const meeting = await mock({
        body: {
          type: `${TYPE}Meeting`,
          name: `Sitzung ${XSS}`,
          start: '2021-12-08T16:00:00+01:00',
          organization: [committee.url],
          web: BAD_URL,
          resultsProtocol: file('Niederschrift'),
          agendaItem: [{ id: '{{origin}}/mock/r/x', name: XSS, result: XSS }],
        },
      });
      const paper = await mock({
        body: {
          type: `${TYPE}Paper`,
          reference: `R ${XSS}`,
          name: `Vorlage ${XSS}`,
          paperType: XSS,
          web: BAD_URL,
          mainFile: file('Vorlage'),
          auxiliaryFile: [file('Anlage'), { ...file('Anlage 2'), accessUrl: 'https://ris.example/anlage.pdf', mimeType: XSS }],
          originatorPerson: [person.url, BAD_URL],
          underDirectionOf: [committee.url],
          consultation: [{ type: `${TYPE}Consultation`, meeting: meeting.url, agendaItem: '{{origin}}/mock/r/x', role: XSS, organization: [committee.url, BAD_URL] }],
        },
      });
      const consultation = await mock({ body: { type: `${TYPE}Consultation`, paper: paper.url, meeting: meeting.url } });
      const item = await mock({
        body: {
          type: `${TYPE}AgendaItem`,
          meeting: meeting.url,
          consultation: consultation.url,
          number: XSS,
          name: `Titel ${XSS}\nhier: ${XSS}`,
          public: true,
          result: `beschlossen ${XSS}`,
          resolutionText: `${XSS}\n${XSS}`,
          resolutionFile: file('Beschluss'),
          web: BAD_URL,
        },
      });
      const { el } = await show(html`<resolution-card src=${item.url}></resolution-card>`);
      const root = el;
      expect(root.querySelectorAll('img, script, iframe, object, embed, [onerror], [onload]')).to.have.length(0);
      expect((window as unknown as Record<string, unknown>)['__pwned']).to.be.undefined;
      for (const link of $$<HTMLAnchorElement>(el, 'a')) expect(link.protocol, link.href).to.match(/^https?:$/);
      expect($$<HTMLAnchorElement>(el, 'a').map((link) => link.href)).to.deep.equal(['https://ris.example/anlage.pdf']);
      const shown = visibleText(el);
      expect(shown).to.include(`Titel <img src=x onerror="window.__pwned=1">`);
      expect(shown).to.include(`Gremium <img`);
      expect(shown).to.include(`Person <img`);
      expect(text($(el, '.rc-citation-line'))).to.include('TOP <img src=x');
    });

    it('refuses a javascript: src with an error, not a request', async () => {
      const { el, event } = await renderFailed<ResolutionCard>(html`<resolution-card src=${BAD_URL}></resolution-card>`);
      expect(event.kind).to.equal('network');
      expect(requested).to.deep.equal([]);
      expect(text($(el, '[role="alert"]'))).to.include('Erneut versuchen');
    });
  });

  describe('layout', () => {
    afterEach(async () => {
      await setViewport({ width: 800, height: 600 });
    });

    it('reflows at 320 px without horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      const { el } = await show(card('agendaitem/20117'));
      expect(el.scrollWidth).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });

    it('keeps the vote bar in forced colours, in system colours (the rules; the page test renders them)', async () => {
      // Puppeteer cannot emulate forced colours here; test/page/resolution-card.test.mjs does it in Chromium.
      const { el } = await show(card('agendaitem/20117'));
      // The card's rules sit in its @scope rule (or, without @scope, nested in a rule for its tag), in a sheet
      // the document adopted.
      const scopes = document.adoptedStyleSheets
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((rule): rule is CSSGroupingRule =>
          typeof CSSScopeRule === 'undefined' ? rule instanceof CSSStyleRule && rule.selectorText === el.localName : rule instanceof CSSScopeRule && rule.start === el.localName,
        );
      expect(scopes, 'the card adopted its scoped styles').to.not.be.empty;
      const rules = scopes.flatMap((scope) => [...scope.cssRules]);
      const forced = rules.filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'));
      const declarations = forced.flatMap((rule) => [...rule.cssRules]).map((rule) => rule.cssText).join('\n');
      expect(declarations).to.match(/\.rc-bar[^{]*\{[^}]*forced-color-adjust: none/);
      expect(declarations).to.match(/\.rc-yes \{[^}]*fill: canvastext/i);
      expect(declarations).to.match(/\.rc-hatch \{[^}]*fill: highlight/i);
      expect(declarations).to.match(/\.rc-abstain \{[^}]*fill: graytext/i);
    });
  });

  it('keeps at most four of its requests in flight, however long the Beratungsfolge', async () => {
    const TYPE = 'https://schema.oparl.org/1.1/';
    const meetings = await Promise.all(
      Array.from({ length: 8 }, (_, index) => mock({ delayMs: 150, body: { type: `${TYPE}Meeting`, start: `2021-0${index + 1}-10T16:00:00+01:00`, agendaItem: [] } })),
    );
    const paper = await mock({
      body: {
        type: `${TYPE}Paper`,
        reference: 'L/1',
        consultation: meetings.map(({ url }, index) => ({ type: `${TYPE}Consultation`, id: `{{origin}}/mock/r/step-${index}`, meeting: url, role: 'Vorberatung' })),
      },
    });
    let running = 0;
    let most = 0;
    const counting = window.fetch.bind(window);
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      running += 1;
      most = Math.max(most, running);
      return counting(input, init).finally(() => (running -= 1));
    };
    const { el } = await show(html`<resolution-card src=${paper.url}></resolution-card>`);
    expect($$(el, '[part="step"]')).to.have.length(8);
    expect($$(el, '[part="step"] .rc-step-meta').map(text).every((meta) => /2021 · Vorberatung$/.test(meta))).to.be.true;
    expect(most).to.equal(4);
  });

  it('leaves the page mid-load and comes back without errors', async () => {
    const el = await fixture<ResolutionCard>(card('agendaitem/20117'));
    await oneEvent(el, 'widget-loaded');
    const parent = el.parentElement!;
    el.remove();
    const whileAway = requested.length;
    // Long enough for the code of the later parts to arrive while the card is away: it must not start requests.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requested.slice(whileAway), 'requests while off the page').to.deep.equal([]);
    const settled = oneEvent(el, 'resolution-settled');
    parent.append(el);
    await settled;
    expect(text($(el, '.rc-what-next p'))).to.match(/^Die Beratung ist abgeschlossen/);
  });
});
