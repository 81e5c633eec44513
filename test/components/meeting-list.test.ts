import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/meeting-list/define.js';
import type { MeetingList } from '../../src/components/meeting-list/meeting-list.js';
import { setClock } from '../../src/core/clock.js';
import { clearFetchCache } from '../../src/core/fetch.js';
import { MEETING_INDEX_TYPE } from '../../src/oparl/meetings.js';
import { hits, mock } from '../helpers/mock-api.js';
import { $, $$, renderFailed, renderLoaded, until, visibleText } from '../helpers/widget.js';

const SAMPLE = '/sample/oparl/v1.1';
const ORIGIN = location.origin;
const SOZIAL = `${ORIGIN}${SAMPLE}/organization/12`;
const BODY = `${ORIGIN}${SAMPLE}/body/1`;
const SOZIAL_NAME = 'Ausschuss für Soziales, Arbeit, Gesundheit und Senioren';

/** Each meeting as a person reads it: the heading (date and time), then committee, status, place. */
function entries(el: HTMLElement): string[] {
  return $$(el, 'li[part~="meeting"]').map((li) => visibleText($(li, '[part~="when"]')));
}

function requestsTo(fragment: string): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes(fragment));
}

describe('<meeting-list>', () => {
  beforeEach(() => {
    clearFetchCache();
    performance.clearResourceTimings();
    setClock(Date.parse('2026-11-23T10:00:00+01:00'));
  });
  afterEach(() => setClock(undefined));

  describe('a committee (organization)', () => {
    it('shows its next meeting: weekday, date, time in Berlin, committee, place, and a <time datetime>', async () => {
      const { el, event } = await renderLoaded<MeetingList>(html`<meeting-list organization=${SOZIAL}></meeting-list>`);
      expect(event.count).to.equal(1);
      expect(visibleText($(el, '[part~="heading"]'))).to.equal('Nächste Sitzungen');
      expect($(el, '[part~="heading"]').getAttribute('aria-level')).to.equal('2');
      const [meeting] = $$(el, 'li[part~="meeting"]');
      expect(visibleText($(meeting!, '[part~="when"]'))).to.equal('Mittwoch, 10. Februar 2027, 16:00 Uhr');
      expect($(meeting!, '[part~="when"]').getAttribute('aria-level')).to.equal('3');
      expect($(meeting!, 'time').getAttribute('datetime')).to.equal('2027-02-10T15:00:00.000Z');
      expect(visibleText($(meeting!, '[part~="committee"]'))).to.equal(SOZIAL_NAME);
      expect(visibleText($(meeting!, '[part~="place"]'))).to.equal('Ort: Sitzungszimmer 1 (Raum 208), Friedrich-Ebert-Platz 2, 44623 Herne');
      expect($(meeting!, '[part~="place"] [translate="no"]')).to.exist;
      expect(meeting!.querySelector('[part~="badge"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('reads the committee, the first page and the last page of its meeting list: three requests, not the whole history', async () => {
      await renderLoaded<MeetingList>(html`<meeting-list organization=${SOZIAL}></meeting-list>`);
      const requests = requestsTo(`${SAMPLE}/organization/12`);
      // The sample server ignores created_since: its answer is the first page.
      expect(requests.map((url) => url.replace(`${ORIGIN}${SAMPLE}/organization/12`, ''))).to.deep.equal(['', '/meeting?created_since=2025-07-11T00:00:00Z', '/meeting?page=2']);
    });

    it('shows the past meetings newest first with show="past", cancelled ones struck through with the notice', async () => {
      const { el } = await renderLoaded<MeetingList>(html`<meeting-list organization=${SOZIAL} show="past" count="3"></meeting-list>`);
      expect(visibleText($(el, '[part~="heading"]'))).to.equal('Vergangene Sitzungen');
      expect(entries(el)).to.deep.equal([
        'Mittwoch, 16. September 2026, 16:00 bis 17:45 Uhr',
        'Mittwoch, 30. März 2022, 16:00 bis 17:30 Uhr',
        'Mittwoch, 16. Februar 2022, 16:00 bis 18:00 Uhr',
      ]);
      const cancelled = $$(el, 'li[part~="meeting"]')[2]!;
      expect(cancelled.querySelector('[part~="when"] s time')).to.exist;
      expect(visibleText($(cancelled, '.ml-status'))).to.equal('abgesagt Diese Sitzung wurde abgesagt.');
      await expect(el).to.be.accessible();
    });

    it('shows both lists with show="both", each under its own heading', async () => {
      const { el, event } = await renderLoaded<MeetingList>(html`<meeting-list organization=${SOZIAL} show="both" count="2"></meeting-list>`);
      expect(event.count).to.equal(3);
      expect($$(el, '[part~="heading"]').map(visibleText)).to.deep.equal(['Nächste Sitzungen', 'Vergangene Sitzungen']);
      expect($$(el, 'ol[part~="list"]').map((list) => list.querySelectorAll('li').length)).to.deep.equal([1, 2]);
    });

    it('keeps to from and to (days in Berlin)', async () => {
      const { el } = await renderLoaded<MeetingList>(html`<meeting-list organization=${SOZIAL} show="past" from="2022-01-01" to="2022-03-30"></meeting-list>`);
      expect(entries(el)).to.deep.equal(['Mittwoch, 30. März 2022, 16:00 bis 17:30 Uhr', 'Mittwoch, 16. Februar 2022, 16:00 bis 18:00 Uhr']);
    });

    it('marks a meeting that is running now as "läuft gerade"', async () => {
      setClock(Date.parse('2027-02-10T16:30:00+01:00'));
      const { el } = await renderLoaded<MeetingList>(html`<meeting-list organization=${SOZIAL}></meeting-list>`);
      expect(visibleText($(el, '[part~="badge"]'))).to.equal('läuft gerade');
      expect(entries(el)).to.deep.equal(['Mittwoch, 10. Februar 2027, 16:00 Uhr']);
    });

    it('lists an upcoming cancelled meeting with "abgesagt" and the next one after it', async () => {
      setClock(Date.parse('2022-02-01T10:00:00+01:00'));
      const { el } = await renderLoaded<MeetingList>(html`<meeting-list organization=${SOZIAL} count="2"></meeting-list>`);
      expect(entries(el)).to.deep.equal(['Mittwoch, 16. Februar 2022, 16:00 bis 18:00 Uhr', 'Mittwoch, 30. März 2022, 16:00 bis 17:30 Uhr']);
      expect($$(el, '[part~="badge"]').map(visibleText)).to.deep.equal(['abgesagt']);
    });

    it('says when no meeting is planned and shows the last one', async () => {
      setClock(Date.parse('2027-04-01T10:00:00+02:00'));
      const { el, event } = await renderLoaded<MeetingList>(html`<meeting-list organization=${SOZIAL}></meeting-list>`);
      expect(event.count).to.equal(0);
      expect(visibleText($(el, '[part~="notice"]'))).to.equal('Zurzeit sind keine Sitzungen geplant.');
      expect(visibleText($(el, '.ml-last'))).to.equal('Die letzte Sitzung:');
      expect(entries(el)).to.deep.equal(['Mittwoch, 10. Februar 2027, 16:00 Uhr']);
      await expect(el).to.be.accessible();
    });

    it('speaks English with lang="en"', async () => {
      const { el } = await renderLoaded<MeetingList>(html`<meeting-list lang="en" organization=${SOZIAL} show="both" count="1"></meeting-list>`);
      expect($$(el, '[part~="heading"]').map(visibleText)).to.deep.equal(['Next meetings', 'Past meetings']);
      expect(entries(el)).to.deep.equal(['Wednesday, 10 February 2027, 16:00', 'Wednesday, 16 September 2026, 16:00 to 17:45']);
      expect(visibleText($(el, '.ml-toggle'))).to.match(/^Agenda – /);
    });

    it('takes rubbish in count and show as their defaults, and a fraction of count as its whole part', async () => {
      const { el } = await renderLoaded<MeetingList>(html`<meeting-list organization=${SOZIAL} show="past" count="abc"></meeting-list>`);
      expect(entries(el)).to.have.length(5);
      el.setAttribute('count', '2.7');
      await until(() => entries(el).length === 2);
      el.setAttribute('show', 'nonsense');
      await until(() => visibleText($(el, '[part~="heading"]')) === 'Nächste Sitzungen');
      expect(entries(el)).to.deep.equal(['Mittwoch, 10. Februar 2027, 16:00 Uhr']);
    });

    it('shows none planned, without a last one, when from is after to', async () => {
      const { el } = await renderLoaded<MeetingList>(html`<meeting-list organization=${SOZIAL} from="2027-06-01" to="2027-01-01"></meeting-list>`);
      expect(visibleText($(el, '[part~="notice"]'))).to.equal('Zurzeit sind keine Sitzungen geplant.');
      expect(entries(el)).to.deep.equal([]);
    });

    it('speaks English in the states too: none planned with the last one, and the error', async () => {
      setClock(Date.parse('2027-04-01T10:00:00+02:00'));
      const { el } = await renderLoaded<MeetingList>(html`<meeting-list lang="en" organization=${SOZIAL}></meeting-list>`);
      expect(visibleText($(el, '[part~="notice"]'))).to.equal('No meetings are planned at the moment.');
      expect(visibleText($(el, '.ml-last'))).to.equal('The latest meeting:');
      expect(entries(el)).to.deep.equal(['Wednesday, 10 February 2027, 16:00']);
      const { url } = await mock({ status: 500, body: '' });
      const failed = await renderFailed<MeetingList>(html`<meeting-list lang="en" organization=${url}></meeting-list>`);
      expect(visibleText($(failed.el, '[role="alert"]'))).to.match(/^The meetings could not be loaded\..*500.*Try again$/);
    });

    it('follows heading-level', async () => {
      const { el } = await renderLoaded<MeetingList>(html`<meeting-list heading-level="3" organization=${SOZIAL}></meeting-list>`);
      expect($(el, '[part~="heading"]').getAttribute('aria-level')).to.equal('3');
      expect($(el, '[part~="when"]').getAttribute('aria-level')).to.equal('4');
    });
  });

  describe('the whole council (body)', () => {
    it('shows the next meetings of every committee, each with its committee name', async () => {
      const { el } = await renderLoaded<MeetingList>(html`<meeting-list body=${BODY}></meeting-list>`);
      expect(entries(el)).to.deep.equal(['Mittwoch, 10. Februar 2027, 16:00 Uhr', 'Dienstag, 16. März 2027, 15:00 bis 19:00 Uhr']);
      expect($$(el, '[part~="committee"]').map(visibleText)).to.deep.equal([SOZIAL_NAME, 'Rat der Stadt Herne']);
      expect(el.querySelector('[part~="notice"]')).to.equal(null);
    });
  });

  describe('the agenda', () => {
    it('links to the city page from agenda-url, the meeting named for screen readers and translation', async () => {
      const { el } = await renderLoaded<MeetingList>(html`<meeting-list organization=${SOZIAL} agenda-url="/politik/sitzung?src={id}"></meeting-list>`);
      const link = $<HTMLAnchorElement>(el, '[part~="actions"] a');
      expect(link.href).to.equal(`${ORIGIN}/politik/sitzung?src=${encodeURIComponent(`${ORIGIN}${SAMPLE}/meeting/5301`)}`);
      expect(visibleText(link)).to.equal(`Tagesordnung – ${SOZIAL_NAME}, Mittwoch, 10. Februar 2027`);
      expect(el.querySelector('.ml-toggle')).to.equal(null);
    });

    it('makes no link from a javascript: template', async () => {
      const { el } = await renderLoaded<MeetingList>(html`<meeting-list organization=${SOZIAL} agenda-url="javascript:alert({id})"></meeting-list>`);
      expect(el.querySelector('[part~="actions"] a')).to.equal(null);
      expect(el.querySelector('.ml-toggle')).to.exist;
    });

    it('opens the agenda in place only when asked (aria-expanded), by keyboard, and closes it again', async () => {
      const { el } = await renderLoaded<MeetingList>(html`<meeting-list organization=${SOZIAL}></meeting-list>`);
      const toggle = $<HTMLButtonElement>(el, '.ml-toggle');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      const panel = $(el, `#${toggle.getAttribute('aria-controls')}`);
      expect(panel.hidden).to.equal(true);
      expect(el.querySelector('meeting-agenda')).to.equal(null);
      expect(requestsTo(`${SAMPLE}/meeting/5301`)).to.deep.equal([]);
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(panel.hidden).to.equal(false);
      await until(() => panel.querySelector('meeting-agenda [part~="title"]') !== null, 5000);
      const agenda = $(panel, 'meeting-agenda');
      expect(visibleText($(agenda, '[part~="title"]'))).to.equal(SOZIAL_NAME);
      expect($(agenda, '[part~="title"]').getAttribute('aria-level')).to.equal('4');
      expect(document.activeElement).to.equal(toggle);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(panel.hidden).to.equal(true);
    });
  });

  describe('states', () => {
    it('shows loading as a status while the server is slow', async () => {
      const { url } = await mock({ hang: true });
      const el = await fixture<MeetingList>(html`<meeting-list organization=${url}></meeting-list>`);
      await el.updateComplete;
      expect(visibleText($(el, '[role="status"]'))).to.equal('Die Sitzungen werden geladen …');
      expect($(el, '.hw-state').getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it('shows an error with "Erneut versuchen", which loads again by keyboard and keeps focus in the widget', async () => {
      const { url, id } = await mock({ failTimes: 1, failStatus: 500, body: { id: '{{origin}}/sample/oparl/v1.1/organization/12', type: 'https://schema.oparl.org/1.1/Organization', name: 'Sozialausschuss', meeting: '{{origin}}/sample/oparl/v1.1/organization/12/meeting' } });
      const { el, event } = await renderFailed<MeetingList>(html`<meeting-list organization=${url}></meeting-list>`);
      expect(event.status).to.equal(500);
      expect(visibleText($(el, '[role="alert"]'))).to.contain('Die Sitzungen konnten nicht geladen werden.');
      await expect(el).to.be.accessible();
      const loaded = new Promise((resolve) => el.addEventListener('widget-loaded', resolve, { once: true }));
      const retry = $<HTMLButtonElement>(el, '[part~="retry-button"]');
      expect(visibleText(retry)).to.equal('Erneut versuchen');
      retry.focus();
      await sendKeys({ press: 'Enter' });
      await loaded;
      expect(await hits(id)).to.equal(2);
      expect(visibleText($(el, '[part~="committee"]'))).to.equal('Sozialausschuss');
      // The pressed button is gone; focus stays in the widget instead of falling back to the page.
      expect(document.activeElement === $(el, '.hw-state'), `focus on ${document.activeElement?.tagName}`).to.equal(true);
    });

    it('keeps one status region across loading, error and "Erneut versuchen", and changes only its text', async () => {
      // A live region made anew with every render may be missed by screen readers.
      const { url } = await mock({ delayMs: 300, failTimes: 1, failStatus: 500, body: { id: '{{origin}}/sample/oparl/v1.1/organization/12', type: 'https://schema.oparl.org/1.1/Organization', name: 'Sozialausschuss', meeting: '{{origin}}/sample/oparl/v1.1/organization/12/meeting' } });
      const failed = new Promise((resolve) => document.addEventListener('widget-error', resolve, { once: true }));
      const el = await fixture<MeetingList>(html`<meeting-list organization=${url}></meeting-list>`);
      await el.updateComplete;
      const region = $(el, '[role="status"]');
      expect(visibleText(region)).to.equal('Die Sitzungen werden geladen …');
      await failed;
      expect($(el, '[role="status"]')).to.equal(region);
      expect(visibleText(region)).to.equal('');
      const loaded = new Promise((resolve) => el.addEventListener('widget-loaded', resolve, { once: true }));
      $<HTMLButtonElement>(el, '[part~="retry-button"]').click();
      await el.updateComplete;
      expect($(el, '[role="status"]')).to.equal(region);
      expect(visibleText(region)).to.equal('Die Sitzungen werden geladen …');
      await loaded;
      expect($(el, '[role="status"]')).to.equal(region);
      expect(visibleText(region)).to.equal('');
      expect(el.querySelectorAll('[role="status"]')).to.have.length(1);
      expect(visibleText($(el, '[part~="committee"]'))).to.equal('Sozialausschuss');
    });

    it('shows the error with "Erneut versuchen" for an answer that is broken JSON', async () => {
      const { url } = await mock({ body: '{"id": "https://x.example/organization/1", "name": "kaputt' });
      const { el } = await renderFailed<MeetingList>(html`<meeting-list organization=${url}></meeting-list>`);
      expect(visibleText($(el, '[role="alert"]'))).to.match(/^Die Sitzungen konnten nicht geladen werden\..*beschädigt.*Erneut versuchen$/);
    });

    it('leaves out meetings without a usable start and shows markup in a name as text', async () => {
      const { url } = await mock({
        body: {
          type: MEETING_INDEX_TYPE,
          data: [
            { id: '{{origin}}/x/meeting/1', type: 'https://schema.oparl.org/1.1/Meeting', name: 'Zahl als Beginn', start: 12345 },
            { id: '{{origin}}/x/meeting/2', type: 'https://schema.oparl.org/1.1/Meeting', name: 'Kein Datum', start: 'bald' },
            { id: 17, type: 'https://schema.oparl.org/1.1/Meeting', name: 'Zahl als id', start: '2027-01-13T17:00:00+01:00' },
            null,
            'Sitzung',
            { id: '{{origin}}/x/meeting/3', type: 'https://schema.oparl.org/1.1/Meeting', name: '<img src=x onerror=alert(1)>Beirat', start: '2027-01-12T17:00:00+01:00', end: 'morgen', organization: 'keine URL', location: { room: 5 } },
            { id: '{{origin}}/x/meeting/4', type: 'https://schema.oparl.org/1.1/Meeting', name: { de: 'Objekt' }, start: '2027-01-14T17:00:00+01:00' },
          ],
        },
      });
      const { el, event } = await renderLoaded<MeetingList>(html`<meeting-list src=${url}></meeting-list>`);
      expect(event.count).to.equal(2);
      expect(entries(el)).to.deep.equal(['Dienstag, 12. Januar 2027, 17:00 Uhr', 'Donnerstag, 14. Januar 2027, 17:00 Uhr']);
      expect($$(el, '[part~="committee"]').map(visibleText)).to.deep.equal(['<img src=x onerror=alert(1)>Beirat', 'Sitzung']);
      expect(el.querySelector('img')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('says what is missing without a source', async () => {
      const el = await fixture<MeetingList>(html`<meeting-list></meeting-list>`);
      expect(visibleText($(el, '[part~="notice"]'))).to.contain('„organization“');
    });

    it('is partial when a committee cannot be loaded: the meeting name stands in, with a note', async () => {
      const missing = await mock({ status: 404, body: { error: 'weg' } });
      const { url } = await mock({
        body: {
          type: MEETING_INDEX_TYPE,
          kind: 'upcoming',
          data: [{ id: '{{origin}}/x/meeting/1', type: 'https://schema.oparl.org/1.1/Meeting', name: '3. Sitzung des Beirats', start: '2027-01-12T17:00:00+01:00', organization: [missing.url] }],
        },
      });
      const { el } = await renderLoaded<MeetingList>(html`<meeting-list src=${url}></meeting-list>`);
      expect(visibleText($(el, '[part~="committee"]'))).to.equal('3. Sitzung des Beirats');
      expect(visibleText($(el, '[part~="notice"]'))).to.equal('Einige Angaben konnten nicht geladen werden; die Liste ist vielleicht unvollständig.');
      await expect(el).to.be.accessible();
    });

    it('marks a moved meeting as "geändert" (meetingState)', async () => {
      const { url } = await mock({
        body: {
          type: MEETING_INDEX_TYPE,
          kind: 'upcoming',
          data: [{ id: '{{origin}}/x/meeting/2', type: 'https://schema.oparl.org/1.1/Meeting', name: 'Beirat', start: '2027-01-12T18:00:00+01:00', meetingState: 'verschoben' }],
        },
      });
      const { el } = await renderLoaded<MeetingList>(html`<meeting-list src=${url}></meeting-list>`);
      expect(visibleText($(el, '.ml-status'))).to.equal('geändert Der Termin wurde geändert.');
    });

    it('fits 320 px without sideways scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      const { el } = await renderLoaded<MeetingList>(html`<meeting-list organization=${SOZIAL} show="both" feed="https://ris.herne.example/herne-widgets/organizations/12/meetings.ics"></meeting-list>`);
      expect(el.scrollWidth).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await setViewport({ width: 1024, height: 768 });
    });
  });
});
