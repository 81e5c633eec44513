import { expect } from '@open-wc/testing';
import { isMeetingIndex, MEETING_INDEX_TYPE, selectMeetings } from '../../src/oparl/meetings.js';
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
