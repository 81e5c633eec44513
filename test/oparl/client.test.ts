import { expect } from '@open-wc/testing';
import { LoadError } from '../../src/core/errors.js';
import { clearFetchCache, fetchJson } from '../../src/core/fetch.js';
import { fetchLinked } from '../../src/oparl/client.js';
import { chooseMeeting, fetchCommitteeMeeting } from '../../src/oparl/committee.js';
import { fetchList, fetchListFromEnd, fetchListPage, recentMeetingsSince, withCreatedSince } from '../../src/oparl/lists.js';
import { normaliseMeeting } from '../../src/oparl/normalise.js';
import { normalisePaper } from '../../src/oparl/papers.js';
import type { MeetingInfo } from '../../src/oparl/types.js';
import { datedMeeting, fakeCommittee } from '../helpers/fake-committee.js';
import { hits, mock } from '../helpers/mock-api.js';

const meetingJson = (n: number, start: string, extra: Record<string, unknown> = {}) => ({
  id: `https://x.example/meeting/${n}`,
  type: 'https://schema.oparl.org/1.1/Meeting',
  name: `Sitzung ${n}`,
  start,
  ...extra,
});

/** Registers a chain of list pages that link to each other as a real server's would. */
async function pagedList(pages: unknown[][], { withLast = true } = {}): Promise<{ first: string; ids: string[] }> {
  const slots = await Promise.all(pages.map(() => mock({ body: {} })));
  const urls = slots.map((slot) => slot.url);
  for (const [index, data] of pages.entries()) {
    const links: Record<string, string> = { first: urls[0]!, self: urls[index]! };
    if (index > 0) links['prev'] = urls[index - 1]!;
    if (index < pages.length - 1) links['next'] = urls[index + 1]!;
    if (withLast) links['last'] = urls[pages.length - 1]!;
    await mock({ replace: slots[index]!.id, body: { data, pagination: { currentPage: index + 1, totalPages: pages.length }, links } });
  }
  return { first: urls[0]!, ids: slots.map((slot) => slot.id) };
}

describe('OParl client', () => {
  beforeEach(() => clearFetchCache());

  describe('lists', () => {
    it('follows links.next through every page and drops tombstones', async () => {
      const page3 = await mock({ body: { data: [meetingJson(5, '2021-01-05T10:00:00+01:00')], links: {} } });
      const page2 = await mock({
        body: { data: [meetingJson(3, '2021-01-03T10:00:00+01:00'), { id: 'https://x.example/meeting/4', created: '2020-01-01T00:00:00+01:00', deleted: true }], links: { next: page3.url } },
      });
      const page1 = await mock({ body: { data: [meetingJson(1, '2021-01-01T10:00:00+01:00'), meetingJson(2, '2021-01-02T10:00:00+01:00')], links: { next: page2.url } } });
      const items = await fetchList(page1.url);
      expect(items.map((item) => item['id'])).to.deep.equal([1, 2, 3, 5].map((n) => `https://x.example/meeting/${n}`));
    });

    it('stops at a page limit instead of crawling a server', async () => {
      // A page that links to itself through a second URL: a loop.
      const a = await mock({ body: { data: [meetingJson(1, '2021-01-01T10:00:00+01:00')], links: { next: '{{origin}}/mock/r/does-not-matter' } } });
      const items = await fetchList(a.url, { maxPages: 1 });
      expect(items).to.have.length(1);
      expect(await hits(a.id)).to.equal(1);
    });

    it('reads an empty list answered by HTTP 404 with an error object (Sternberg code 802)', async () => {
      const empty = await mock({ status: 404, body: { error: 'Die angeforderte Ressource wurde nicht gefunden.', code: 802, type: 'SD.NET RIM Webservice' } });
      expect((await fetchListPage(empty.url, {})).items).to.deep.equal([]);
    });

    it('reads a bare [] as an empty list', async () => {
      const bare = await mock({ body: [] });
      expect((await fetchListPage(bare.url, {})).items).to.deep.equal([]);
    });

    it('still reports a 404 without an error object as an error', async () => {
      const missing = await mock({ status: 404, body: '' });
      let error: unknown;
      try {
        await fetchListPage(missing.url, {});
      } catch (caught) {
        error = caught;
      }
      expect((error as LoadError).status).to.equal(404);
    });

    it('walks a list from its last page backwards until it has enough (newest first)', async () => {
      const pages = [
        [meetingJson(1, '2019-01-01T10:00:00+01:00'), meetingJson(2, '2019-02-01T10:00:00+01:00')],
        [meetingJson(3, '2020-01-01T10:00:00+01:00'), meetingJson(4, '2020-02-01T10:00:00+01:00')],
        [meetingJson(5, '2021-01-01T10:00:00+01:00'), meetingJson(6, '2027-02-01T10:00:00+01:00')],
      ];
      const { first, ids } = await pagedList(pages);
      const items = await fetchListFromEnd(first, (found) => found.length >= 2);
      expect(items.map((item) => item['name'])).to.deep.equal(['Sitzung 5', 'Sitzung 6']);
      // First page (to learn the last link) and the last page; the middle page was never needed.
      expect(await hits(ids[1]!)).to.equal(0);
    });

    it('reads forwards when the server gives no last link', async () => {
      const pages = [[meetingJson(1, '2019-01-01T10:00:00+01:00')], [meetingJson(2, '2020-01-01T10:00:00+01:00')]];
      const { first } = await pagedList(pages, { withLast: false });
      const items = await fetchListFromEnd(first, () => false);
      expect(items.map((item) => item['name'])).to.deep.equal(['Sitzung 1', 'Sitzung 2']);
    });
  });

  describe('the recently created entries first (created_since)', () => {
    it('writes the instant with Z and its colons unencoded, after ? or &', () => {
      const since = new Date('2025-07-11T00:00:00Z');
      expect(withCreatedSince('https://ris.example/oparl/organization/1/meeting', since)).to.equal('https://ris.example/oparl/organization/1/meeting?created_since=2025-07-11T00:00:00Z');
      expect(withCreatedSince('https://ris.example/oparl/meeting?body=1', since)).to.equal('https://ris.example/oparl/meeting?body=1&created_since=2025-07-11T00:00:00Z');
    });

    it('starts the window for meetings at a UTC midnight 500 days back, the same all day', () => {
      expect(recentMeetingsSince(Date.parse('2026-11-23T10:00:00+01:00')).toISOString()).to.equal('2025-07-11T00:00:00.000Z');
      expect(recentMeetingsSince(Date.parse('2026-11-23T00:00:00Z')).toISOString()).to.equal('2025-07-11T00:00:00.000Z');
      expect(recentMeetingsSince(Date.parse('2026-11-23T23:59:59Z')).toISOString()).to.equal('2025-07-11T00:00:00.000Z');
      expect(recentMeetingsSince(Date.parse('2026-11-24T00:00:00Z')).toISOString()).to.equal('2025-07-12T00:00:00.000Z');
    });

    it('knows the first page under the address the server names it by, when an ignored filter changed the address', async () => {
      // An ignored filter: the answer is page 1 of the whole list, whose links name page 1 without the query.
      const pages = [[meetingJson(1, '2019-01-01T10:00:00+01:00', { created: '2018-06-01T10:00:00+01:00' })], [meetingJson(2, '2027-01-01T10:00:00+01:00', { created: '2026-06-01T10:00:00+02:00' })]];
      const { first, ids } = await pagedList(pages);
      const items = await fetchListFromEnd(first, () => false, { createdSince: new Date('2025-07-11T00:00:00Z') });
      expect(items.map((item) => item['name'])).to.deep.equal(['Sitzung 2', 'Sitzung 1']);
      // Once with the filter, not again without it.
      expect(await hits(ids[0]!)).to.equal(1);
    });

    it('keeps the first page once when the walk back reads it again under another address', async () => {
      const page2 = await mock({ body: {} });
      const page1 = await mock({ body: { data: [meetingJson(1, '2019-01-01T10:00:00+01:00')], links: { next: page2.url, last: page2.url } } });
      await mock({ replace: page2.id, body: { data: [meetingJson(2, '2027-01-01T10:00:00+01:00')], links: { prev: `${page1.url}?page=1` } } });
      const items = await fetchListFromEnd(page1.url, () => false);
      expect(items.map((item) => item['name'])).to.deep.equal(['Sitzung 2', 'Sitzung 1']);
    });

    it('reads a committee\'s next meeting (meeting-agenda) from one request for its recent meetings', async () => {
      const now = new Date('2026-11-23T10:00:00+01:00');
      const meetings = Array.from({ length: 40 }, (_, index) => datedMeeting(index + 1, now, 14 * (index - 35) + 7));
      const server = await fakeCommittee(meetings, { pageSize: 50, filter: 'created_since=2025-07-11T00:00:00Z', since: new Date('2025-07-11T00:00:00Z'), answer: 'honoured' });
      const result = await fetchCommitteeMeeting(server.organization, now.getTime(), {});
      expect(result.choice).to.equal('next');
      expect(result.meeting?.name).to.equal('36. Sitzung');
      expect(server.requests()).to.deep.equal(['committee', 'recent 1']);
    });
  });

  describe('linked objects', () => {
    it('reports 401 and 403 as "restricted", not as a failure', async () => {
      for (const status of [401, 403]) {
        const locked = await mock({ status, body: { error: 'Nur für Mitglieder' } });
        const result = await fetchLinked(locked.url, normalisePaper, {});
        expect(result.state).to.equal('restricted');
      }
    });

    it('reports 404 and a deleted object as "missing"', async () => {
      const gone = await mock({ status: 404, body: '' });
      expect((await fetchLinked(gone.url, normalisePaper, {})).state).to.equal('missing');
      const tombstone = await mock({ body: { id: 'https://x.example/paper/1', type: 'https://schema.oparl.org/1.1/Paper', deleted: true } });
      expect((await fetchLinked(tombstone.url, normalisePaper, {})).state).to.equal('missing');
    });

    it('reports other failures, keeping the error', async () => {
      const broken = await mock({ body: '{"id": ' });
      const result = await fetchLinked(broken.url, normalisePaper, {});
      expect(result.state).to.equal('failed');
      expect(result.state === 'failed' && result.error.kind).to.equal('invalid-json');
    });
  });

  it('gives a clear error for the broken Braunschweig ALLRIS answer', async () => {
    const braunschweig = await mock({ file: 'test/fixtures/oparl/meine-stadt-transparent/braunschweig_paper.broken_json' });
    let error: unknown;
    try {
      normalisePaper(await fetchJson(braunschweig.url));
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(LoadError);
    expect((error as LoadError).kind).to.equal('invalid-json');
    expect((error as LoadError).message).to.contain('kein gültiges JSON');
  });

  describe('choosing a committee meeting', () => {
    const meeting = (n: number, start: string, extra: Record<string, unknown> = {}): MeetingInfo => normaliseMeeting(meetingJson(n, start, extra));
    const now = Date.parse('2026-11-23T12:00:00+01:00');

    it('takes the next upcoming meeting', () => {
      const chosen = chooseMeeting([meeting(1, '2026-10-01T16:00:00+02:00'), meeting(3, '2027-03-16T15:00:00+01:00'), meeting(2, '2027-02-10T16:00:00+01:00')], now);
      expect(chosen?.choice).to.equal('next');
      expect(chosen?.meeting.name).to.equal('Sitzung 2');
    });

    it('counts a meeting running now as the next one', () => {
      const running = meeting(1, '2026-11-23T11:00:00+01:00', { end: '2026-11-23T13:00:00+01:00' });
      expect(chooseMeeting([running, meeting(2, '2027-01-01T10:00:00+01:00')], now)?.meeting.name).to.equal('Sitzung 1');
    });

    it('skips a cancelled next meeting when another is planned, but shows it when it is the only one', () => {
      const cancelled = meeting(1, '2026-12-01T16:00:00+01:00', { cancelled: true });
      expect(chooseMeeting([cancelled, meeting(2, '2027-01-01T10:00:00+01:00')], now)?.meeting.name).to.equal('Sitzung 2');
      expect(chooseMeeting([cancelled, meeting(3, '2026-01-01T10:00:00+01:00')], now)?.meeting.name).to.equal('Sitzung 1');
    });

    it('falls back to the latest past meeting and says so', () => {
      const chosen = chooseMeeting([meeting(1, '2021-12-08T16:00:00+01:00'), meeting(2, '2022-03-30T16:00:00+02:00')], now);
      expect(chosen).to.deep.include({ choice: 'latest' });
      expect(chosen?.meeting.name).to.equal('Sitzung 2');
    });

    it('has nothing to choose without dated meetings', () => {
      expect(chooseMeeting([normaliseMeeting({ id: 'https://x.example/m/1' })], now)).to.equal(undefined);
    });

    it('reads the committee and its paged meeting list from the sample server', async () => {
      const result = await fetchCommitteeMeeting('/sample/oparl/v1.1/organization/12', Date.parse('2026-11-23T12:00:00+01:00'), {});
      expect(result.organization.name).to.equal('Ausschuss für Soziales, Arbeit, Gesundheit und Senioren');
      expect(result.choice).to.equal('next');
      expect(result.meeting?.start?.toISOString()).to.equal('2027-02-10T15:00:00.000Z');
    });
  });
});
