import { expect, html } from '@open-wc/testing';
import ICAL from 'ical.js';
import '../../src/components/meeting-list/define.js';
import type { MeetingList } from '../../src/components/meeting-list/meeting-list.js';
import { setClock } from '../../src/core/clock.js';
import { clearFetchCache } from '../../src/core/fetch.js';
import { MEETING_INDEX_TYPE } from '../../src/oparl/meetings.js';
import { mock } from '../helpers/mock-api.js';
import { $, $$, catchDownload, renderFailed, renderLoaded, until, visibleText } from '../helpers/widget.js';

const ORIGIN = location.origin;
const SOZIAL = `${ORIGIN}/sample/oparl/v1.1/organization/12`;
const MIRROR = `${ORIGIN}/test/components/meeting-list/mirror/organizations/12`;
const FEED = 'https://ris.herne.example/herne-widgets/organizations/12/meetings.ics';

/** The events of a calendar file as ical.js reads it, with times in Europe/Berlin as written. */
function parseEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      zone: component.getFirstProperty('dtstart')?.getParameter('tzid'),
      status: component.getFirstPropertyValue('status'),
      location: event.location,
    };
  });
}

describe('<meeting-list> calendar and mirror index', () => {
  beforeEach(() => {
    clearFetchCache();
    setClock(Date.parse('2026-11-23T10:00:00+01:00'));
  });
  afterEach(() => setClock(undefined));

  it('offers a webcal: and an https: subscription with a short explanation when feed is set', async () => {
    const { el } = await renderLoaded<MeetingList>(html`<meeting-list organization=${SOZIAL} feed=${FEED}></meeting-list>`);
    const calendar = $(el, '[part~="calendar"]');
    const links = $$<HTMLAnchorElement>(calendar, 'a');
    expect(links.map((link) => [visibleText(link), link.getAttribute('href')])).to.deep.equal([
      ['Kalender abonnieren', 'webcal://ris.herne.example/herne-widgets/organizations/12/meetings.ics'],
      [FEED, FEED],
    ]);
    expect(links[1]!.getAttribute('translate')).to.equal('no');
    expect(visibleText(calendar)).to.contain('In Outlook und Google Kalender');
    expect(calendar.querySelector('button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('takes a feed on the page\'s own site as a path, as agenda-url does', async () => {
    const { el } = await renderLoaded<MeetingList>(html`<meeting-list organization=${SOZIAL} feed="/herne-widgets/organizations/12/meetings.ics"></meeting-list>`);
    const links = $$<HTMLAnchorElement>($(el, '[part~="calendar"]'), 'a');
    const feed = `${ORIGIN}/herne-widgets/organizations/12/meetings.ics`;
    expect(links.map((link) => [visibleText(link), link.getAttribute('href')])).to.deep.equal([
      ['Kalender abonnieren', feed.replace(/^https?:/, 'webcal:')],
      [feed, feed],
    ]);
  });

  it('takes a webcal: feed: the webcal: link as given, and the https: address it stands for', async () => {
    const webcal = 'webcal://ris.herne.example/herne-widgets/organizations/12/meetings.ics';
    const { el } = await renderLoaded<MeetingList>(html`<meeting-list organization=${SOZIAL} feed=${webcal}></meeting-list>`);
    const links = $$<HTMLAnchorElement>($(el, '[part~="calendar"]'), 'a');
    expect(links.map((link) => [visibleText(link), link.getAttribute('href')])).to.deep.equal([
      ['Kalender abonnieren', webcal],
      [FEED, FEED],
    ]);
  });

  it('ignores a feed that is not http(s) or webcal', async () => {
    const { el } = await renderLoaded<MeetingList>(html`<meeting-list organization=${SOZIAL} feed="javascript:alert(1)"></meeting-list>`);
    expect($(el, '[part~="calendar"]').querySelector('a')).to.equal(null);
    expect(visibleText($(el, '[part~="calendar"] button'))).to.equal('Diesen Termin herunterladen (.ics)');
  });

  it('downloads the shown meetings as one .ics without feed, which ical.js reads in Europe/Berlin', async () => {
    const { el } = await renderLoaded<MeetingList>(html`<meeting-list organization=${SOZIAL} show="past" count="3"></meeting-list>`);
    const button = $<HTMLButtonElement>(el, '[part~="calendar"] button');
    expect(visibleText(button)).to.equal('Diese 3 Termine herunterladen (.ics)');
    const download = catchDownload(el);
    button.click();
    const { name, text } = await download;
    expect(name).to.equal('sitzungen.ics');
    expect(parseEvents(text)).to.deep.equal([
      {
        uid: `${ORIGIN}/sample/oparl/v1.1/meeting/5210`,
        summary: 'Ausschuss für Soziales, Arbeit, Gesundheit und Senioren',
        start: '2026-09-16T16:00:00',
        zone: 'Europe/Berlin',
        status: 'CONFIRMED',
        location: 'Volkshaus Röhlinghausen, Am Alten Hof 28, 44651 Herne',
      },
      {
        uid: `${ORIGIN}/sample/oparl/v1.1/meeting/4748`,
        summary: 'Ausschuss für Soziales, Arbeit, Gesundheit und Senioren',
        start: '2022-03-30T16:00:00',
        zone: 'Europe/Berlin',
        status: 'CONFIRMED',
        location: 'Sitzungszimmer 1 (Raum 208), Friedrich-Ebert-Platz 2, 44623 Herne',
      },
      {
        uid: `${ORIGIN}/sample/oparl/v1.1/meeting/4733`,
        summary: 'ABGESAGT: Ausschuss für Soziales, Arbeit, Gesundheit und Senioren',
        start: '2022-02-16T16:00:00',
        zone: 'Europe/Berlin',
        status: 'CANCELLED',
        location: 'Sitzungszimmer 1 (Raum 208), Friedrich-Ebert-Platz 2, 44623 Herne',
      },
    ]);
    // One time zone definition for all events.
    expect(text.match(/BEGIN:VTIMEZONE/g)).to.have.length(1);
  });

  it('downloads one meeting from its "Zum Kalender" button', async () => {
    const { el } = await renderLoaded<MeetingList>(html`<meeting-list organization=${SOZIAL}></meeting-list>`);
    const button = $$<HTMLButtonElement>(el, '[part~="actions"] button').find((candidate) => visibleText(candidate).startsWith('Zum Kalender'))!;
    expect(visibleText(button)).to.equal('Zum Kalender – Ausschuss für Soziales, Arbeit, Gesundheit und Senioren, Mittwoch, 10. Februar 2027');
    const download = catchDownload(el);
    button.click();
    const { name, text } = await download;
    expect(name).to.equal('sitzung-2027-02-10-ausschuss-fuer-soziales-arbeit-gesundheit-und-senioren.ics');
    const [event] = parseEvents(text);
    expect(event!.start).to.equal('2027-02-10T16:00:00');
    expect(event!.uid).to.equal(`${ORIGIN}/sample/oparl/v1.1/meeting/5301`);
  });

  it('shows a meeting whose start is a bare date without a time, and downloads it as an all-day event', async () => {
    // Real servers send "2027-01-14" though OParl says date-time; no time of day may be made up for it.
    const { url } = await mock({
      body: {
        type: MEETING_INDEX_TYPE,
        kind: 'upcoming',
        data: [{ id: 'https://ris.example/meeting/1', type: 'https://schema.oparl.org/1.1/Meeting', name: 'Beirat für Menschen mit Behinderungen', start: '2027-01-14', end: '2027-01-14' }],
      },
    });
    const { el } = await renderLoaded<MeetingList>(html`<meeting-list src=${url}></meeting-list>`);
    const when = $(el, '[part~="when"]');
    expect(visibleText(when)).to.equal('Donnerstag, 14. Januar 2027 (Uhrzeit nicht angegeben)');
    expect(visibleText(el)).not.to.match(/\d:\d\d|\bUhr\b/);
    expect($(when, 'time').getAttribute('datetime')).to.equal('2027-01-14');
    const button = $$<HTMLButtonElement>(el, '[part~="actions"] button').find((candidate) => visibleText(candidate).startsWith('Zum Kalender'))!;
    const download = catchDownload(el);
    button.click();
    const { name, text } = await download;
    expect(name).to.equal('sitzung-2027-01-14-beirat-fuer-menschen-mit-behinderungen.ics');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
    expect([event.startDate.isDate, event.startDate.toString(), event.endDate.toString()]).to.deep.equal([true, '2027-01-14', '2027-01-15']);
    expect(text).to.contain('DTSTART;VALUE=DATE:20270114');
  });

  describe('mirror index files (src)', () => {
    it('shows upcoming.json with the same look and takes the feed from the file', async () => {
      const { el } = await renderLoaded<MeetingList>(html`<meeting-list src=${`${MIRROR}/upcoming.json`}></meeting-list>`);
      expect(visibleText($(el, '[part~="when"]'))).to.equal('Mittwoch, 10. Februar 2027, 16:00 Uhr');
      expect($(el, 'time').getAttribute('datetime')).to.equal('2027-02-10T15:00:00.000Z');
      expect($<HTMLAnchorElement>(el, '[part~="calendar"] a').getAttribute('href')).to.equal(`webcal://ris.herne.example/herne-widgets/organizations/12/meetings.ics`);
      await expect(el).to.be.accessible();
    });

    it('reads past.json beside it for show="both"', async () => {
      const { el } = await renderLoaded<MeetingList>(html`<meeting-list src=${`${MIRROR}/upcoming.json`} show="both" count="2"></meeting-list>`);
      expect($$(el, '[part~="when"]').map(visibleText)).to.deep.equal([
        'Mittwoch, 10. Februar 2027, 16:00 Uhr',
        'Mittwoch, 16. September 2026, 16:00 bis 17:45 Uhr',
        'Mittwoch, 30. März 2022, 16:00 bis 17:30 Uhr',
      ]);
    });

    it('takes the last meeting from past.json when none is planned any more', async () => {
      setClock(Date.parse('2027-04-01T10:00:00+02:00'));
      const { el } = await renderLoaded<MeetingList>(html`<meeting-list src=${`${MIRROR}/upcoming.json`}></meeting-list>`);
      expect(visibleText($(el, '[part~="notice"]'))).to.equal('Zurzeit sind keine Sitzungen geplant.');
      // upcoming.json was written before the meeting of 10 February; it is the last one now.
      await until(() => el.querySelector('[part~="when"]') !== null);
      expect(visibleText($(el, '[part~="when"]'))).to.equal('Mittwoch, 10. Februar 2027, 16:00 Uhr');
    });

    it('fails with the format error for a file that is no index', async () => {
      const { el } = await renderFailed<MeetingList>(html`<meeting-list src=${`${ORIGIN}/sample/oparl/v1.1/meeting/4711`}></meeting-list>`);
      expect(visibleText($(el, '[role="alert"]'))).to.contain('nicht das erwartete Format');
    });
  });
});
