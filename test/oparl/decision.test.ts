import { expect } from '@open-wc/testing';
import { decisionDocument, isPlaceholderMeeting, publishedAs, resolutionTextBeyondResult } from '../../src/oparl/decision.js';
import { normaliseMeeting, splitTitle } from '../../src/oparl/normalise.js';
import { normaliseStandaloneAgendaItem } from '../../src/oparl/papers.js';
import { describePath, itemPublicity } from '../../src/oparl/paper-path.js';
import { parseResult } from '../../src/oparl/result.js';
import type { ConsultationInfo } from '../../src/oparl/types.js';
import type { AgendaItemInfo, AgendaPart } from '../../src/oparl/types.js';

/** Real captures (origins in test/fixtures/README.md). */
async function fixture(path: string): Promise<Record<string, unknown>> {
  const response = await fetch(`/test/fixtures/oparl/${path}`);
  return (await response.json()) as Record<string, unknown>;
}

const flatten = (parts: AgendaPart[]): AgendaItemInfo[] => {
  const items: AgendaItemInfo[] = [];
  const walk = (list: AgendaItemInfo[]) => {
    for (const item of list) {
      items.push(item);
      walk(item.children);
    }
  };
  for (const part of parts) walk(part.items);
  return items;
};

describe('issue 9 on real captures', () => {
  it('splits titles only at real markers and joins hard-wrapped lines (Hürtgenwald, Sternberg SD.NET RIM)', () => {
    // Real names from test/fixtures/oparl/huertgenwald/meeting-list_page-15.json, meeting 2507 and 2508.
    expect(splitTitle('Baulandschaffung im Gemeindegebiet\nhier: Antrag der CDU-Fraktion zur Prüfung und Bewerbung von Möglichkeiten einer \n         Hinterlandbebauung')).to.deep.equal({
      title: 'Baulandschaffung im Gemeindegebiet',
      subtitle: 'hier: Antrag der CDU-Fraktion zur Prüfung und Bewerbung von Möglichkeiten einer Hinterlandbebauung',
    });
    expect(splitTitle('Altpapiersammlung;\nhier: Antrag des F.C. Grenzwacht 1931 e. V. Hürtgen zur Aufstellung eines Altpapiercontainers vom 05.03.2020\nhier: Festlegung einer geregelten Sammelstruktur')).to.deep.equal({
      title: 'Altpapiersammlung',
      subtitle: 'hier: Antrag des F.C. Grenzwacht 1931 e. V. Hürtgen zur Aufstellung eines Altpapiercontainers vom 05.03.2020\nhier: Festlegung einer geregelten Sammelstruktur',
    });
    // The Sternberg example: a wrap inside the name is no subtitle.
    expect(splitTitle('Satzungsbeschluss des rechtswirksamen vorhabenbezogenen \nBebauungsplanes Nr. 14.1 „Am Markt“')).to.deep.equal({
      title: 'Satzungsbeschluss des rechtswirksamen vorhabenbezogenen Bebauungsplanes Nr. 14.1 „Am Markt“',
      subtitle: undefined,
    });
    expect(splitTitle('Haushalt 2022\na) Ergebnisplan\nb) Finanzplan')).to.deep.equal({ title: 'Haushalt 2022', subtitle: 'a) Ergebnisplan\nb) Finanzplan' });
  });

  it('reads every wrapped Hürtgenwald title without a subtitle that starts mid-phrase', async () => {
    const list = (await fixture('huertgenwald/meeting-list_page-15.json')) as { data: unknown[] };
    const items = list.data.flatMap((raw) => flatten(normaliseMeeting(raw).agenda));
    const subtitles = items.map((item) => item.subtitle).filter((subtitle): subtitle is string => subtitle !== undefined);
    expect(subtitles.length).to.be.greaterThan(10);
    for (const subtitle of subtitles) expect(subtitle.split('\n').every((line) => /^(?:hier:|[a-z]\)|\d{1,2}\)|[-–•]\s)/i.test(line)), subtitle).to.equal(true);
  });

  it('tells a decision published only as a file from none', () => {
    const file = { name: 'Beschluss TOP 5', url: 'https://ris.example/file/1.pdf', typeLabel: 'PDF', size: 12345 } as AgendaItemInfo['resolutionFile'];
    expect(publishedAs({ result: undefined, resolutionFile: file })).to.equal('document');
    expect(decisionDocument({ resolutionFile: file })).to.equal(file);
    expect(publishedAs({ result: 'einstimmig beschlossen', resolutionFile: file })).to.equal('result');
    expect(publishedAs({ result: undefined, resolutionFile: undefined })).to.equal('none');
    // A file without a link is nothing a person can open.
    expect(publishedAs({ result: undefined, resolutionFile: { ...file!, url: undefined } })).to.equal('none');
  });

  it('shows a resolution text that only repeats the result once', () => {
    expect(resolutionTextBeyondResult({ result: 'einstimmig angenommen', resolutionText: 'Einstimmig  angenommen' })).to.equal(undefined);
    expect(resolutionTextBeyondResult({ result: 'einstimmig angenommen', resolutionText: 'Der Rat beschließt den Haushalt.' })).to.equal('Der Rat beschließt den Haushalt.');
  });

  it('knows a "Sammeldatum" placeholder meeting', () => {
    const placeholder = normaliseMeeting({ id: 'https://ris.example/meeting/1', type: 'https://schema.oparl.org/1.1/Meeting', name: 'Sammeldatum', start: '2021-12-31T18:00:00+01:00' });
    expect(isPlaceholderMeeting(placeholder)).to.equal(true);
    const real = normaliseMeeting({ id: 'https://ris.example/meeting/2', type: 'https://schema.oparl.org/1.1/Meeting', name: 'Sitzung des Rates', start: '2021-12-08T16:00:00+01:00' });
    expect(isPlaceholderMeeting(real)).to.equal(false);
  });

  it("reads an item's publicity from its meeting's section rows when the item does not say (Sternberg)", async () => {
    const meeting = normaliseMeeting(await fixture('sternberg/meeting-2507-first-items.json'));
    const item = normaliseStandaloneAgendaItem(await fixture('sternberg/agendaitem-9909-file-only.json'));
    expect(item.public).to.equal(undefined);
    expect(itemPublicity(item, meeting)).to.equal(true);
    expect(itemPublicity(item, undefined)).to.equal(undefined);
    expect(itemPublicity({ ...item, public: false }, meeting)).to.equal(false);
  });

  it('does not call a path of one step without role concluded: the data do not say so', () => {
    const consultation: ConsultationInfo = { id: 'https://ris.example/consultation/1', paperUrl: undefined, meetingUrl: undefined, agendaItemUrl: undefined, organizationUrls: [], role: undefined, authoritative: undefined };
    const meeting = { start: new Date('2021-06-24T18:00:00+02:00'), end: undefined, cancelled: false };
    const step = { consultation, meeting, result: parseResult('einstimmig beschlossen') };
    const later = Date.parse('2021-07-01T12:00:00+02:00');
    expect(describePath([step], later).concluded).to.equal(false);
    expect(describePath([{ ...step, consultation: { ...consultation, role: 'Entscheidung' } }], later).concluded).to.equal(true);
    expect(describePath([{ ...step, consultation: { ...consultation, authoritative: true } }], later).concluded).to.equal(true);
  });
});
