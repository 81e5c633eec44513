import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import '../../src/components/meeting-agenda/define.js';
import type { MeetingAgenda } from '../../src/components/meeting-agenda/meeting-agenda.js';
import { setClock } from '../../src/core/clock.js';
import type { WidgetErrorEvent } from '../../src/core/events.js';
import { clearFetchCache } from '../../src/core/fetch.js';
import { hits, mock } from '../helpers/mock-api.js';
import { $, $$, canEmulateMedia, catchDownload, renderFailed, renderLoaded, until, visibleText } from '../helpers/widget.js';

const SAMPLE = '/sample/oparl/v1.1';
const KEY_MEETING = `${SAMPLE}/meeting/4711`;

/** The text of the accessible headings, in document order, with their levels. */
function headings(el: HTMLElement): string[] {
  return $$(el, '[role="heading"]').map((heading) => `${heading.getAttribute('aria-level')} ${visibleText(heading)}`);
}

function itemById(el: HTMLElement, anchor: string): HTMLElement {
  return $(el, `li[id="${anchor}"]`);
}

/** Requests the page made to a path, from the browser's own resource timing. */
function requestsTo(fragment: string): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes(fragment));
}

describe('<meeting-agenda>', () => {
  beforeEach(() => {
    clearFetchCache();
    performance.clearResourceTimings();
    setClock(Date.parse('2026-11-23T10:00:00+01:00'));
  });
  afterEach(() => setClock(undefined));

  describe('a meeting (src)', () => {
    it('shows the committee as title, the meeting name as subtitle, date, time, place and status', async () => {
      const { el } = await renderLoaded<MeetingAgenda>(html`<meeting-agenda src=${KEY_MEETING}></meeting-agenda>`);
      expect(visibleText($(el, '[part="title"]'))).to.equal('Ausschuss für Soziales, Arbeit, Gesundheit und Senioren');
      expect(visibleText($(el, '.ma-subtitle'))).to.equal('22. Sitzung des Ausschusses für Soziales, Arbeit, Gesundheit und Senioren');
      const facts = visibleText($(el, 'dl'));
      expect(facts).to.contain('Mittwoch, 8. Dezember 2021, 16:00 bis 17:50 Uhr');
      expect(facts).to.contain('Volkshaus Röhlinghausen');
      expect(facts).to.contain('Am Alten Hof 28');
      expect(facts).to.contain('44651 Herne');
      expect(facts).to.contain('beendet');
      expect(visibleText($(el, '.ma-updated'))).to.match(/^Stand: \d+\. \w+ 20\d\d/);
    });

    it('lists the agenda in a public and a non-public part, numbers verbatim, TOP Ö 15 without a result', async () => {
      const { el, event } = await renderLoaded<MeetingAgenda>(html`<meeting-agenda src=${KEY_MEETING}></meeting-agenda>`);
      expect(event.count).to.equal(20);
      expect(headings(el).filter((heading) => /Teil$/.test(heading))).to.deep.equal(['4 Öffentlicher Teil', '4 Nichtöffentlicher Teil']);
      const top15 = itemById(el, 'top-oe-15');
      expect(visibleText(top15.querySelector('.ma-number')!)).to.equal('Ö 15');
      expect(visibleText(top15.querySelector('.ma-item-title')!)).to.equal('Ö 15: Mitteilungen des Vorsitzenden und der Verwaltung');
      expect(top15.querySelector('.ma-result')).to.equal(null);
      expect(visibleText(itemById(el, 'top-oe-10'))).to.contain('Ergebnis: mehrheitlich abgelehnt (Ja: 3, Nein: 14, Enthaltungen: 1)');
    });

    it('nests sub-items in an ordered list inside their parent', async () => {
      const { el } = await renderLoaded<MeetingAgenda>(html`<meeting-agenda src=${KEY_MEETING}></meeting-agenda>`);
      const parent = itemById(el, 'top-oe-4');
      const children = [...parent.querySelectorAll(':scope > ol > li')].map((li) => li.id);
      expect(children).to.deep.equal(['top-oe-4-1', 'top-oe-4-2']);
      expect(parent.closest('ol')!.tagName).to.equal('OL');
    });

    it('shows the "hier:" line as a subtitle and publicity in words', async () => {
      const { el } = await renderLoaded<MeetingAgenda>(html`<meeting-agenda src=${KEY_MEETING}></meeting-agenda>`);
      const top3 = itemById(el, 'top-oe-3');
      expect(visibleText(top3.querySelector('.ma-item-subtitle')!)).to.match(/^hier: /);
      expect(visibleText(top3.querySelector('.ma-publicity')!)).to.equal('öffentlich');
      expect(visibleText(itemById(el, 'top-n-1').querySelector('.ma-publicity')!)).to.equal('nicht öffentlich');
    });

    it('gives non-public items no links at all', async () => {
      const { el } = await renderLoaded<MeetingAgenda>(html`<meeting-agenda src=${KEY_MEETING}></meeting-agenda>`);
      for (const anchor of ['top-n-1', 'top-n-2', 'top-n-3']) {
        expect(itemById(el, anchor).querySelectorAll('a')).to.have.length(0);
      }
    });

    it('links files with type and size, and lists the meeting documents once each', async () => {
      const { el } = await renderLoaded<MeetingAgenda>(html`<meeting-agenda src=${KEY_MEETING}></meeting-agenda>`);
      const file = itemById(el, 'top-oe-3').querySelector<HTMLAnchorElement>('ul.ma-files a')!;
      expect(visibleText(file)).to.match(/\(PDF, [\d,]+ kB\)$/);
      expect(file.href).to.match(/^http:\/\/(localhost|127\.0\.0\.1):\d+\/sample\/files\/.+\.pdf$/);
      const documents = $$<HTMLAnchorElement>(el, '[part="documents"] a').map((link) => visibleText(link));
      expect(documents[0]).to.match(/^Einladung/);
      expect(documents.some((name) => name.startsWith('Niederschrift'))).to.equal(true);
      expect(new Set(documents).size).to.equal(documents.length);
    });

    it('loads a paper chip (reference and type, linked to its page) when the item is in view', async () => {
      const { el } = await renderLoaded<MeetingAgenda>(html`<meeting-agenda src=${KEY_MEETING}></meeting-agenda>`);
      const top4 = itemById(el, 'top-oe-4');
      top4.scrollIntoView();
      let chip: HTMLAnchorElement | null = null;
      for (let i = 0; i < 50 && !chip; i += 1) {
        await aTimeout(50);
        chip = top4.querySelector<HTMLAnchorElement>(':scope > .ma-row a.ma-paper');
      }
      expect(chip, 'paper chip').to.not.equal(null);
      expect(visibleText(chip!)).to.equal('Vorlage 2021/0790 (Beschlussvorlage)');
      expect(chip!.href).to.match(/\/sample\/ris\/vorlage\/\d+$/);
    });

    it('renders from one request for the meeting plus one for the committee', async () => {
      // Let paper requests of earlier tests finish, so that only this widget's requests are counted.
      await aTimeout(300);
      performance.clearResourceTimings();
      let atRender: string[] = [];
      const record = () => (atRender = requestsTo('/sample/oparl/').map((url) => new URL(url).pathname));
      document.addEventListener('widget-loaded', record, { once: true });
      await renderLoaded<MeetingAgenda>(html`<meeting-agenda src=${KEY_MEETING}></meeting-agenda>`);
      expect(atRender).to.deep.equal([KEY_MEETING, `${SAMPLE}/organization/12`]);
    });

    it('makes one request in all for ten agendas with the same src', async () => {
      const committee = await mock({ body: { id: '{{origin}}/committee', type: 'https://schema.oparl.org/1.1/Organization', name: 'Rat' } });
      const meeting = await mock({
        delayMs: 100,
        body: { id: 'https://x.example/m/1', type: 'https://schema.oparl.org/1.1/Meeting', start: '2021-12-08T16:00:00+01:00', organization: [committee.url], agendaItem: [] },
      });
      const loaded = new Promise<void>((resolve) => {
        let count = 0;
        document.addEventListener('widget-loaded', function onLoaded() {
          count += 1;
          if (count === 10) {
            document.removeEventListener('widget-loaded', onLoaded);
            resolve();
          }
        });
      });
      await fixture(html`<div>${Array.from({ length: 10 }, () => html`<meeting-agenda src=${meeting.url}></meeting-agenda>`)}</div>`);
      await loaded;
      expect(await hits(meeting.id)).to.equal(1);
      expect(await hits(committee.id)).to.equal(1);
    });

    it('has no accessibility violations when loaded', async () => {
      const { el } = await renderLoaded<MeetingAgenda>(html`<meeting-agenda src=${KEY_MEETING}></meeting-agenda>`);
      await expect(el).to.be.accessible();
    });

    it('nests its headings below heading-level', async () => {
      const { el } = await renderLoaded<MeetingAgenda>(html`<meeting-agenda src=${KEY_MEETING} heading-level="3"></meeting-agenda>`);
      const all = headings(el);
      expect(all[0]).to.equal('3 Ausschuss für Soziales, Arbeit, Gesundheit und Senioren');
      expect(all[1]).to.equal('4 Tagesordnung');
      expect(all[2]).to.equal('5 Öffentlicher Teil');
      expect(all[3]).to.match(/^6 Ö 1: /);
    });
  });

  describe('meeting states', () => {
    it('shows a cancelled meeting struck through, with a notice, keeping the agenda', async () => {
      const { el } = await renderLoaded<MeetingAgenda>(html`<meeting-agenda src=${`${SAMPLE}/meeting/4733`}></meeting-agenda>`);
      expect(visibleText($(el, '[part="notice"]'))).to.equal('Diese Sitzung wurde abgesagt. Die Tagesordnung bleibt zur Information sichtbar.');
      expect($(el, 'dl s').textContent).to.contain('16. Februar 2022');
      expect(visibleText($(el, '.ma-badge'))).to.equal('abgesagt');
      expect($$(el, 'li[part="item"]').length).to.be.above(3);
      await expect(el).to.be.accessible();
    });

    it('says "läuft gerade" during the meeting and "geplant" before it', async () => {
      setClock(Date.parse('2021-12-08T16:30:00+01:00'));
      const running = await renderLoaded<MeetingAgenda>(html`<meeting-agenda src=${KEY_MEETING}></meeting-agenda>`);
      expect(visibleText($(running.el, '.ma-badge'))).to.equal('läuft gerade');
      setClock(Date.parse('2021-12-01T09:00:00+01:00'));
      const upcoming = await renderLoaded<MeetingAgenda>(html`<meeting-agenda src=${KEY_MEETING}></meeting-agenda>`);
      expect(visibleText($(upcoming.el, '.ma-badge'))).to.equal('geplant');
    });

    it('says "Ende offen" when the end is unknown and shows an empty agenda in words', async () => {
      const { el } = await renderLoaded<MeetingAgenda>(html`<meeting-agenda src=${`${SAMPLE}/meeting/5301`}></meeting-agenda>`);
      expect(visibleText($(el, 'dl'))).to.contain('Mittwoch, 10. Februar 2027, 16:00 Uhr, Ende offen');
      expect(visibleText(el)).to.contain('Die Tagesordnung ist noch nicht veröffentlicht.');
      await expect(el).to.be.accessible();
    });
    it('does not show a "Sammeldatum" placeholder as a real meeting: no status, no calendar entry (issue 9)', async () => {
      setClock(Date.parse('2022-01-05T09:00:00+01:00'));
      const { url } = await mock({
        body: { id: 'https://ris.example/meeting/99', type: 'https://schema.oparl.org/1.1/Meeting', name: 'Sammeldatum', start: '2021-12-31T18:00:00+01:00', agendaItem: [] },
      });
      const { el } = await renderLoaded<MeetingAgenda>(html`<meeting-agenda src=${url}></meeting-agenda>`);
      setClock(undefined);
      expect(visibleText(el)).not.to.contain('beendet');
      expect(el.querySelector('.ma-badge')).to.equal(null);
      expect($$(el, 'button').map(visibleText)).not.to.include('In den Kalender eintragen');
      expect(visibleText(el)).not.to.match(/Kalender/);
    });
  });

  describe('a committee (organization)', () => {
    it('shows the next meeting and says so', async () => {
      const { el } = await renderLoaded<MeetingAgenda>(html`<meeting-agenda organization=${`${SAMPLE}/organization/12`}></meeting-agenda>`);
      expect(visibleText($(el, '.ma-choice'))).to.equal('Nächste Sitzung');
      expect(visibleText($(el, 'dl'))).to.contain('10. Februar 2027');
    });

    it('shows the latest past meeting when none is upcoming, and says so', async () => {
      setClock(Date.parse('2027-06-01T10:00:00+02:00'));
      const { el } = await renderLoaded<MeetingAgenda>(html`<meeting-agenda organization=${`${SAMPLE}/organization/12`}></meeting-agenda>`);
      expect(visibleText($(el, '.ma-choice'))).to.equal('Letzte Sitzung – eine weitere Sitzung ist noch nicht angekündigt.');
      expect(visibleText($(el, 'dl'))).to.contain('10. Februar 2027');
    });

    it('says so when the committee has no meetings', async () => {
      const list = await mock({ status: 404, body: { error: 'Die angeforderte Ressource wurde nicht gefunden.', code: 802 } });
      const committee = await mock({ body: { id: '{{origin}}/c', type: 'https://schema.oparl.org/1.0/Organization', name: 'Beirat', meeting: list.url } });
      const { el } = await renderLoaded<MeetingAgenda>(html`<meeting-agenda organization=${committee.url}></meeting-agenda>`);
      expect(visibleText(el)).to.equal('Für dieses Gremium sind keine Sitzungen veröffentlicht.');
      await expect(el).to.be.accessible();
    });
  });

  describe('loading and errors', () => {
    it('shows loading as a status, then replaces it', async () => {
      const slow = await mock({ delayMs: 400, body: { id: 'https://x.example/m/1', type: 'https://schema.oparl.org/1.1/Meeting', name: 'Sitzung' } });
      const el = await fixture<MeetingAgenda>(html`<meeting-agenda src=${slow.url}></meeting-agenda>`);
      const status = $(el, '[role="status"]');
      expect(visibleText(status)).to.equal('Die Tagesordnung wird geladen …');
      await expect(el).to.be.accessible();
      await oneEvent(el, 'widget-loaded');
      expect(visibleText($(el, '[role="status"]'))).to.equal('');
    });

    it('says in plain German what failed, and "Erneut versuchen" loads again', async () => {
      const flaky = await mock({
        failTimes: 1,
        failStatus: 500,
        body: { id: 'https://x.example/m/1', type: 'https://schema.oparl.org/1.1/Meeting', name: 'Sitzung am Ende doch geladen' },
      });
      const { el, event } = await renderFailed<MeetingAgenda>(html`<meeting-agenda src=${flaky.url}></meeting-agenda>`);
      expect(event.kind).to.equal('http');
      expect(event.status).to.equal(500);
      const alert = $(el, '[role="alert"]');
      expect(visibleText(alert)).to.contain('Die Tagesordnung konnte nicht geladen werden.');
      expect(visibleText(alert)).to.contain('Der Server meldet eine Störung (Fehler 500).');
      await expect(el).to.be.accessible();
      const retry = $<HTMLButtonElement>(el, 'button[part="retry-button"]');
      expect(visibleText(retry)).to.equal('Erneut versuchen');
      retry.focus();
      const loaded = oneEvent(el, 'widget-loaded');
      await sendKeys({ press: 'Enter' });
      await loaded;
      expect(visibleText($(el, '[part="title"]'))).to.equal('Sitzung am Ende doch geladen');
      // Focus stays in the widget instead of falling back to the page.
      expect(document.activeElement?.classList.contains('hw-state')).to.equal(true);
    });

    const failures: [string, () => Promise<{ url: string }>, RegExp, number?][] = [
      ['HTTP 404', () => mock({ status: 404, body: '' }), /nicht gefunden \(Fehler 404\)/],
      ['malformed JSON', () => mock({ body: '{"id": "https://x.example/m/1", "name": "kaputt' }), /beschädigt/],
      ['the broken Braunschweig ALLRIS answer', () => mock({ file: 'test/fixtures/oparl/meine-stadt-transparent/braunschweig_paper.broken_json' }), /beschädigt/],
      ['a paper where a meeting belongs', () => mock({ file: 'test/fixtures/oparl/karlsruhe/papers/54151.json' }), /erwartete Format/],
      ['a server that never answers', () => mock({ hang: true }), /nicht rechtzeitig geantwortet/, 0.3],
      ['a refused connection', () => Promise.resolve({ url: 'http://127.0.0.1:9/meeting/1' }), /nicht erreichbar/],
    ];
    for (const [name, make, message, timeout] of failures) {
      it(`shows a clear error for ${name}`, async () => {
        const { url } = await make();
        const { el } = await renderFailed<MeetingAgenda>(html`<meeting-agenda src=${url} timeout=${timeout ?? 15}></meeting-agenda>`);
        expect(visibleText($(el, '[role="alert"]'))).to.match(message);
      });
    }

    it('asks for a source when neither src nor organization is set', async () => {
      const el = await fixture<MeetingAgenda>(html`<meeting-agenda></meeting-agenda>`);
      expect(visibleText(el)).to.contain('Es ist keine Sitzung angegeben.');
      await expect(el).to.be.accessible();
    });

    it('still renders when the committee is members-only: the meeting name stands in', async () => {
      const locked = await mock({ status: 403, body: { error: 'Nur für Ratsmitglieder' } });
      const meeting = await mock({ body: { id: 'https://x.example/m/1', type: 'https://schema.oparl.org/1.1/Meeting', name: '5. Sitzung des Beirats', organization: [locked.url], agendaItem: [] } });
      const { el } = await renderLoaded<MeetingAgenda>(html`<meeting-agenda src=${meeting.url}></meeting-agenda>`);
      expect(visibleText($(el, '[part="title"]'))).to.equal('5. Sitzung des Beirats');
    });

    it('says "Vorlage nicht öffentlich verfügbar" when the paper is members-only', async () => {
      const locked = await mock({ status: 401, body: {} });
      const meeting = await mock({
        body: {
          id: 'https://x.example/m/1',
          type: 'https://schema.oparl.org/1.1/Meeting',
          agendaItem: [{ id: 'https://x.example/a/1', number: '1', name: 'Bebauungsplan', public: true, consultation: locked.url }],
        },
      });
      const { el } = await renderLoaded<MeetingAgenda>(html`<meeting-agenda src=${meeting.url}></meeting-agenda>`);
      let note: Element | null = null;
      for (let i = 0; i < 50 && !note; i += 1) {
        await aTimeout(40);
        note = el.querySelector('.ma-paper.ma-unavailable');
      }
      expect(visibleText(note!)).to.equal('Vorlage nicht öffentlich verfügbar');
    });

    it('stops loading when removed from the page, without an error', async () => {
      const slow = await mock({ hang: true });
      const el = await fixture<MeetingAgenda>(html`<meeting-agenda src=${slow.url}></meeting-agenda>`);
      let errored: WidgetErrorEvent | undefined;
      el.addEventListener('widget-error', (event) => (errored = event));
      el.remove();
      await aTimeout(100);
      expect(errored).to.equal(undefined);
    });

    it('shows only the latest source when src changes while loading', async () => {
      const first = await mock({ delayMs: 400, body: { id: 'https://x.example/m/1', type: 'https://schema.oparl.org/1.1/Meeting', name: 'Alte Sitzung' } });
      const second = await mock({ body: { id: 'https://x.example/m/2', type: 'https://schema.oparl.org/1.1/Meeting', name: 'Neue Sitzung' } });
      const el = await fixture<MeetingAgenda>(html`<meeting-agenda src=${first.url}></meeting-agenda>`);
      el.src = second.url;
      await oneEvent(el, 'widget-loaded');
      await aTimeout(500);
      expect(visibleText($(el, '[part="title"]'))).to.equal('Neue Sitzung');
    });
  });

  describe('hostile data', () => {
    it('renders markup, scripts, handlers and javascript: URLs as inert text and makes no such link', async () => {
      const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
      const meeting = await mock({
        body: {
          id: 'https://x.example/m/1',
          type: 'https://schema.oparl.org/1.1/Meeting',
          name: payload,
          web: 'javascript:window.__pwned=3',
          start: '2021-12-08T16:00:00+01:00',
          location: { room: payload, streetAddress: '<b onmouseover=alert(1)>Straße</b>' },
          invitation: { name: payload, fileName: '"><svg onload=alert(1)>.pdf', accessUrl: 'javascript:alert(1)', mimeType: '<i>pdf</i>' },
          agendaItem: [
            { id: 'https://x.example/a/1', number: '<u>1</u>', name: payload, public: true, result: payload, auxiliaryFile: [{ name: payload, accessUrl: 'data:text/html,<script>alert(1)</script>' }] },
            { id: 'javascript:alert(1)', number: '2', name: 'Zweiter Punkt', consultation: 'javascript:alert(2)' },
          ],
        },
      });
      const { el } = await renderLoaded<MeetingAgenda>(html`<meeting-agenda src=${meeting.url}></meeting-agenda>`);
      const root = el;
      expect(root.querySelectorAll('img, script, svg, b, u, i')).to.have.length(0);
      expect([...root.querySelectorAll('a')].every((link) => /^(https?:|#)/.test(link.getAttribute('href') ?? ''))).to.equal(true);
      expect(visibleText($(el, '[part="title"]'))).to.equal(payload);
      expect(visibleText(itemById(el, 'top-u-1-u'))).to.contain(payload);
      await aTimeout(50);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('survives wrong types in every field', async () => {
      const meeting = await mock({
        body: { id: 'https://x.example/m/1', type: 'https://schema.oparl.org/1.1/Meeting', name: { de: 'x' }, start: 12, end: true, location: [1, 2], organization: 5, agendaItem: { number: 1, name: ['a'] }, auxiliaryFile: 'x' },
      });
      const { el } = await renderLoaded<MeetingAgenda>(html`<meeting-agenda src=${meeting.url}></meeting-agenda>`);
      expect(visibleText($(el, '[part="title"]'))).to.equal('Ohne Bezeichnung');
      expect(visibleText(el)).to.contain('Uhrzeit nicht angegeben');
      await expect(el).to.be.accessible();
    });
  });

  describe('language', () => {
    it('speaks English from its own lang attribute', async () => {
      const { el } = await renderLoaded<MeetingAgenda>(html`<meeting-agenda lang="en" src=${KEY_MEETING}></meeting-agenda>`);
      expect(headings(el)).to.include('3 Agenda');
      expect(visibleText($(el, 'dl'))).to.contain('Wednesday, 8 December 2021, 16:00 to 17:50');
      expect(visibleText(itemById(el, 'top-n-1').querySelector('.ma-publicity')!)).to.equal('not public');
      await expect(el).to.be.accessible();
    });

    it('follows the closest [lang] and changes language when it changes', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="en-GB"><meeting-agenda></meeting-agenda></div>`);
      const el = wrapper.querySelector('meeting-agenda')!;
      expect(visibleText(el)).to.contain('No meeting is given.');
      wrapper.setAttribute('lang', 'de');
      await aTimeout(0);
      await el.updateComplete;
      expect(visibleText(el)).to.contain('Es ist keine Sitzung angegeben.');
    });
  });

  describe('keyboard and links', () => {
    it('reaches every control with Tab, in reading order, and then leaves for the page', async () => {
      // A button after the widget keeps Tab inside the page (in Firefox, tabbing out of the page moves focus
      // into the browser's own toolbar, where later tests' key presses would go).
      const { el } = await renderLoaded<MeetingAgenda>(html`<div><meeting-agenda src=${`${SAMPLE}/meeting/5301`}></meeting-agenda><button>Seite</button></div>`);
      const names: string[] = [];
      el.querySelector<HTMLElement>('a, button')!.focus();
      for (let i = 0; i < 3; i += 1) {
        if (i > 0) await sendKeys({ press: 'Tab' });
        const active = document.activeElement as HTMLElement | null;
        names.push(active ? visibleText(active) : '');
      }
      expect(names).to.deep.equal(['In den Kalender eintragen', 'Im Ratsinformationssystem öffnen', 'Seite']);
    });

    it('offers a link to each public item and shows and focuses the item the URL points to', async () => {
      const { el } = await renderLoaded<MeetingAgenda>(html`<meeting-agenda src=${KEY_MEETING}></meeting-agenda>`);
      const link = itemById(el, 'top-oe-15').querySelector<HTMLAnchorElement>('a.ma-permalink')!;
      expect(link.getAttribute('href')).to.equal('#top-oe-15');
      expect(link.getAttribute('aria-label')).to.equal('Link zu Tagesordnungspunkt Ö 15');
      const changed = oneEvent(window, 'hashchange');
      link.click();
      await changed;
      await until(() => document.activeElement?.id === 'top-oe-15' && itemById(el, 'top-oe-15').classList.contains('ma-targeted'));
      expect(document.activeElement?.id).to.equal('top-oe-15');
      expect(itemById(el, 'top-oe-15').classList.contains('ma-targeted')).to.equal(true);
      history.replaceState(null, '', location.pathname + location.search);
    });

    it('opens on the item named in the address', async () => {
      history.replaceState(null, '', '#top-oe-9');
      await renderLoaded<MeetingAgenda>(html`<meeting-agenda src=${KEY_MEETING}></meeting-agenda>`);
      await until(() => document.activeElement?.id === 'top-oe-9');
      expect(document.activeElement?.id).to.equal('top-oe-9');
      history.replaceState(null, '', location.pathname + location.search);
    });

    it('makes a calendar file with the meeting, in Berlin time', async () => {
      const { el } = await renderLoaded<MeetingAgenda>(html`<meeting-agenda src=${KEY_MEETING}></meeting-agenda>`);
      // The download is a click on a temporary link (the calendar code loads on demand); caught before the browser saves a file.
      const download = catchDownload(el);
      const button = $$<HTMLButtonElement>(el, 'button').find((candidate) => visibleText(candidate) === 'In den Kalender eintragen')!;
      button.click();
      const { name, text } = await download;
      expect(name).to.equal('sitzung-2021-12-08-ausschuss-fuer-soziales-arbeit-gesundheit-und-senioren.ics');
      expect(text).to.contain('DTSTART;TZID=Europe/Berlin:20211208T160000');
      expect(text).to.contain('DTEND;TZID=Europe/Berlin:20211208T175000');
      expect(text).to.match(/UID:http:\/\/(localhost|127\.0\.0\.1):\d+\/sample\/oparl\/v1\.1\/meeting\/4711/);
      expect(text).to.contain('STATUS:CONFIRMED');
    });

    it('shows a meeting whose start is a bare date without a time, and makes an all-day calendar event of it', async () => {
      // Real servers send "2027-01-14" though OParl says date-time; no time of day may be made up for it.
      const meeting = await mock({
        body: { id: 'https://ris.example/meeting/1', type: 'https://schema.oparl.org/1.1/Meeting', name: 'Beirat für Menschen mit Behinderungen', start: '2027-01-14', end: '2027-01-14' },
      });
      const { el } = await renderLoaded<MeetingAgenda>(html`<meeting-agenda src=${meeting.url}></meeting-agenda>`);
      const date = $(el, 'dl dd');
      expect(visibleText(date)).to.equal('Donnerstag, 14. Januar 2027 (Uhrzeit nicht angegeben)');
      expect(visibleText($(el, '[part="header"]'))).not.to.match(/\d:\d\d|\bUhr\b/);
      expect($(date, 'time').getAttribute('datetime')).to.equal('2027-01-14');
      const download = catchDownload(el);
      $$<HTMLButtonElement>(el, 'button').find((candidate) => visibleText(candidate) === 'In den Kalender eintragen')!.click();
      const { name, text } = await download;
      expect(name).to.equal('sitzung-2027-01-14-beirat-fuer-menschen-mit-behinderungen.ics');
      const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
      expect([event.startDate.isDate, event.startDate.toString(), event.endDate.toString()]).to.deep.equal([true, '2027-01-14', '2027-01-15']);
      expect(text).to.contain('DTSTART;VALUE=DATE:20270114');
    });
  });

  describe('layout', () => {
    afterEach(async () => {
      await setViewport({ width: 800, height: 600 });
      if (canEmulateMedia()) await emulateMedia({ media: 'screen', forcedColors: 'none' });
    });

    it('prints the whole agenda without the controls', async function () {
      if (!canEmulateMedia()) this.skip();
      const { el } = await renderLoaded<MeetingAgenda>(html`<meeting-agenda src=${KEY_MEETING}></meeting-agenda>`);
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle($(el, '.ma-actions')).display).to.equal('none');
      expect($$(el, '.ma-permalink').every((link) => getComputedStyle(link).display === 'none')).to.equal(true);
      expect($$(el, 'li[part="item"]').filter((item) => getComputedStyle(item).display !== 'none')).to.have.length(20);
    });

    it('follows a dark colour scheme set by the page, and stays light on a page that sets none', async () => {
      const light = await renderLoaded<MeetingAgenda>(html`<meeting-agenda src=${KEY_MEETING}></meeting-agenda>`);
      expect(getComputedStyle(light.el).backgroundColor).to.equal('rgb(255, 255, 255)');
      const dark = await renderLoaded<MeetingAgenda>(html`<div style="color-scheme: dark"><meeting-agenda src=${KEY_MEETING}></meeting-agenda></div>`);
      expect(getComputedStyle(dark.el).backgroundColor).to.equal('rgb(22, 24, 27)');
      expect(getComputedStyle(dark.el).color).to.equal('rgb(241, 241, 241)');
      await expect(dark.el).to.be.accessible();
    });

    it('stops the loading animation when the person prefers reduced motion', async function () {
      if (!canEmulateMedia()) this.skip();
      await emulateMedia({ reducedMotion: 'reduce' });
      const slow = await mock({ delayMs: 500, body: { id: 'https://x.example/m/1', type: 'https://schema.oparl.org/1.1/Meeting' } });
      const el = await fixture<MeetingAgenda>(html`<meeting-agenda src=${slow.url}></meeting-agenda>`);
      const spinner = getComputedStyle($(el, '.hw-status.hw-loading'), '::before');
      expect(parseFloat(spinner.animationDuration)).to.be.below(0.01);
      await emulateMedia({ reducedMotion: 'no-preference' });
    });

    it('keeps outlines and focus visible in forced colours', async function () {
      if (!canEmulateMedia()) this.skip();
      const { el } = await renderLoaded<MeetingAgenda>(html`<meeting-agenda src=${`${SAMPLE}/meeting/4733`}></meeting-agenda>`);
      await emulateMedia({ forcedColors: 'active' });
      expect(getComputedStyle($(el, '[part="notice"]')).borderTopStyle).to.equal('solid');
      expect(getComputedStyle($(el, '.ma-badge')).borderTopStyle).to.equal('solid');
      const button = $(el, '.ma-actions .hw-button');
      button.focus();
      expect(getComputedStyle(button).borderTopStyle).to.equal('solid');
      await expect(el).to.be.accessible();
    });

    it('reflows at 320 px without horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      const { el } = await renderLoaded<MeetingAgenda>(html`<meeting-agenda src=${KEY_MEETING}></meeting-agenda>`);
      const article = $(el, 'article');
      expect(article.scrollWidth).to.be.at.most(article.clientWidth + 1);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
    });
  });
});
