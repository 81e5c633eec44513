import { nothing, type TemplateResult } from 'lit';
import { scopeCss } from '../../core/scoped-styles.js';
import { html } from '../../core/template.js';
import { divIcon, latLngBounds, map as leafletMap, marker, tileLayer, type Map as LeafletMap, type Marker } from 'leaflet/dist/leaflet-src.esm.js';
import { findConsent } from '../../core/consent-client.js';
import type { Catalogue as Texts } from '../../core/i18n.js';
import type { Offer } from '../../hsds/finder/catalogue.js';
import { mapMessages } from './map.messages.js';

/*
 * The optional map of the results, loaded only when a person presses "Karte anzeigen" (Leaflet is not part of
 * the element's budget). Its tiles come from a third party, so they load only after that press and, when the
 * page has a <consent-banner> that knows the tile service, only after consent. Markers carry their card's
 * number and the offer's name, are reachable by keyboard and open the offer.
 */

/** What the panel reads of the finder: its attributes for the map, its root, its updates. */
export interface MapHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly localName: string;
  getRootNode(): Node;
  readonly updateComplete: Promise<unknown>;
  requestUpdate(): void;
  /** `map-tiles`, `map-attribution`, `map-consent`; defaults here, so that they cost the finder nothing. */
  readonly mapTiles?: string | undefined;
  readonly mapAttribution?: string | undefined;
  readonly mapConsent?: string | undefined;
}

const DEFAULT_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/** The part of Leaflet's stylesheet the map needs and the map's own, adopted into the shadow root (no inline styles: strict CSP). */
const LEAFLET_CSS = `
.leaflet-pane,.leaflet-tile,.leaflet-marker-icon,.leaflet-tile-container,.leaflet-pane>svg,.leaflet-layer{position:absolute;left:0;top:0}
.leaflet-container{overflow:hidden;position:relative;touch-action:none;background:#ddd}
.leaflet-tile,.leaflet-marker-icon{user-select:none}
.leaflet-marker-icon{display:block}
.leaflet-container .leaflet-tile,.leaflet-container .leaflet-tile-pane img{max-width:none!important;max-height:none!important;width:auto;padding:0}
.leaflet-tile{visibility:hidden}.leaflet-tile-loaded{visibility:inherit}
.leaflet-pane{z-index:400}.leaflet-tile-pane{z-index:200}.leaflet-marker-pane{z-index:600}
.leaflet-control{position:relative;z-index:800;pointer-events:auto;float:left;clear:both}
.leaflet-top,.leaflet-bottom{position:absolute;z-index:1000;pointer-events:none}
.leaflet-top{top:0}.leaflet-bottom{bottom:0}.leaflet-left{left:0}.leaflet-right{right:0}
.leaflet-right .leaflet-control{float:right}.leaflet-top .leaflet-control{margin-top:10px}.leaflet-left .leaflet-control{margin-left:10px}
.leaflet-control-zoom a{display:block;width:44px;height:44px;line-height:44px;text-align:center;font-size:1.5rem;background:#fff;color:#1b1b1b;border:2px solid #1b1b1b;text-decoration:none}
.leaflet-control-attribution{background:#fff;color:#1b1b1b;padding:0 5px;font-size:0.875rem}
.ssf-map{height:24rem;border:2px solid var(--_color-border)}
.ssf-marker{display:grid;place-items:center;border-radius:50%;background:var(--_color-accent);color:var(--_color-on-accent);font-weight:700}
`;
let sheet: CSSStyleSheet | undefined;

export class MapPanel {
  private state: 'consent' | 'loading' | 'on' | 'failed' = 'loading';
  private view: LeafletMap | undefined;
  private markers: Marker[] = [];
  private offers: readonly Offer[] = [];
  private closed = false;
  /** Tile URL template, attribution (plain text) and the consent banner's name for the tile service. */
  private readonly tiles: string;
  private readonly attribution: string;
  private readonly consentService: string;

  /** `select` opens an offer (a marker pressed), `hide` is the finder's answer to "Karte ausblenden". */
  constructor(
    private readonly host: MapHost,
    private readonly select: (id: string) => void,
    private readonly hide: () => void,
  ) {
    this.tiles = host.mapTiles || DEFAULT_TILES;
    this.attribution = host.mapAttribution ?? '© OpenStreetMap';
    this.consentService = host.mapConsent || 'openstreetmap';
  }

  /**
   * Asks for consent where the page's banner knows the tile service, then builds the map once its container
   * has rendered. A banner whose configuration does not list the service cannot ask for it (its whenGranted
   * rejects at once): then the press of "Karte anzeigen" counts, as on a page without a banner.
   */
  async open(): Promise<void> {
    const consent = findConsent();
    if (consent && !consent.has(this.consentService)) {
      const answered = consent.whenGranted(this.consentService).catch(() => undefined);
      // The notice shows only when the answer does not come at once, so a banner that does not know the service
      // never flashes it.
      const notice = setTimeout(() => this.set('consent'));
      await answered;
      clearTimeout(notice);
      if (this.closed) return;
    }
    this.set('loading');
    await this.host.updateComplete;
    const container = this.host.renderRoot.querySelector<HTMLElement>('.ssf-map');
    if (this.closed || !container) return;
    try {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(scopeCss(this.host.localName, LEAFLET_CSS));
      }
      // The finder renders into the light DOM: Leaflet's rules join the document (or shadow root) it is in,
      // scoped to the finder's tag, as a constructed sheet (no <style> under a strict CSP).
      const root = this.host.getRootNode() as Document | ShadowRoot;
      if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      // No animations: calmer for the eyes, and nothing still moving when the map is closed.
      this.view = leafletMap(container, { center: [51.5386, 7.2257], zoom: 13, zoomAnimation: false, fadeAnimation: false, markerZoomAnimation: false });
      this.view.attributionControl.setPrefix(false);
      // Leaflet writes the attribution as HTML; here it is plain text.
      tileLayer(this.tiles, { attribution: this.attribution.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`), maxZoom: 19 }).addTo(this.view);
      this.set('on');
      this.update(this.offers);
    } catch {
      this.set('failed');
    }
  }

  /** Shows the markers of these offers (numbered as their cards). */
  update(offers: readonly Offer[]): void {
    this.offers = offers;
    const view = this.view;
    if (!view) return;
    this.markers.forEach((m) => m.remove());
    const points: Array<[number, number]> = [];
    this.markers = offers.flatMap((offer, index) => {
      const place = offer.service.places.find((p) => p.latitude !== undefined);
      if (!place) return [];
      const label = document.createElement('span');
      label.textContent = String(index + 1);
      points.push([place.latitude!, place.longitude!]);
      const m = marker([place.latitude!, place.longitude!], {
        icon: divIcon({ html: label, className: 'ssf-marker', iconSize: [44, 44] }),
        title: offer.service.name,
        keyboard: true,
      })
        .on('click', () => this.select(offer.id))
        // Leaflet opens only popups from the keyboard; a marker here is a button that opens the offer.
        .on('keydown', (event) => ['Enter', ' '].includes(event.originalEvent.key) && this.select(offer.id))
        .addTo(view);
      m.getElement()?.setAttribute('aria-label', `${index + 1}: ${offer.service.name}`);
      return [m];
    });
    if (points.length) view.fitBounds(latLngBounds(points), { padding: [40, 40], maxZoom: 16 });
  }

  close(): void {
    this.closed = true;
    this.view?.remove();
    this.view = undefined;
  }

  /** `pick` gives a catalogue's texts in the finder's language (English loads on first use). */
  render(pick: <T>(texts: Texts<T>) => T): TemplateResult {
    const m = pick(mapMessages);
    return html`<p><button type="button" class="hw-button" aria-expanded="true" @click=${() => this.hide()}>${m.hideMap}</button></p>
      ${this.state === 'consent'
        ? html`<p class="ssf-notice">${m.consent(new URL(this.tiles, location.href).host)}</p>
            <p><button type="button" class="hw-button hw-primary" @click=${() => findConsent()?.show()}>${m.giveConsent}</button></p>`
        : nothing}
      ${this.state === 'failed' ? html`<p class="ssf-notice">${m.failed}</p>` : nothing}
      ${this.state === 'loading' || this.state === 'on' ? html`<div class="ssf-map rs_preserve" part="map" role="region" aria-label=${m.label}></div>` : nothing}`;
  }

  private set(state: MapPanel['state']): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
