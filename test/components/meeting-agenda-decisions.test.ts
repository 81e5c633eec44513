import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/meeting-agenda/define.js';
import type { MeetingAgenda } from '../../src/components/meeting-agenda/meeting-agenda.js';
import { setClock } from '../../src/core/clock.js';
import { clearFetchCache } from '../../src/core/fetch.js';
import { $, renderLoaded, until, visibleText } from '../helpers/widget.js';

/*
 * Opening decisions in place: <meeting-agenda> with <resolution-card>. A file of its own, so that its keyboard
 * input runs on a fresh page (Firefox's automated keyboard stopped activating buttons after earlier tests of
 * the agenda's file had changed the address and started a download).
 */

const SAMPLE = '/sample/oparl/v1.1';
const KEY_MEETING = `${SAMPLE}/meeting/4711`;
const itemById = (el: HTMLElement, anchor: string) => $(el, `li[id="${anchor}"]`);
const requestsTo = (fragment: string) => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.includes(fragment));

describe('<meeting-agenda> with decisions in place', () => {
  beforeEach(() => {
    clearFetchCache();
    setClock(Date.parse('2026-11-23T10:00:00+01:00'));
  });
  afterEach(() => setClock(undefined));

    /** The toggle of an item, once the agenda's enhancements have loaded. */
    async function toggleOf(el: MeetingAgenda, anchor: string): Promise<HTMLButtonElement> {
      await until(() => Boolean(itemById(el, anchor).querySelector('button[aria-controls]')));
      return itemById(el, anchor).querySelector<HTMLButtonElement>('button[aria-controls]')!;
    }

    it('opens an item’s decision as a <resolution-card> by keyboard, and closes it again', async () => {
      const { el } = await renderLoaded<MeetingAgenda>(html`<meeting-agenda src=${KEY_MEETING}></meeting-agenda>`);
      const button = await toggleOf(el, 'top-oe-4');
      expect(visibleText(button)).to.equal('Beschluss anzeigen zu TOP Ö 4');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const region = document.getElementById(button.getAttribute('aria-controls')!)!;
      expect(region.querySelector('resolution-card')).to.equal(null);
      button.focus();
      expect(document.activeElement, 'focused before Enter').to.equal(button);
      await sendKeys({ press: 'Enter' });
      await until(() => button.getAttribute('aria-expanded') === 'true');
      expect(button.getAttribute('aria-expanded'), 'expanded after Enter').to.equal('true');
      await until(() => Boolean(region.querySelector('resolution-card')?.textContent?.includes('Geändert beschlossen')), 5000);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(visibleText(button)).to.equal('Beschluss ausblenden zu TOP Ö 4');
      expect(visibleText(region.querySelector('resolution-card')!)).to.contain('Geändert beschlossen');
      expect(document.activeElement).to.equal(button);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(region.querySelector('resolution-card')).to.equal(null);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
    });

    it('offers no decision for non-public items or items without paper or result', async () => {
      const { el } = await renderLoaded<MeetingAgenda>(html`<meeting-agenda src=${KEY_MEETING}></meeting-agenda>`);
      await toggleOf(el, 'top-oe-4');
      expect(itemById(el, 'top-oe-15').querySelector(':scope > .ma-row button')).to.equal(null);
      expect(itemById(el, 'top-n-1').querySelector('button')).to.equal(null);
    });

    it('fetches nothing the agenda already has: not the meeting, not the committee', async () => {
      const { el } = await renderLoaded<MeetingAgenda>(html`<meeting-agenda src=${KEY_MEETING}></meeting-agenda>`);
      const button = await toggleOf(el, 'top-oe-9');
      performance.clearResourceTimings();
      button.click();
      const region = document.getElementById(button.getAttribute('aria-controls')!)!;
      await until(() => Boolean(region.querySelector('resolution-card')?.textContent?.includes('Beschlossen')));
      const requested = requestsTo('/sample/oparl/').map((url) => new URL(url).pathname);
      expect(requested).to.not.include(KEY_MEETING);
      expect(requested).to.not.include(`${SAMPLE}/organization/12`);
      await expect(el).to.be.accessible();
    });
  });
