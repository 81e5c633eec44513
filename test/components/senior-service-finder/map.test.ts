import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/senior-service-finder/define.js';
import type { SeniorServiceFinder } from '../../../src/components/senior-service-finder/senior-service-finder.js';
import { hits, mock } from '../../helpers/mock-api.js';
import { SAMPLE, find, press, resetPage, restorePage, root, text, waitFor } from './helpers.js';

/**
 * A stand-in for the page's <consent-banner>: the consent API of core/consent-client.ts, driven by the test.
 * Like the real one, whenGranted() rejects for a service its configuration does not list.
 */
class FakeConsentBanner extends HTMLElement {
  granted = false;
  shown = 0;
  /** The services the configuration lists (the real built-in one has no map service). */
  services = ['openstreetmap'];
  private waiting: Array<() => void> = [];
  has(service: string): boolean {
    return this.granted && this.services.includes(service);
  }
  whenGranted(service: string): Promise<void> {
    if (!this.services.includes(service)) return Promise.reject(new Error(`<consent-banner>: „${service}“ unbekannt`));
    return this.granted ? Promise.resolve() : new Promise((resolve) => this.waiting.push(resolve));
  }
  show(): void {
    this.shown += 1;
  }
  grant(): void {
    this.granted = true;
    this.waiting.splice(0).forEach((resolve) => resolve());
  }
}
customElements.define('consent-banner', FakeConsentBanner);

async function tiles(): Promise<{ id: string; template: string }> {
  const { id, url } = await mock({ status: 404, body: {} });
  return { id, template: `${url}/{z}/{x}/{y}.png` };
}

async function results(el: SeniorServiceFinder): Promise<void> {
  // The tiles show while the data still loads (issue 11); their counts come with the data.
  await waitFor(() => root(el).querySelector('.ssf-tile .ssf-meta'), 'the start screen with its data');
  await press(el, find(el, '.ssf-tile', 'Beratung'));
}

describe('<senior-service-finder>: the optional map', () => {
  beforeEach(resetPage);
  afterEach(() => {
    restorePage();
    document.querySelectorAll('consent-banner').forEach((banner) => banner.remove());
  });

  it('is off unless the site enables it', async () => {
    const el = await fixture<SeniorServiceFinder>(html`<senior-service-finder no-hash src=${SAMPLE}></senior-service-finder>`);
    await results(el);
    expect(text(root(el))).to.not.include('Karte');
  });

  it('without a consent banner loads tiles only when the person presses "Karte anzeigen"', async () => {
    const { id, template } = await tiles();
    const el = await fixture<SeniorServiceFinder>(html`<senior-service-finder no-hash map src=${SAMPLE} map-tiles=${template}></senior-service-finder>`);
    await results(el);
    const open = find(el, 'button', 'Karte anzeigen');
    expect(open.getAttribute('aria-expanded')).to.equal('false');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await hits(id)).to.equal(0);
    await press(el, open);
    const map = await waitFor(() => root(el).querySelector('.ssf-map .leaflet-marker-icon') && root(el).querySelector('.ssf-map'), 'the map');
    expect(map.getAttribute('role')).to.equal('region');
    expect(map.getAttribute('aria-label')).to.equal('Karte der gefundenen Angebote');
    // Leaflet owns these nodes: ReadSpeaker's preserve class keeps its word highlighting out of them.
    expect(map.classList.contains('rs_preserve')).to.be.true;
    await waitFor(async () => (await hits(id)) > 0, 'tile requests');
    // Markers carry the card number and the name, and open the offer from the keyboard.
    const marker = root(el).querySelector<HTMLElement>('.leaflet-marker-icon')!;
    expect(marker.getAttribute('aria-label')).to.match(/^1: /);
    expect(marker.getAttribute('role')).to.equal('button');
    marker.focus();
    await sendKeys({ press: 'Enter' });
    await waitFor(() => root(el).querySelector('article.ssf-detail'), 'the detail view');
  });

  it('with a consent banner waits for consent before any tile is requested', async () => {
    const banner = document.body.appendChild(document.createElement('consent-banner')) as unknown as FakeConsentBanner;
    const { id, template } = await tiles();
    const el = await fixture<SeniorServiceFinder>(html`<senior-service-finder no-hash map src=${SAMPLE} map-tiles=${template}></senior-service-finder>`);
    await results(el);
    await press(el, find(el, 'button', 'Karte anzeigen'));
    await waitFor(() => text(root(el)).includes('Dafür brauchen wir Ihre Einwilligung.'), 'the consent notice');
    expect(text(find(el, '.ssf-notice', 'Einwilligung'))).to.include(new URL(template.replace(/[{}]/g, '')).host);
    await press(el, find(el, 'button', 'Einwilligung geben'));
    expect(banner.shown).to.equal(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await hits(id)).to.equal(0);
    expect(root(el).querySelector('.ssf-map')).to.equal(null);
    await expect(el).to.be.accessible();
    banner.grant();
    await waitFor(() => root(el).querySelector('.ssf-map .leaflet-marker-icon'), 'the map after consent');
    await waitFor(async () => (await hits(id)) > 0, 'tile requests');
  });

  it('with a consent banner that does not know the tile service: loads only when the person presses "Karte anzeigen", as without a banner', async () => {
    const banner = document.body.appendChild(document.createElement('consent-banner')) as unknown as FakeConsentBanner;
    banner.services = ['essential', 'youtube'];
    const { id, template } = await tiles();
    const el = await fixture<SeniorServiceFinder>(html`<senior-service-finder no-hash map src=${SAMPLE} map-tiles=${template}></senior-service-finder>`);
    await results(el);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await hits(id)).to.equal(0);
    const seen: string[] = [];
    const watch = new MutationObserver(() => seen.push(text(root(el))));
    watch.observe(root(el), { childList: true, subtree: true, characterData: true });
    await press(el, find(el, 'button', 'Karte anzeigen'));
    await waitFor(() => root(el).querySelector('.ssf-map .leaflet-marker-icon'), 'the map');
    await waitFor(async () => (await hits(id)) > 0, 'tile requests');
    watch.disconnect();
    expect(seen.some((shown) => shown.includes('Einwilligung')), 'no consent notice, not even for a moment').to.be.false;
    expect(banner.shown).to.equal(0);
  });
});
