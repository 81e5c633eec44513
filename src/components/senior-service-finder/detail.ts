import { nothing, type TemplateResult } from 'lit';
import { html } from '../../core/template.js';
import { formatDate } from '../../core/i18n.js';
import { safeUrl } from '../../core/sanitize.js';
import { readServiceDetail, type HsdsServiceDetail } from '../../hsds/detail.js';
import { accessWords, costText, hoursLine, languageText, placeText, saveButton, summaryLine, type CardContext } from './cards.js';
import { detailMessages, type DetailMessages } from './detail.messages.js';
import { symbolIcon, type SymbolName } from './icons.js';
import type { Catalogue, Offer } from '../../hsds/finder/catalogue.js';
import type { FinderState } from '../../hsds/finder/state.js';
import { holidayLines, weekLines } from './week.js';

/*
 * The detail view of an offer ("what do I do now?") and the printable Merkliste. Loaded when a person first
 * opens one of them, so that the start and result screens stay small.
 */

/** What the views need from the finder element, besides the shared card pieces. */
export interface DetailHost extends CardContext {
  readonly now: number;
  readonly state: FinderState;
  readonly staleAfterMonths: number;
  readonly routeUrl: string | undefined;
  href(state: FinderState): string;
  /** A page-unique id for one of the finder's elements. */
  id(name: string): string;
  readonly follow: (event: MouseEvent) => void;
  /** This view's texts in the finder's language. */
  readonly t: DetailMessages;
}

export { detailMessages };

const DEFAULT_ROUTE = 'https://www.openstreetmap.org/directions?route=%3B{lat}%2C{lon}';
const ADDRESS_ROUTE = 'https://www.openstreetmap.org/search?query={address}';

const details = new WeakMap<Offer, HsdsServiceDetail>();
/** The detail fields of an offer, read from its HSDS record once. */
export function detailOf(offer: Offer): HsdsServiceDetail {
  let detail = details.get(offer);
  if (!detail) details.set(offer, (detail = readServiceDetail(offer.service.source)));
  return detail;
}

/** A route link from the configured template: coordinates when there are some, else the address. */
export function routeHref(offer: Offer, detail: HsdsServiceDetail, template: string | undefined): string | undefined {
  const point = offer.service.places.find((place) => place.latitude !== undefined);
  const address = detail.addresses[0]?.lines.join(', ');
  let chosen = template || (point ? DEFAULT_ROUTE : ADDRESS_ROUTE);
  if (!point && /\{lat\}|\{lon\}/.test(chosen)) chosen = ADDRESS_ROUTE;
  if (!address && chosen.includes('{address}')) return undefined;
  return safeUrl(
    chosen
      .replace('{lat}', String(point?.latitude))
      .replace('{lon}', String(point?.longitude))
      .replace('{address}', encodeURIComponent(address ?? '')),
  );
}

const list = (items: readonly string[]) => html`<ul class="ssf-lines">${items.map((item) => html`<li>${item}</li>`)}</ul>`;

/** The e-mail address and the website as text a person can read, note down or print; codes, not translated. */
function renderContact(detail: HsdsServiceDetail, t: DetailMessages): TemplateResult {
  const address = detail.email ? decodeURIComponent(detail.email.replace(/^mailto:/, '')) : '';
  const site = detail.url ? detail.url.replace(/^https?:\/\//, '').replace(/\/$/, '') : '';
  return html`<ul class="ssf-lines ssf-contact">
    ${detail.email ? html`<li>${t.emailAddress}: <a href=${detail.email} translate="no">${address}</a></li>` : nothing}
    ${detail.url ? html`<li>${t.websiteAddress}: <a href=${detail.url} translate="no">${site}</a></li>` : nothing}
  </ul>`;
}

/** What a person needs to act, shared by the detail view and the printable Merkliste. */
function renderFacts(host: DetailHost, offer: Offer, detail: HsdsServiceDetail, t: DetailMessages, full: boolean): TemplateResult {
  const { service } = offer;
  // In the Merkliste each offer is an h3, so its sections are one level lower.
  const section = (title: string, content: unknown) => html`<section>${full ? html`<h3>${title}</h3>` : html`<h4>${title}</h4>`}${content}</section>`;
  const lines = [...weekLines(offer, host.facts.today, host.m, t, host.locale), ...holidayLines(offer, host.facts.today, t, host.locale)];
  const languages = [...new Set(service.languages.map((language) => (language.code ? languageText(language.code, host) : language.name!)))];
  const ages = detail.minimumAge || detail.maximumAge ? t.ages(detail.minimumAge, detail.maximumAge) : '';
  // "Für Menschen ab 60 Jahren …" needs no "Ab 60 Jahren" below it.
  const agesSaid = !!ages && !!detail.eligibility?.toLowerCase().includes(ages.toLowerCase());
  const who = [detail.eligibility ?? '', agesSaid ? '' : ages].filter(Boolean);
  // One list under the heading: the features in words, then what the record adds that they do not say.
  const access = [...new Set([...accessWords(offer, host), ...detail.accessibility])];
  const cost = costText(offer, host);
  return html`${section(t.hours, html`${hoursLine(offer, host)}${list(lines)}`)}
  ${section(
    t.address,
    detail.addresses.length
      ? detail.addresses.map(
          (address) =>
            html`<p translate="no">${[address.name, ...address.lines].filter(Boolean).map((line, i) => html`${i ? html`<br />` : nothing}${line}`)}</p>
              ${address.transportation ? html`<p>${address.transportation}</p>` : nothing}`,
        )
      : html`<p>${placeText(offer, host)}</p>`,
  )}
  ${detail.phones.length
    ? section(
        t.phone,
        html`<ul class="ssf-lines ssf-phones">
          ${detail.phones.map((phone) => html`<li><span translate="no">${phone.number}</span>${phone.description ? ` – ${phone.description}` : nothing}</li>`)}
        </ul>`,
      )
    : nothing}
  ${detail.email || detail.url ? section(t.contact, renderContact(detail, t)) : nothing}
  ${full && who.length ? section(t.forWhom, list(who)) : nothing}
  ${full && detail.applicationProcess ? section(t.apply, html`<p class="ssf-text">${detail.applicationProcess}</p>`) : nothing}
  ${full && detail.documents.length ? section(t.bring, list(detail.documents)) : nothing} ${cost ? section(host.m.costs, html`<p>${cost}</p>`) : nothing}
  ${languages.length || detail.interpretation
    ? section(t.languages, list([languages.join(', '), detail.interpretation ? `${t.interpretation}: ${detail.interpretation}` : ''].filter(Boolean)))
    : nothing}
  ${full && access.length ? section(host.m.accessibility, list(access)) : nothing}`;
}

export function renderDetail(host: DetailHost, offer: Offer | undefined): TemplateResult {
  const { t } = host;
  if (!offer) return html`<h2 tabindex="-1">${host.m.crumbs.detail}</h2><p class="ssf-notice">${t.notFound}</p>`;
  const { service } = offer;
  const detail = detailOf(offer);
  const phone = detail.phones.find((p) => p.href);
  const checked = detail.checked;
  const action = (href: string | undefined, label: string, icon: SymbolName) =>
    href ? html`<a class="hw-button hw-primary" href=${href}>${symbolIcon(icon)}${label}</a>` : nothing;
  return html`<article class="ssf-detail" part="detail">
    <h2 tabindex="-1">${service.name}</h2>
    ${detail.organization ? html`<p class="ssf-meta">${t.provider}: ${detail.organization}</p>` : nothing}
    ${service.temporarilyClosed ? html`<p class="ssf-notice">${host.m.temporarilyClosed}</p>` : nothing}
    ${detail.alert ? html`<p class="ssf-notice"><strong>${t.notice}:</strong> ${detail.alert}</p>` : nothing}
    ${summaryLine(offer)}
    <div class="ssf-actions" part="actions">
      ${action(phone?.href, t.call, 'phone')} ${action(detail.email, t.email, 'mail')} ${action(routeHref(offer, detail, host.routeUrl), t.route, 'route')}
      ${action(detail.url, t.website, 'external')} ${saveButton(offer, host)}
      <button type="button" class="hw-button" @click=${() => window.print()}>${t.print}</button>
    </div>
    ${renderFacts(host, offer, detail, t, true)}
    ${service.description ? html`<section><h3>${t.about}</h3><p class="ssf-text">${service.description}</p></section>` : nothing}
    ${checked
      ? html`<p class="ssf-meta">${t.checked(formatDate(checked, host.locale, { month: 'long', year: 'numeric' }))}</p>
          ${checked.getTime() < host.now - host.staleAfterMonths * 2_629_800_000 ? html`<p class="ssf-notice">${t.stale(host.staleAfterMonths)}</p>` : nothing}`
      : nothing}
  </article>`;
}

export function renderSaved(host: DetailHost, catalogue: Catalogue): TemplateResult {
  const { t } = host;
  const offers = host.savedIds.flatMap((id) => catalogue.byId.get(id) ?? []);
  const missing = host.savedIds.length - offers.length;
  return html`<section class="ssf-saved" part="saved" aria-labelledby=${host.id('saved-title')}>
    <h2 id=${host.id('saved-title')} tabindex="-1">${t.savedTitle}</h2>
    ${missing ? html`<p class="ssf-notice">${t.savedMissing(missing)}</p>` : nothing}
    ${offers.length
      ? html`<p><button type="button" class="hw-button hw-primary" @click=${() => window.print()}>${t.printSaved}</button></p>
          <ol class="ssf-results">
            ${offers.map(
              (offer) =>
                html`<li class="ssf-card">
                  <h3><a href=${host.href({ ...host.state, offer: offer.id })} data-id=${offer.id} @click=${host.follow}>${offer.service.name}</a></h3>
                  ${renderFacts(host, offer, detailOf(offer), t, false)}
                  <button type="button" class="hw-button" aria-label="${t.remove}: ${offer.service.name}" @click=${() => host.toggleSaved(offer.id)}>${t.remove}</button>
                </li>`,
            )}
          </ol>`
      : html`<p>${t.savedEmpty}</p>`}
  </section>`;
}
