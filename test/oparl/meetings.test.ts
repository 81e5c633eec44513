import { expect } from '@open-wc/testing';
import { enoughMeetings, isMeetingIndex, listStatus, MEETING_INDEX_TYPE, normaliseListedMeeting, parseDay, selectMeetings, siblingIndex } from '../../src/oparl/meetings.js';
import { normaliseMeeting } from '../../src/oparl/normalise.js';

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
