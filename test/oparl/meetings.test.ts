import { expect } from '@open-wc/testing';
import { LoadError } from '../../src/core/errors.js';
import { clearFetchCache } from '../../src/core/fetch.js';
import {
  enoughMeetings,
  isMeetingIndex,
  listStatus,
  loadMeetingList,
  MEETING_INDEX_TYPE,
  normaliseListedMeeting,
  parseDay,
  selectMeetings,
  siblingIndex,
  type MeetingListData,
  type SelectOptions,
} from '../../src/oparl/meetings.js';
import { normaliseMeeting } from '../../src/oparl/normalise.js';
import { datedMeeting, fakeCommittee, type FakeCommittee, type FilterAnswer } from '../helpers/fake-committee.js';
import { mock } from '../helpers/mock-api.js';

const now = new Date('2026-03-10T12:00:00+01:00');
const meeting = (id: string, start: string) => normaliseMeeting({ id, type: 'https://schema.oparl.org/1.1/Meeting', start });
const meetings = [
  meeting('https://oparl.example/m/1', '2026-01-10T17:00:00+01:00'),
  meeting('https://oparl.example/m/2', '2026-03-01T17:00:00+01:00'),
  meeting('https://oparl.example/m/4', '2026-04-01T17:00:00+02:00'),
  meeting('https://oparl.example/m/3', '2026-03-20T17:00:00+01:00'),
];
const ids = (list: { id: string }[]) => list.map((item) => item.id.split('/').pop());

describe('selectMeetings', () => {
  it('gives upcoming soonest first and only the last past one for show=upcoming', () => {
    const selected = selectMeetings(meetings, { now, count: 5, show: 'upcoming' });
    expect(ids(selected.upcoming)).to.deep.equal(['3', '4']);
    expect(ids(selected.past)).to.deep.equal(['2']);
  });
  it('gives past newest first, limited by count', () => {
    const selected = selectMeetings(meetings, { now, count: 1, show: 'past' });
    expect(selected.upcoming).to.deep.equal([]);
    expect(ids(selected.past)).to.deep.equal(['2']);
  });
  it('keeps to from/to', () => {
    const selected = selectMeetings(meetings, { now, count: 5, show: 'both', to: new Date('2026-03-25T00:00:00+01:00') });
    expect(ids(selected.upcoming)).to.deep.equal(['3']);
    expect(ids(selected.past)).to.deep.equal(['2', '1']);
  });
});

describe('isMeetingIndex', () => {
  it('recognises the mirror index by type only', () => {
    expect(isMeetingIndex({ type: MEETING_INDEX_TYPE, data: [] })).to.equal(true);
    expect(isMeetingIndex({ type: 'https://schema.oparl.org/1.1/Meeting', data: [] })).to.equal(false);
    expect(isMeetingIndex(null)).to.equal(false);
  });
});

describe('enoughMeetings (when to stop walking back through the pages)', () => {
  const item = (start: string, end?: string) => ({ start, ...(end ? { end } : {}) });
  const upcoming = [item('2026-03-20T17:00:00+01:00'), item('2026-04-01T17:00:00+02:00')];
  const past = [item('2026-01-10T17:00:00+01:00'), item('2026-03-01T17:00:00+01:00')];
  it('upcoming: goes on until a past one is reached (the soonest upcoming ones may be on an older page)', () => {
    expect(enoughMeetings(upcoming, { now, count: 2, show: 'upcoming' })).to.equal(false);
    expect(enoughMeetings([past[1]!, upcoming[0]!], { now, count: 5, show: 'upcoming' })).to.equal(true);
  });
  it('counts a running meeting (started, not over) as upcoming', () => {
    expect(enoughMeetings([item('2026-03-10T11:00:00+01:00', '2026-03-10T13:00:00+01:00')], { now, count: 1, show: 'upcoming' })).to.equal(false);
  });
  it('past and both: stops at count past ones', () => {
    expect(enoughMeetings([...past, ...upcoming], { now, count: 2, show: 'past' })).to.equal(true);
    expect(enoughMeetings([...past, ...upcoming], { now, count: 3, show: 'both' })).to.equal(false);
  });
  it('stops at a meeting before from, ignores undated entries and those after to', () => {
    expect(enoughMeetings([past[0]!], { now, count: 5, show: 'past', from: new Date('2026-02-01T00:00:00+01:00') })).to.equal(true);
    expect(enoughMeetings([{ name: 'ohne Datum' }, ...past], { now, count: 2, show: 'past', to: new Date('2026-02-01T00:00:00+01:00') })).to.equal(false);
  });
});

describe('parseDay', () => {
  it('reads a bare day as the start or end of that day in Berlin', () => {
    expect(parseDay('2027-01-01', false)!.toISOString()).to.equal('2026-12-31T23:00:00.000Z');
    expect(parseDay('2027-06-30', true)!.toISOString()).to.equal('2027-06-30T21:59:59.000Z');
  });
  it('reads an instant as it is, and nothing from rubbish', () => {
    expect(parseDay('2027-01-01T12:00:00Z', false)!.toISOString()).to.equal('2027-01-01T12:00:00.000Z');
    expect(parseDay('bald', false)).to.equal(undefined);
    expect(parseDay(' ', true)).to.equal(undefined);
  });
});

describe('siblingIndex', () => {
  it('finds past.json beside upcoming.json and back, keeping a query', () => {
    expect(siblingIndex('https://m.example/herne-widgets/organizations/12/upcoming.json')).to.equal('https://m.example/herne-widgets/organizations/12/past.json');
    expect(siblingIndex('https://m.example/body/past.json?v=2')).to.equal('https://m.example/body/upcoming.json?v=2');
    expect(siblingIndex('https://m.example/list.json')).to.equal(undefined);
  });
});

describe('normaliseListedMeeting and listStatus', () => {
  const raw = (extra: Record<string, unknown>) => ({ id: 'https://oparl.example/m/9', type: 'https://schema.oparl.org/1.1/Meeting', start: '2026-03-10T11:00:00+01:00', end: '2026-03-10T13:00:00+01:00', ...extra });
  it('reads a moved meeting from meetingState, but not a cancelled one', () => {
    expect(normaliseListedMeeting(raw({ meetingState: 'Termin verschoben' })).rescheduled).to.equal(true);
    expect(normaliseListedMeeting(raw({ meetingState: 'eingeladen' })).rescheduled).to.equal(false);
    expect(normaliseListedMeeting(raw({ meetingState: 'verschoben', cancelled: true })).rescheduled).to.equal(false);
  });
  it('leaves the agenda out and knows a Sammeldatum placeholder', () => {
    const listed = normaliseListedMeeting(raw({ name: 'Sammeldatum', agendaItem: [] }));
    expect('agenda' in listed).to.equal(false);
    expect(listed.placeholder).to.equal(true);
    expect(normaliseListedMeeting(raw({ name: 'Sammeldatum', agendaItem: [{ id: 'https://oparl.example/a/1', name: 'TOP' }] })).placeholder).to.equal(false);
  });
  it('is cancelled before running before moved', () => {
    const at = now.getTime();
    expect(listStatus(normaliseListedMeeting(raw({ cancelled: true })), at)).to.equal('cancelled');
    expect(listStatus(normaliseListedMeeting(raw({ meetingState: 'verschoben' })), at)).to.equal('running');
    expect(listStatus(normaliseListedMeeting(raw({ meetingState: 'verschoben' })), at + 86_400_000)).to.equal('rescheduled');
    expect(listStatus(normaliseListedMeeting(raw({})), at + 86_400_000)).to.equal(undefined);
  });
});

describe('loadMeetingList on direct OParl: the meetings created since a UTC midnight 500 days ago first', () => {
  const at = new Date('2026-11-23T10:00:00+01:00');
  const FILTER = 'created_since=2025-07-11T00:00:00Z';
  const since = new Date('2025-07-11T00:00:00Z');
  // A committee meeting every two weeks: 60 past meetings and 6 planned, each created six weeks before it. Those
  // created since the filter's instant: the last 32 past ones and the 6 planned.
  const history = [
    ...Array.from({ length: 60 }, (_, index) => datedMeeting(index + 1, at, -14 * (60 - index))),
    ...Array.from({ length: 6 }, (_, index) => datedMeeting(61 + index, at, 7 + 14 * index)),
  ];
  const nextFive = { upcoming: ['61', '62', '63', '64', '65'], past: ['60'] };
  const shown = (data: MeetingListData) => ({ upcoming: ids(data.upcoming), past: ids(data.past) });
  const committee = (answer: FilterAnswer, pageSize: number, meetings = history) => fakeCommittee(meetings, { pageSize, filter: FILTER, since, answer });
  const load = (server: FakeCommittee, select: Partial<SelectOptions> = {}) =>
    loadMeetingList({ kind: 'organization', url: server.organization }, { now: at, count: 5, show: 'upcoming', ...select }, {});

  beforeEach(() => clearFetchCache());

  it('(a) takes 2 requests when the server honours the filter and the answer is one page', async () => {
    const server = await committee('honoured', 50);
    expect(shown(await load(server))).to.deep.equal(nextFive);
    // The filter exactly so: the instant at a UTC midnight, with Z and its colons unencoded.
    expect(server.requests()).to.deep.equal(['committee', 'recent 1']);
  });

  it('(a) reads a Body\'s meeting list the same way', async () => {
    const server = await committee('honoured', 50);
    const body = await mock({ body: { id: 'https://ris.example/body/1', type: 'https://schema.oparl.org/1.1/Body', name: 'Stadt', meeting: server.list } });
    server.clearRequests();
    const data = await loadMeetingList({ kind: 'body', url: body.url }, { now: at, count: 5, show: 'upcoming' }, {});
    expect(shown(data)).to.deep.equal(nextFive);
    expect(server.requests()).to.deep.equal([body.url, 'recent 1']);
  });

  it('(b) walks back from the filtered answer\'s last page when it has several', async () => {
    const server = await committee('honoured', 10);
    expect(shown(await load(server))).to.deep.equal(nextFive);
    expect(server.requests()).to.deep.equal(['committee', 'recent 1', 'recent 4']);
  });

  it('(c) takes the answer of a server that ignores the filter as the whole list\'s first page, with no request more than without the filter', async () => {
    const onePage = await committee('ignored', 50);
    expect(shown(await load(onePage))).to.deep.equal(nextFive);
    expect(onePage.requests()).to.deep.equal(['committee', 'recent 1', 'page 2']);
    clearFetchCache();
    const paged = await committee('ignored', 10);
    expect(shown(await load(paged))).to.deep.equal(nextFive);
    // Page 7 holds only planned meetings, so page 6 is read for the last past one, as without the filter.
    expect(paged.requests()).to.deep.equal(['committee', 'recent 1', 'page 7', 'page 6']);
  });

  it('(d) reads the whole list when the recent meetings are not enough: show=past with a large count', async () => {
    const server = await committee('honoured', 50);
    const data = await load(server, { show: 'past', count: 40 });
    expect(data.past).to.have.length(40);
    expect(ids(data.past).slice(0, 3)).to.deep.equal(['60', '59', '58']);
    expect(ids(data.past).at(-1)).to.equal('21');
    expect(server.requests()).to.deep.equal(['committee', 'recent 1', 'page 1', 'page 2']);
    // A server that ignores the filter: its answer is the first page, not read again under its own address.
    clearFetchCache();
    const ignoring = await committee('ignored', 50);
    expect(ids((await load(ignoring, { show: 'past', count: 40 })).past)).to.deep.equal(ids(data.past));
    expect(ignoring.requests()).to.deep.equal(['committee', 'recent 1', 'page 2']);
  });

  it('(d) reads the whole list for a committee that has not met in the window, for the last meeting', async () => {
    const rare = [
      ...Array.from({ length: 8 }, (_, index) => datedMeeting(index + 1, at, -700 - 200 * (8 - index))),
      datedMeeting(9, at, 20),
      datedMeeting(10, at, 35),
    ];
    const server = await committee('honoured', 50, rare);
    expect(shown(await load(server))).to.deep.equal({ upcoming: ['9', '10'], past: ['8'] });
    expect(server.requests()).to.deep.equal(['committee', 'recent 1', 'page 1']);
  });

  it('(e) reads the whole list when the filtered list is empty: a 404 error object (Sternberg) or []', async () => {
    const answers: FilterAnswer[] = [
      { status: 404, body: { error: 'Die angeforderte Ressource wurde nicht gefunden.', code: 802, type: 'SD.NET RIM Webservice' } },
      { body: [] },
    ];
    for (const answer of answers) {
      clearFetchCache();
      const server = await committee(answer, 50);
      expect(shown(await load(server))).to.deep.equal(nextFive);
      expect(server.requests()).to.deep.equal(['committee', 'recent 1', 'page 1', 'page 2']);
    }
  });

  it('reads the whole list when the server refuses the filter (400, 422, a 404 without an error object)', async () => {
    for (const answer of [{ status: 400, body: { message: 'Unbekannter Parameter' } }, { status: 422, body: {} }, { status: 404, body: '' }]) {
      clearFetchCache();
      const server = await committee(answer, 50);
      expect(shown(await load(server))).to.deep.equal(nextFive);
      expect(server.requests()).to.deep.equal(['committee', 'recent 1', 'page 1', 'page 2']);
    }
  });

  it('reports a 500 of the filtered request as the error it is, without reading further', async () => {
    const server = await committee({ status: 500, body: { error: 'Interner Fehler' } }, 50);
    let error: unknown;
    try {
      await load(server);
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(LoadError);
    expect((error as LoadError).status).to.equal(500);
    expect(server.requests()).to.deep.equal(['committee', 'recent 1']);
  });

  it('keeps to from and to, and leaves the filter out when to is before the window', async () => {
    const recent = await committee('honoured', 50);
    const within = await load(recent, { show: 'both', from: new Date('2026-10-01T00:00:00+02:00'), to: new Date('2026-12-31T00:00:00+01:00') });
    expect(shown(within)).to.deep.equal({ upcoming: ['61', '62', '63'], past: ['60', '59', '58'] });
    expect(recent.requests()).to.deep.equal(['committee', 'recent 1']);
    clearFetchCache();
    const old = await committee('honoured', 50);
    const before = await load(old, { show: 'past', count: 2, to: new Date('2025-01-01T00:00:00+01:00') });
    expect(ids(before.past)).to.deep.equal(['11', '10']);
    expect(old.requests()).to.deep.equal(['committee', 'page 1', 'page 2']);
  });
});
