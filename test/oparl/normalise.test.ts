import { expect } from '@open-wc/testing';
import { formatDate } from '../../src/core/i18n.js';
import { LoadError } from '../../src/core/errors.js';
import {
  anchorFor,
  documentTypeLabel,
  geoPoint,
  normaliseAgenda,
  normaliseDocument,
  normaliseLocation,
  normaliseEach,
  normaliseMeeting,
  normaliseMeetingSummary,
  normaliseOrganization,
  splitTitle,
} from '../../src/oparl/normalise.js';
import { normalisePaper } from '../../src/oparl/papers.js';
import { titleStatus } from '../../src/oparl/result.js';
import type { AgendaItemInfo, AgendaPart } from '../../src/oparl/types.js';

/** Real captures, copied from shared/oparl/real (origins in test/fixtures/README.md). */
async function fixture(path: string): Promise<Record<string, unknown>> {
  const response = await fetch(`/test/fixtures/oparl/${path}`);
  return (await response.json()) as Record<string, unknown>;
}

const berlinTime = (date: Date | undefined) => (date ? formatDate(date, 'de', { dateStyle: 'short', timeStyle: 'short' }) : undefined);
const flatten = (parts: AgendaPart[]): AgendaItemInfo[] => {
  const walk = (items: AgendaItemInfo[]): AgendaItemInfo[] => items.flatMap((item) => [item, ...walk(item.children)]);
  return parts.flatMap((part) => walk(part.items));
};

describe('OParl normaliser on real captures', () => {
  it('normalises each entry of a list and skips a broken one instead of losing the list', () => {
    const organizations = normaliseEach(
      [{ id: 'https://ris.example/org/1', type: 'https://schema.oparl.org/1.1/Organization', name: 'Rat' }, 42, { id: 'https://ris.example/org/2', type: 'https://schema.oparl.org/1.1/Organization', name: 'Sozialausschuss' }],
      (entry) => normaliseOrganization(entry),
    );
    expect(organizations.map((organization) => organization.name)).to.deep.equal(['Rat', 'Sozialausschuss']);
  });

  describe('versions and shapes', () => {
    it('reads an OParl 1.1 meeting (Karlsruhe Gemeinderat, 25 items, embedded files)', async () => {
      const meeting = normaliseMeeting(await fixture('karlsruhe/meetings/10476.json'));
      expect(meeting.id).to.equal('https://web1.karlsruhe.de/oparl/bodies/0001/meetings/10476');
      expect(berlinTime(meeting.start)).to.equal('24.02.26, 15:30');
      expect(berlinTime(meeting.end)).to.equal('24.02.26, 20:00');
      expect(meeting.itemCount).to.equal(25);
      expect(meeting.organizationUrls).to.have.length(1);
      expect(meeting.documents.map((doc) => doc.role)).to.include.members(['invitation', 'results-protocol']);
    });

    it('reads an OParl 1.0 meeting from a Sternberg list page (Hürtgenwald)', async () => {
      const page = await fixture('huertgenwald/meeting-list_page-15.json');
      const raw = (page['data'] as Record<string, unknown>[]).find((entry) => (entry['agendaItem'] as unknown[] | undefined)?.length);
      const meeting = normaliseMeeting(raw);
      expect(meeting.id).to.match(/^https:\/\/sdnetrim\.kdvz-frechen\.de\/.*\/meeting\/\d+$/);
      expect(meeting.name).to.match(/\(\d+\. Sitzung\)$/);
      expect(meeting.itemCount).to.be.above(5);
    });

    it('ignores unknown and vendor-prefixed fields', async () => {
      const raw = { ...(await fixture('karlsruhe/meetings/9835.json')), 'STERNBERG:RIMVersion': '5.0.4', futureField: { nested: [1, 2] } };
      expect(() => normaliseMeeting(raw)).not.to.throw();
    });

    it('refuses an object of another type with a clear message', async () => {
      const paper = await fixture('karlsruhe/papers/54151.json');
      expect(() => normaliseMeeting(paper)).to.throw(LoadError, /OParl Meeting erwartet: Typ Paper geliefert/);
    });

    it('takes the address it was fetched from as id when the server gives none usable', () => {
      const meeting = normaliseMeeting({ id: 'javascript:alert(1)', type: 'https://schema.oparl.org/1.1/Meeting' }, '/sample/oparl/v1.1/meeting/1');
      expect(meeting.id).to.equal(new URL('/sample/oparl/v1.1/meeting/1', document.baseURI).href);
    });

    it('refuses a list where an object belongs', async () => {
      const list = await fixture('huertgenwald/meeting-list_page-15.json');
      expect(() => normaliseMeeting(list)).to.throw(LoadError, /Liste/);
    });

    it('refuses a deleted object (tombstone with empty strings, Karlsruhe paper 54250)', async () => {
      const tombstone = await fixture('karlsruhe/papers/54250.json');
      expect(tombstone['deleted']).to.equal(true);
      expect(() => normalisePaper(tombstone)).to.throw(LoadError, /gelöscht/);
    });
  });

  describe('times', () => {
    it('treats an end before the start as unknown (Karlsruhe 2233: 18:00 to 00:00)', async () => {
      const meeting = normaliseMeeting(await fixture('karlsruhe/meetings/2233.json'));
      expect(berlinTime(meeting.start)).to.equal('09.12.09, 18:00');
      expect(meeting.end).to.equal(undefined);
    });

    it('treats midnight of the next day as unknown (Bonn)', async () => {
      const meeting = normaliseMeeting(await fixture('meine-stadt-transparent/bonn_meeting.json'));
      expect(berlinTime(meeting.start)).to.equal('11.05.21, 17:00');
      expect(meeting.end).to.equal(undefined);
      expect(meeting.dateOnly).to.equal(false);
    });

    it('keeps a real end time', async () => {
      const meeting = normaliseMeeting(await fixture('karlsruhe/meetings/10600.json'));
      expect(berlinTime(meeting.end)).to.equal('11.11.26, 18:30');
    });

    it('marks a start at 00:00 as a date without time', () => {
      const meeting = normaliseMeeting({ id: 'https://x.example/m/1', type: 'https://schema.oparl.org/1.1/Meeting', start: '2021-12-08T00:00:00+01:00' });
      expect(meeting.dateOnly).to.equal(true);
    });

    it('marks a bare date as start ("2027-01-14", against the spec) as a date without time, at 00:00 Berlin time', () => {
      const raw = { id: 'https://x.example/m/3', type: 'https://schema.oparl.org/1.1/Meeting', start: ' 2027-01-14 ', end: '2027-01-14' };
      for (const meeting of [normaliseMeeting(raw), normaliseMeetingSummary(raw)]) {
        expect(meeting.dateOnly).to.equal(true);
        expect(berlinTime(meeting.start)).to.equal('14.01.27, 00:00');
        expect(meeting.end).to.equal(undefined);
      }
    });

    it('treats a bare date as end as no end time (not 13:00 of that day)', () => {
      const meeting = normaliseMeetingSummary({ id: 'https://x.example/m/4', start: '2027-01-14T17:00:00+01:00', end: '2027-01-15' });
      expect(meeting.dateOnly).to.equal(false);
      expect(berlinTime(meeting.start)).to.equal('14.01.27, 17:00');
      expect(meeting.end).to.equal(undefined);
    });

    it('reads a date-time without offset as Berlin time, not the visitor’s', () => {
      const meeting = normaliseMeeting({ id: 'https://x.example/m/2', start: '2021-07-01T18:00:00' });
      expect(meeting.start?.toISOString()).to.equal('2021-07-01T16:00:00.000Z');
    });
  });

  describe('agenda', () => {
    it('turns the pseudo rows "A Öffentliche Sitzung" / "B Nichtöffentliche Sitzung" into parts (Hürtgenwald)', async () => {
      const page = await fixture('huertgenwald/meeting-list_page-15.json');
      const raw = (page['data'] as Record<string, unknown>[]).find((entry) =>
        (entry['agendaItem'] as Record<string, unknown>[] | undefined)?.some((item) => item['name'] === 'Öffentliche Sitzung'),
      )!;
      const meeting = normaliseMeeting(raw);
      expect(meeting.agenda[0]!.public).to.equal(true);
      expect(meeting.agenda[0]!.heading).to.equal('Öffentliche Sitzung');
      const items = flatten(meeting.agenda);
      expect(items.some((item) => /öffentliche sitzung/i.test(item.title))).to.equal(false);
      // The items carry no `public` of their own; the section row says it.
      expect(items[0]!.public).to.equal(true);
    });

    it('keeps publicity unknown when neither item nor section says it', () => {
      const parts = normaliseAgenda([
        { id: 'https://x.example/a/1', number: '1', name: 'Eröffnung' },
        { id: 'https://x.example/a/2', number: '2', name: 'Bericht' },
      ]);
      expect(parts).to.have.length(1);
      expect(parts[0]!.public).to.equal(undefined);
      expect(flatten(parts).map((item) => item.public)).to.deep.equal([undefined, undefined]);
    });

    it('splits public and non-public parts by the items’ own flags', () => {
      const parts = normaliseAgenda([
        { id: 'https://x.example/a/1', number: 'Ö 1', name: 'Eröffnung', public: true },
        { id: 'https://x.example/a/2', number: 'N 1', name: 'Personalangelegenheit', public: false },
      ]);
      expect(parts.map((part) => part.public)).to.deep.equal([true, false]);
    });

    it('orders by `order` whether it is 1-based (Karlsruhe), a global counter (Karlsruhe 2009) or huge (Bonn)', async () => {
      const oneBased = normaliseMeeting(await fixture('karlsruhe/meetings/10476.json'));
      expect(flatten(oneBased.agenda).slice(0, 4).map((item) => item.number)).to.deep.equal(['1', '2', '2.1', '3']);
      const global = normaliseMeeting(await fixture('karlsruhe/meetings/2233.json'));
      expect(flatten(global.agenda).map((item) => item.number)).to.deep.equal(['2', '3', '5', '6', '7', '12']);
      const shuffled = normaliseAgenda([
        { id: 'https://x.example/a/3', number: '3', name: 'C', order: 4770 },
        { id: 'https://x.example/a/1', number: '1', name: 'A', order: 1629 },
        { id: 'https://x.example/a/2', number: '2', name: 'B', order: 2587 },
      ]);
      expect(flatten(shuffled).map((item) => item.title)).to.deep.equal(['A', 'B', 'C']);
    });

    it('keeps the array order when `order` is missing (OParl 1.0) or repeated', () => {
      const parts = normaliseAgenda([
        { id: 'https://x.example/a/2', number: '2', name: 'B', order: 1 },
        { id: 'https://x.example/a/1', number: '1', name: 'A', order: 1 },
        { id: 'https://x.example/a/3', number: '3', name: 'C' },
      ]);
      expect(flatten(parts).map((item) => item.title)).to.deep.equal(['B', 'A', 'C']);
    });

    it('nests sub-items by their dotted numbers (Karlsruhe Ortschaftsrat 1, 1.1 ... 1.5)', async () => {
      const meeting = normaliseMeeting(await fixture('karlsruhe/meetings/10023.json'));
      const first = meeting.agenda[0]!.items[0]!;
      expect(first.number).to.equal('1');
      expect(first.children.map((child) => child.number).slice(0, 3)).to.deep.equal(['1.1', '1.2', '1.3']);
    });

    it('splits multi-line titles into title and "hier: ..." subtitle (Hürtgenwald)', () => {
      expect(splitTitle('Bebauungsplan Nr. Z 2 „Papierfabrik Zerkall“\nhier: Aufstellungsbeschluss gem. § 2 Abs. 1')).to.deep.equal({
        title: 'Bebauungsplan Nr. Z 2 „Papierfabrik Zerkall“',
        subtitle: 'hier: Aufstellungsbeschluss gem. § 2 Abs. 1',
      });
      expect(splitTitle('Zuwendungsverfahren Sanierung Turnhalle Gey; hier: Sachstand')).to.deep.equal({
        title: 'Zuwendungsverfahren Sanierung Turnhalle Gey',
        subtitle: 'hier: Sachstand',
      });
    });

    it('finds status words in titles ("- vertagt -", Karlsruhe 10476 TOP 6)', async () => {
      const meeting = normaliseMeeting(await fixture('karlsruhe/meetings/10476.json'));
      const statuses = flatten(meeting.agenda).map((item) => titleStatus(item.title)).filter(Boolean);
      expect(statuses).to.include('vertagt');
    });

    it('makes stable, unique anchors from the numbers', () => {
      expect(anchorFor('Ö 15', 0)).to.equal('top-oe-15');
      expect(anchorFor('10.1', 3)).to.equal('top-10-1');
      expect(anchorFor(undefined, 3)).to.equal('top-punkt-4');
      const parts = normaliseAgenda([
        { id: 'https://x.example/a/1', number: '1', name: 'A' },
        { id: 'https://x.example/a/2', number: '1', name: 'B' },
      ]);
      expect(flatten(parts).map((item) => item.anchor)).to.deep.equal(['top-1', 'top-1-2']);
    });

    it('drops deleted items and page-break rows', () => {
      const parts = normaliseAgenda([
        { id: 'https://x.example/a/1', number: '1', name: 'A' },
        { id: 'https://x.example/a/2', created: '2021-01-01T00:00:00+01:00', deleted: true },
        { id: 'https://x.example/a/3', name: 'Seitenumbruch' },
        { id: 'https://x.example/a/4', number: '2', name: 'B' },
      ]);
      expect(flatten(parts).map((item) => item.title)).to.deep.equal(['A', 'B']);
    });
  });

  describe('untrusted values', () => {
    it('treats "", "N/A" and whitespace as absent (Leipzig system, Karlsruhe 10600 location)', async () => {
      const location = normaliseLocation((await fixture('karlsruhe/meetings/10600.json'))['location']);
      expect(location?.room).to.equal('Bürgersaal');
      expect(location?.locality).to.equal(undefined);
      expect(location?.postalCode).to.equal(undefined);
      expect(location?.lines).to.deep.equal(['Bürgersaal']);
      const system = await fixture('meine-stadt-transparent/leipzig_system.json');
      const organization = normaliseOrganization({ ...system, type: 'https://schema.oparl.org/1.0/Organization' });
      expect(organization.name).to.equal(undefined);
    });

    it('strips control characters and bidirectional overrides from text', () => {
      const parts = normaliseAgenda([{ id: 'https://x.example/a/1', number: '1', name: 'Haus\u0000halt\u202Egnuztis\u0007' }]);
      expect(parts[0]!.items[0]!.title).to.equal('Haushaltgnuztis');
    });

    it('accepts only http(s) URLs as links', () => {
      const doc = normaliseDocument({ name: 'Anlage', accessUrl: 'javascript:alert(1)', downloadUrl: 'https://x.example/a.pdf' });
      expect(doc?.url).to.equal('https://x.example/a.pdf');
      const unsafe = normaliseDocument({ name: 'Anlage', accessUrl: 'data:text/html,<script>alert(1)</script>' });
      expect(unsafe?.url).to.equal(undefined);
      const meeting = normaliseMeeting({ id: 'https://x.example/m/1', web: 'javascript:alert(1)' });
      expect(meeting.web).to.equal(undefined);
    });

    it('coerces a single object where an array belongs (Bonn auxiliaryFile)', async () => {
      const meeting = normaliseMeeting(await fixture('meine-stadt-transparent/bonn_meeting.json'));
      expect(meeting.documents.map((doc) => doc.name)).to.deep.equal(['Öffentliche Tagesordnung', 'Alle Anlagen öffentlich']);
    });

    it('copes with mimeType "pdf", size 0 and an empty downloadUrl (Bonn)', async () => {
      const meeting = normaliseMeeting(await fixture('meine-stadt-transparent/bonn_meeting.json'));
      const [invitation, attachments] = meeting.documents;
      expect(invitation!.typeLabel).to.equal('DOCX');
      expect(invitation!.size).to.equal(undefined);
      expect(invitation!.url).to.match(/^https:\/\/www\.bonn\.sitzung-online\.de\/public\/doc\?/);
      expect(attachments!.typeLabel).to.equal('PDF');
      expect(attachments!.size).to.equal(553767);
    });

    it('derives type labels from MIME types, bare extensions and file names', () => {
      expect(documentTypeLabel('application/pdf')).to.equal('PDF');
      expect(documentTypeLabel('application/octetstream', '00664895.pdf')).to.equal('PDF');
      expect(documentTypeLabel(undefined, undefined, 'https://x.example/doc.php?id=3')).to.equal(undefined);
    });

    it('puts swapped latitude and longitude right (the spec’s own example writes [lat, lon])', async () => {
      const meeting = await fixture('spec-examples/Meeting-01.json');
      const point = geoPoint((meeting['location'] as Record<string, unknown>)['geojson']);
      expect(point).to.deep.equal({ lat: 50.1234, lon: 10.4321 });
      expect(geoPoint({ type: 'Point', coordinates: [7.1662, 51.5235] })).to.deep.equal({ lat: 51.5235, lon: 7.1662 });
      expect(geoPoint({ type: 'Point', coordinates: ['x', 1] })).to.equal(undefined);
    });

    it('deduplicates meeting documents that appear in two slots', () => {
      const file = { id: 'https://x.example/f/1', name: 'Niederschrift', accessUrl: 'https://x.example/f/1.pdf' };
      const meeting = normaliseMeeting({ id: 'https://x.example/m/1', resultsProtocol: file, auxiliaryFile: [file, { ...file, id: 'https://x.example/f/2', accessUrl: 'https://x.example/f/2.pdf', name: 'Anwesenheitsliste' }] });
      expect(meeting.documents.map((doc) => `${doc.role}:${doc.name}`)).to.deep.equal(['results-protocol:Niederschrift', 'auxiliary:Anwesenheitsliste']);
    });

    it('survives wrong types in every field', () => {
      const meeting = normaliseMeeting({
        id: 'https://x.example/m/1',
        name: 42,
        start: { not: 'a date' },
        end: [],
        cancelled: 'yes',
        location: 'https://x.example/l/1',
        organization: 'https://x.example/o/1',
        agendaItem: [null, 7, 'text', { number: ['1'], name: { de: 'x' }, public: 'true', auxiliaryFile: 'nope' }],
        invitation: 'https://x.example/f/1',
        auxiliaryFile: [{ name: null, accessUrl: 12 }],
      });
      expect(meeting.name).to.equal('42');
      expect(meeting.start).to.equal(undefined);
      expect(meeting.cancelled).to.equal(false);
      expect(meeting.organizationUrls).to.deep.equal(['https://x.example/o/1']);
      expect(meeting.itemCount).to.equal(0);
      expect(meeting.documents).to.deep.equal([]);
    });
  });

  describe('papers', () => {
    it('reads a Karlsruhe paper with its Beratungsfolge and files', async () => {
      const paper = normalisePaper(await fixture('karlsruhe/papers/54151.json'));
      expect(paper.reference).to.be.a('string');
      expect(paper.consultations.length).to.be.above(0);
      expect(paper.consultations.every((consultation) => consultation.paperUrl === paper.id)).to.equal(true);
    });
  });
});
