import { now } from '../../core/clock.js';
import { CONSENT_CHANGE_EVENT } from '../../core/consent-client.js';
import { resolveLang, toLocale, type Locale } from '../../core/i18n.js';
import { activate, activated, serviceOf } from './activate.js';
import { consentMessages, type ConsentMessages } from './consent-banner.messages.js';
import { adoptScopedStyles } from '../../core/scoped-styles.js';
import { dialogStyles, gateStyles } from './consent-banner.styles.js';
import type { ConsentBanner } from './consent-banner.js';
import type { ConsentGate } from './consent-gate.js';
import { BUILT_IN_CORE, fingerprint } from './config.js';
import { defaultConfig } from './default-config.js';
import { h, nodes, type Child } from './dom.js';
import { readRecord } from './record.js';
import { canStore, randomId, writeRecord } from './store.js';
import type { ConsentConfig, ConsentMethod, ConsentRecord, ConsentService, LocalizedText } from './types.js';
import { configProblem } from './validate.js';

/*
 * The lazy part of <consent-banner> and <consent-gate>: everything but the core's fast path (a current
 * cookie checked against this very configuration). Starting otherwise (a `config` URL, the configuration
 * check and the report of an invalid one, a record from localStorage, the revision and new-service rule,
 * Global Privacy Control), the dialog (both layers), the gate placeholder (and the gate's shadow root), the
 * built-in configuration's texts, waiting for or refusing a service not allowed yet, applying a changed choice
 * (withdrawals, the eTracker adapter, which runs only when a service names it) and storing a choice. Loaded by
 * import() only when one of these is needed. It builds the dialog and the placeholder (dom.ts) in the light
 * DOM of the elements (read-aloud tools and page translators do not enter shadow roots), whose classes are in
 * the core; their styles are scoped to the tag (core/scoped-styles.ts).
 */

type Banner = ConsentBanner;

const DAY_MS = 864e5;
const DEFAULT_VALIDITY_DAYS = 180;

let idCount = 0;
/** An id unique on the page, for `aria-labelledby` and the like (a page may hold several gates). */
function uniqueId(name: string): string {
  idCount += 1;
  return `consent-${name}-${idCount}`;
}

/** The dialog, a child of the banner once opened. */
const dialogOf = (banner: Banner): HTMLDialogElement | null => banner.querySelector(':scope > dialog');

const localeOf = (element: Element): Locale => toLocale(resolveLang(element));
const text = (value: LocalizedText, locale: Locale): string => (typeof value == 'string' ? value : (value[locale] ?? value.de));
/** An http(s) link, resolved against the page; anything else is no link. */
function link(url: string | undefined): string | undefined {
  try {
    const href = new URL(url!, location.href);
    return /^https?:$/.test(href.protocol) ? href.href : undefined;
  } catch {
    return undefined;
  }
}

/** The configuration with its texts (the built-in one's arrive here, with the dialog); undefined while invalid. */
function configOf(banner: Banner): ConsentConfig | undefined {
  return banner.config == BUILT_IN_CORE ? defaultConfig : banner.config;
}

/** What eTracker should be told once its tag (loaded asynchronously) is there: the latest wish only. */
let etrackerWish: [allowed: boolean, domain: string] | undefined;

/** Switches eTracker's cookies through its own API: at once if its tag is there, else when it comes (for 10 s). */
function etracker(allowed: boolean, domain: string): void {
  const waiting = etrackerWish;
  etrackerWish = [allowed, domain];
  if (!waiting) tellEtracker(40);
}

function tellEtracker(attempts: number): void {
  const api = (window as { _etracker?: Record<string, (domain: string) => void> })._etracker;
  if (api?.['enableCookies']) {
    const [allowed, domain] = etrackerWish!;
    try {
      api[allowed ? 'enableCookies' : 'disableCookies']!(domain);
    } catch (error) {
      // eTracker failing (cookies blocked, say) must not stop the dialog or the choice.
      console.warn('<consent-banner>: eTracker konnte nicht umgestellt werden.', error);
    }
  } else if (attempts) return void setTimeout(tellEtracker, 250, attempts - 1);
  etrackerWish = undefined;
}

/**
 * Starts a banner the core could not start on its fast path: reads the configuration (the JSON child, the
 * `config` URL or the built-in one) and checks it, reads the stored choice (the cookie's, else
 * localStorage's, current by the rules of record.ts), applies it and asks when there is none, unless Global
 * Privacy Control refuses. A current stored choice learns the configuration's fingerprint (and goes into the
 * cookie, if it came from localStorage), so the core applies it by itself from the next page on (except with
 * a `config` URL, which is always read here). An invalid configuration: a console error naming the problem,
 * and nothing optional runs.
 */
export async function start(banner: Banner): Promise<void> {
  let config = BUILT_IN_CORE;
  let record: ConsentRecord | undefined;
  try {
    let text = banner.querySelector('script')?.text;
    const url = banner.getAttribute('config');
    if (!text && url) {
      const response = await fetch(url, { credentials: 'omit' });
      text = await response.text();
      if (!response.ok) throw Error(`HTTP ${response.status}`);
    }
    if (text) banner.configError = configProblem((config = JSON.parse(text) as ConsentConfig));
    const full = text ? config : defaultConfig;
    banner.configFingerprint = fingerprint(text);
    record = banner.configError ? undefined : readRecord(full);
    // Not a new choice: stored again with the fingerprint (and into the cookie), but not sent to the endpoint.
    if (record && (record.configFingerprint != banner.configFingerprint || !readRecord(full, true))) writeRecord({ ...record, configFingerprint: banner.configFingerprint }, full, false);
  } catch (error) {
    banner.configError = String(error);
  }
  if (banner.configError) return console.error(`<consent-banner>: Konfiguration ungültig, nichts Optionales wird geladen: ${banner.configError}`);
  banner.use(config, record);
  if (!record && !(config.respectGpc != false && (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl)) void show(banner);
}

/** Whether scripts of `service` ran in this page view (or are about to): only a reload stops them. */
const scriptsRan = (service: string): boolean =>
  [...activated.keys()].some((source) => serviceOf(source) == service && (!(source as HTMLTemplateElement).content || !!(source as HTMLTemplateElement).content.querySelector('script')));

/**
 * Waits for a service the core found not allowed (yet): rejects, with an Error naming it, when the
 * configuration does not list it; stays pending while the configuration is invalid.
 */
export async function granted(banner: Banner, service: string): Promise<void> {
  if (banner.config?.services.every((known) => known.id != service)) throw Error(`<consent-banner>: „${service}“ unbekannt`);
  while (!banner.has(service)) await new Promise((resolve) => document.addEventListener(CONSENT_CHANGE_EVENT, resolve, { once: true }));
}

/**
 * Applies a changed choice (made here or in another tab): allows and withdraws, announces the change and
 * activates what is newly allowed (the core's `use`), tells the eTracker adapter. Withdrawn markup goes and
 * gates show their placeholder again; when scripts of a withdrawn service ran, only a reload stops them, so
 * the page reloads.
 */
function apply(banner: Banner, record: ConsentRecord | undefined): void {
  const config = configOf(banner)!;
  const before = banner.allowed;
  const changed = config.services.filter((service) => before.includes(service.id) != (!!service.essential || !!record?.choices[service.id]));
  banner.use(banner.config!, record, changed.map((service) => service.id));
  const withdrawn = before.filter((id) => !banner.has(id));
  for (const service of changed) if (service.adapter) etracker(banner.has(service.id), config.cookieDomain ?? location.hostname);
  if (withdrawn.some(scriptsRan)) {
    const reload = (banner.constructor as typeof ConsentBanner).reload;
    return reload ? reload() : location.reload();
  }
  activated.forEach((nodes, source) => {
    if (withdrawn.includes(serviceOf(source))) {
      for (const node of nodes) (node as ChildNode).remove();
      activated.delete(source);
    }
  });
  for (const element of document.querySelectorAll<ConsentGate>('consent-gate')) if (withdrawn.includes(element.getAttribute('service')!)) void gate(element);
}

/** Applies the choice another tab stored. */
export function sync(banner: Banner): void {
  const config = configOf(banner);
  if (config) apply(banner, readRecord(config));
}

/** Stores a choice and applies it; closes the dialog. Does nothing while the configuration is invalid. */
export async function decide(banner: Banner, method: ConsentMethod, choices: Record<string, boolean> = {}): Promise<void> {
  await banner.ready;
  const config = configOf(banner);
  if (!config) return;
  const time = now();
  const record: ConsentRecord = {
    v: 1,
    id: banner.record?.id ?? randomId(),
    revision: config.revision,
    given: time,
    expires: time + (config.validityDays ?? DEFAULT_VALIDITY_DAYS) * DAY_MS,
    choices: Object.fromEntries(
      config.services.filter((service) => !service.essential).map((service) => [service.id, method == 'all' || (method == 'custom' && !!choices[service.id])]),
    ),
    method,
    lang: localeOf(banner),
    configFingerprint: banner.configFingerprint,
  };
  writeRecord(record, config);
  apply(banner, record);
  close(banner);
}

interface DialogState {
  layer: 'first' | 'settings' | 'error';
  /** Opened because a choice is needed: Escape and closing do nothing until one is made. */
  required: boolean;
  /** Where focus returns when the dialog closes. */
  opener: Element | null;
  /** The switches of the settings, not yet saved. */
  draft: Record<string, boolean>;
}

const states = new WeakMap<Banner, DialogState>();

/** The focused element, looking into shadow roots: where focus returns when the dialog closes. */
function focused(): Element | null {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element;
}

/** Whether this page is one the dialog must not block: the legal pages (Datenschutz, Impressum). */
function onLegalPage(config: ConsentConfig): boolean {
  const paths =
    config.legalPages ??
    [config.privacyUrl, config.imprintUrl]
      .map((url) => new URL(url, location.href))
      .filter((url) => url.origin == location.origin)
      .map((url) => url.pathname);
  const here = location.pathname.toLowerCase();
  return paths.some((path) => here.startsWith(path.toLowerCase()));
}

/** Opens the dialog: the first layer when a choice is needed, else the settings (or a notice, for an invalid configuration). */
export async function show(banner: Banner, settings?: boolean): Promise<void> {
  const opener = focused();
  await banner.ready;
  if (!banner.isConnected) return;
  const config = configOf(banner);
  const previous = states.get(banner);
  const required = (!settings || !!previous?.required) && !banner.record && !!config;
  states.set(banner, {
    layer: !config ? 'error' : settings ? 'settings' : 'first',
    required,
    opener: previous?.required ? previous.opener : opener,
    draft: Object.fromEntries(config?.services.map((service) => [service.id, banner.has(service.id)]) ?? []),
  });
  if (!previous) {
    adoptScopedStyles(banner, () => dialogStyles);
    // A choice made in another tab answers this tab's question too.
    document.addEventListener(CONSENT_CHANGE_EVENT, () => {
      if (states.get(banner)?.required && banner.record) close(banner);
    });
  }
  // Until a choice is made, eTracker counts without cookies, even if an expired choice had allowed them.
  if (required && config?.services.some((service) => service.adapter)) etracker(false, config.cookieDomain ?? location.hostname);
  draw(banner);
  const dialog = dialogOf(banner)!;
  if (!dialog.open) {
    if (required && onLegalPage(config)) dialog.show();
    else dialog.showModal();
  }
  focusTitle(banner);
}

function focusTitle(banner: Banner): void {
  dialogOf(banner)!.querySelector<HTMLElement>('h2')!.focus();
}

function close(banner: Banner): void {
  const dialog = dialogOf(banner);
  if (dialog?.open) dialog.close();
}

/** After closing: focus back to the opener; or, while a choice is still needed, open again (Escape never decides). */
function closed(banner: Banner): void {
  const state = states.get(banner)!;
  if (state.required && !banner.record) {
    // Chromium closes a modal dialog on a second Escape even when `cancel` is prevented.
    dialogOf(banner)!.showModal();
    return focusTitle(banner);
  }
  state.required = false;
  const opener = state.opener as HTMLElement | null;
  if (opener?.isConnected && opener != document.body) opener.focus();
}

function draw(banner: Banner): void {
  const state = states.get(banner)!;
  const locale = localeOf(banner);
  const messages = consentMessages[locale];
  const config = configOf(banner);
  const refuseEscape = (event: Event) => {
    if (state.required && !banner.record && (event.type == 'cancel' || (event as KeyboardEvent).key == 'Escape')) event.preventDefault();
  };
  const dialog =
    dialogOf(banner) ??
    banner.appendChild(
      h('dialog', {
        part: 'dialog',
        'aria-labelledby': uniqueId('title'),
        'aria-describedby': uniqueId('description'),
        onkeydown: refuseEscape,
        oncancel: refuseEscape,
        onclose: () => closed(banner),
      }) as HTMLDialogElement,
    );
  dialog.lang = locale;
  const content = nodes([
    !config
      ? errorLayer(banner, messages, dialog)
        : state.layer == 'first'
          ? firstLayer(banner, config, locale, messages, dialog)
          : settingsLayer(banner, config, locale, messages, dialog),
  ]);
  // The text scrolls behind a fixed row of buttons, so the choices stay in view on a small or zoomed screen.
  const buttonRow = content.pop()!;
  dialog.replaceChildren(h('div', { class: 'consent-body' }, content), buttonRow);
}

const button = (label: string, action: () => void): HTMLElement => h('button', { type: 'button', part: 'button', onclick: action }, label);
const actions = (...buttons: Child[]): HTMLElement => h('div', { class: 'consent-actions rs_skip', part: 'actions' }, buttons);
const heading = (text: string, dialog: HTMLDialogElement): HTMLElement => h('h2', { id: dialog.getAttribute('aria-labelledby'), tabindex: '-1' }, text);

function legalLinks(config: ConsentConfig, messages: ConsentMessages): HTMLElement {
  return h('p', { class: 'consent-links' }, h('a', { href: link(config.privacyUrl) }, messages.privacy), ' ', h('a', { href: link(config.imprintUrl) }, messages.imprint));
}

const storageNote = (messages: ConsentMessages): Child => !canStore() && h('p', { class: 'consent-note' }, messages.storageOff);

function firstLayer(banner: Banner, config: ConsentConfig, locale: Locale, messages: ConsentMessages, dialog: HTMLDialogElement): Child[] {
  const toSettings = () => {
    states.get(banner)!.layer = 'settings';
    draw(banner);
    focusTitle(banner);
  };
  return [
    heading(messages.title, dialog),
    h('div', { id: dialog.getAttribute('aria-describedby') }, h('p', null, text(config.text ?? defaultConfig.text!, locale)), h('p', null, messages.withdrawal)),
    storageNote(messages),
    legalLinks(config, messages),
    actions(
      button(messages.acceptAll, () => void decide(banner, 'all')),
      button(messages.rejectAll, () => void decide(banner, 'none')),
      button(messages.settings, toSettings),
    ),
  ];
}

function settingsLayer(banner: Banner, config: ConsentConfig, locale: Locale, messages: ConsentMessages, dialog: HTMLDialogElement): Child[] {
  const state = states.get(banner)!;
  const groups = new Map<string, ConsentService[]>();
  for (const service of config.services) {
    const category = text(service.category, locale);
    groups.set(category, [...(groups.get(category) ?? []), service]);
  }
  const item = (service: ConsentService) => {
    const name = text(service.name, locale);
    const essential = !!service.essential;
    const on = essential || !!state.draft[service.id];
    const toggle = (event: Event) => {
      const input = event.target as HTMLInputElement;
      state.draft[service.id] = input.checked;
      input.setAttribute('aria-checked', String(input.checked));
    };
    const row = (term: string, value: Child) => [h('dt', null, term), h('dd', null, value)];
    return h(
      'li',
      { class: 'consent-service', part: 'service' },
      h(
        'label',
        null,
        h('input', { type: 'checkbox', role: 'switch', 'aria-checked': String(on), checked: on, disabled: essential, onchange: toggle }),
        name,
        essential && h('span', null, ` (${messages.alwaysOn})`),
      ),
      h(
        'details',
        null,
        h('summary', null, messages.details(name)),
        h(
          'dl',
          null,
          row(messages.provider, text(service.provider, locale)),
          row(messages.purpose, text(service.purpose, locale)),
          row(messages.data, text(service.data, locale)),
          row(
            messages.cookies,
            service.cookies.length
              ? h('ul', null, service.cookies.map((cookie) => h('li', null, h('code', { translate: 'no' }, cookie.name), `: ${text(cookie.lifetime, locale)}`)))
              : messages.noCookies,
          ),
        ),
        h('a', { href: link(service.privacyUrl) }, `${messages.providerPrivacy}: ${name}`),
      ),
    );
  };
  return [
    heading(messages.settingsTitle, dialog),
    h('p', { id: dialog.getAttribute('aria-describedby') }, `${messages.settingsIntro} ${messages.withdrawal}`),
    banner.allowed.some(scriptsRan) && h('p', { class: 'consent-note' }, messages.reloadNote),
    storageNote(messages),
    [...groups].map(([category, services]) => [h('h3', null, category), h('ul', null, services.map(item))]),
    legalLinks(config, messages),
    actions(
      button(messages.save, () => void decide(banner, 'custom', state.draft)),
      button(messages.acceptAll, () => void decide(banner, 'all')),
      button(messages.rejectAll, () => void decide(banner, 'none')),
    ),
  ];
}

function errorLayer(banner: Banner, messages: ConsentMessages, dialog: HTMLDialogElement): Child[] {
  return [heading(messages.title, dialog), h('p', { id: dialog.getAttribute('aria-describedby') }, messages.error), actions(button(messages.close, () => close(banner)))];
}

/** Gates whose placeholder listens for choices already. */
const listening = new WeakSet<ConsentGate>();

/**
 * Renders a gate's placeholder: who provides the content, which data go there, and the two ways to load it.
 * Once a choice allows the service, the placeholder hides (the core activates the embed); a withdrawal puts
 * it back (see apply). An embed loaded once stays until its service is withdrawn.
 */
export async function gate(element: ConsentGate): Promise<void> {
  const banner = document.querySelector('consent-banner');
  await banner?.ready;
  const template = element.querySelector('template');
  const id = element.getAttribute('service')!;
  // The placeholder is the gate's first child, in the light DOM, beside the template and the embed.
  const placeholderOf = (): HTMLElement | null => element.querySelector<HTMLElement>(':scope > .consent-placeholder');
  let placeholder = placeholderOf();
  if (!listening.has(element)) {
    listening.add(element);
    adoptScopedStyles(element, () => gateStyles);
    document.addEventListener(CONSENT_CHANGE_EVENT, () => {
      if (banner?.has(id)) placeholderOf()?.setAttribute('hidden', '');
    });
  }
  if (banner?.has(id) || (template && activated.has(template))) return placeholder?.setAttribute('hidden', '');
  const config = banner ? configOf(banner) : defaultConfig;
  const service = config?.services.find((candidate) => candidate.id == id);
  if (config && !service) console.error(`<consent-gate>: Der Dienst „${id}“ ist in der Konfiguration von <consent-banner> nicht eingerichtet.`);
  const locale = localeOf(element);
  const messages = consentMessages[locale];
  const name = service && text(service.name, locale);
  const reveal = async (always: boolean) => {
    if (always) await decide(banner!, 'custom', { ...banner!.record?.choices, [id]: true });
    else placeholder!.hidden = true;
    await activate(template!);
    // The pressed button is gone: focus goes to what was loaded, not to the start of the page.
    const focusable = element.querySelectorAll<HTMLElement>('iframe, a[href], button, input, select, textarea, [tabindex]');
    const target = [...focusable].find((candidate) => !placeholder!.contains(candidate)) ?? element;
    if (target == element) element.tabIndex = -1;
    target.focus();
  };
  if (!placeholder) {
    placeholder = document.createElement('div');
    placeholder.className = 'consent-placeholder';
    placeholder.part.add('placeholder');
    element.prepend(placeholder);
  }
  const title = [name, template?.content.querySelector('[title]')?.getAttribute('title')].filter(Boolean).join(': ') || messages.externalContent;
  const titleId = uniqueId('gate-title');
  placeholder.replaceChildren(
    h(
      'div',
      { role: 'group', 'aria-labelledby': titleId, lang: locale },
      h('p', { class: 'consent-title', id: titleId }, title),
      service && template
        ? [
            h('p', null, messages.gateText(text(service.provider, locale), text(service.data, locale))),
            h('p', null, h('a', { href: link(service.privacyUrl) }, `${messages.providerPrivacy}: ${name}`)),
            actions(button(messages.loadOnce, () => void reveal(false)), !!banner?.config && button(messages.allowAlways, () => void reveal(true))),
          ]
        : h('p', null, messages.gateUnavailable),
    ),
  );
  placeholder.hidden = false;
}
