import { expect, html } from '@open-wc/testing';
import '../../src/components/meeting-list/define.js';
import type { MeetingList } from '../../src/components/meeting-list/meeting-list.js';
import { setClock } from '../../src/core/clock.js';
import { clearFetchCache } from '../../src/core/fetch.js';
import { datedMeeting, fakeCommittee, type FilterAnswer } from '../helpers/fake-committee.js';
import { $, $$, renderFailed, renderLoaded, visibleText } from '../helpers/widget.js';

// <meeting-list> on direct OParl asks first for the meetings created since a UTC midnight 500 days ago.
const NOW = new Date('2026-11-23T10:00:00+01:00');
const FILTER = 'created_since=2025-07-11T00:00:00Z';
const SINCE = new Date('2025-07-11T00:00:00Z');
// 2,000 past meetings every three days and 6 planned weekly, each created six weeks before it, 25 to a page.
const HISTORY = [
  ...Array.from({ length: 2000 }, (_, index) => datedMeeting(index + 1, NOW, -3 * (2000 - index))),
  ...Array.from({ length: 6 }, (_, index) => datedMeeting(2001 + index, NOW, 7 * (index + 1))),
];
const NEXT_FIVE = ['2001', '2002', '2003', '2004', '2005'].map((n) => `${n}. Sitzung`);

const committee = (answer: FilterAnswer) => fakeCommittee(HISTORY, { pageSize: 25, filter: FILTER, since: SINCE, answer });
const names = (el: HTMLElement) => $$(el, 'li[part~="meeting"]').map((li) => visibleText($(li, '[part~="committee"]')));

describe('<meeting-list>: requests on direct OParl', () => {
  beforeEach(() => {
    clearFetchCache();
    setClock(NOW.getTime());
  });
  afterEach(() => setClock(undefined));

  it('shows the next five of 2,000 past meetings from 3 requests on a server that honours created_since', async () => {
    const server = await committee('honoured');
    const { el, event } = await renderLoaded<MeetingList>(html`<meeting-list organization=${server.organization}></meeting-list>`);
    expect(event.count).to.equal(5);
    expect(names(el)).to.deep.equal(NEXT_FIVE);
    // 158 meetings created since then: their first page, and their last, which holds the planned ones and a past one.
    expect(server.requests()).to.deep.equal(['committee', 'recent 1', 'recent 7']);
  });

  it('shows the same from as many requests as before on a server that ignores it', async () => {
    const server = await committee('ignored');
    const { el } = await renderLoaded<MeetingList>(html`<meeting-list organization=${server.organization}></meeting-list>`);
    expect(names(el)).to.deep.equal(NEXT_FIVE);
    expect(server.requests()).to.deep.equal(['committee', 'recent 1', 'page 81', 'page 80']);
  });

  it('shows the error with "Erneut versuchen" when the server answers the filtered list with 500', async () => {
    const server = await committee({ status: 500, body: { error: 'Interner Fehler' } });
    const { el, event } = await renderFailed<MeetingList>(html`<meeting-list organization=${server.organization}></meeting-list>`);
    expect(event.status).to.equal(500);
    expect(visibleText($(el, '[role="alert"]'))).to.contain('Die Sitzungen konnten nicht geladen werden.');
    expect(visibleText($(el, '[part~="retry-button"]'))).to.equal('Erneut versuchen');
    expect(server.requests()).to.deep.equal(['committee', 'recent 1']);
    await expect(el).to.be.accessible();
  });
});
