import { now } from '../../core/clock.js';
import { CONSENT_CHANGE_EVENT } from '../../core/consent-client.js';
import { resolveLang, toLocale, type Locale } from '../../core/i18n.js';
import { adoptScopedStyles } from '../../core/scoped-styles.js';
import { activate, activated, serviceOf } from './activate.js';
import type { ConsentBanner } from './consent-banner.js';
import { consentMessages, type ConsentMessages } from './consent-banner.messages.js';
import { dialogStyles, gateStyles } from './consent-banner.styles.js';
import type { ConsentGate } from './consent-gate.js';
import { BUILT_IN_CORE, fingerprint } from './config.js';
import { defaultConfig } from './default-config.js';
import { buttonRow, createButton, createElement, createHeading, createLink, createParagraph } from './dom.js';
import { readRecord } from './record.js';
import { canStore, randomId, writeRecord } from './store.js';
import type { ConsentConfig, ConsentMethod, ConsentRecord, ConsentService, LocalizedText } from './types.js';
import { configProblem } from './validate.js';

/*
 * The lazy part of <consent-banner> and <consent-gate>: everything but the core's fast path (a current
 * cookie checked against this very configuration). Starting otherwise (a `config` URL, the configuration
 * check and the report of an invalid one, a record from localStorage, the revision and new-service rule,
 * Global Privacy Control), the dialog (both layers), the gate placeholder, the built-in configuration's
 * texts, waiting for or refusing a service not allowed yet, applying a changed choice (withdrawals, the
 * eTracker adapter, which runs only when a service names it) and storing a choice. Loaded by import() only
 * when one of these is needed. The dialog and the placeholder are built with the small functions of dom.ts
 * (no Lit: see CONTRIBUTING) in the light DOM of their element (read-aloud tools and page translators do not
 * enter shadow roots); their styles are scoped to the tag (core/scoped-styles.ts). What the dialog and a
 * placeholder must remember lives on their element (`dialogState`, `followsChoices`).
 */

type Banner = ConsentBanner;

const DAY_MS = 864e5;
const DEFAULT_VALIDITY_DAYS = 180;
/** How often, and how many milliseconds apart, the eTracker adapter looks for eTracker's tag: for 10 s. */
const ETRACKER_ATTEMPTS = 40;
const ETRACKER_INTERVAL_MS = 250;

let idCount = 0;
/** An id unique on the page, for `aria-labelledby` and the like (a page may hold several gates). */
function uniqueId(name: string): string {
  idCount += 1;
  return `consent-${name}-${idCount}`;
}

const localeOf = (element: Element): Locale => toLocale(resolveLang(element));

/** A configured text in `locale`; German when it has no translation. */
function localized(value: LocalizedText, locale: Locale): string {
  if (typeof value === 'string') return value;
  return value[locale] ?? value.de;
}

/** The texts in `locale`. English loads on first use; while it cannot load (offline), German is shown. */
async function messagesIn(locale: Locale): Promise<ConsentMessages> {
  const entry = consentMessages[locale];
  if (typeof entry !== 'function') return entry;
  try {
    return await entry();
  } catch {
    return consentMessages.de;
  }
}

/** The configuration with its texts (the built-in one's arrive here, with the dialog); undefined while invalid. */
function configOf(banner: Banner): ConsentConfig | undefined {
  return banner.config === BUILT_IN_CORE ? defaultConfig : banner.config;
}

/** eTracker's own switch for its cookies, once its tag (loaded asynchronously) is on the page. */
interface EtrackerApi {
  enableCookies(domain: string): void;
  disableCookies(domain: string): void;
}

/** What eTracker should be told once its tag is there: the latest wish only. One per page, as eTracker is. */
let etrackerWish: { allowed: boolean; domain: string } | undefined;

/** Switches eTracker's cookies through its own API: at once if its tag is there, else when it comes (for 10 s). */
function switchEtracker(allowed: boolean, domain: string): void {
  const alreadyWaiting = etrackerWish !== undefined;
  etrackerWish = { allowed, domain };
  if (!alreadyWaiting) tellEtracker(ETRACKER_ATTEMPTS);
}

function tellEtracker(attemptsLeft: number): void {
  const api = (window as { _etracker?: Partial<EtrackerApi> })._etracker;
  const wish = etrackerWish;
  if (!wish) return;
  if (!api?.enableCookies || !api.disableCookies) {
    if (attemptsLeft > 0) setTimeout(tellEtracker, ETRACKER_INTERVAL_MS, attemptsLeft - 1);
    else etrackerWish = undefined;
    return;
  }
  etrackerWish = undefined;
  try {
    if (wish.allowed) api.enableCookies(wish.domain);
    else api.disableCookies(wish.domain);
  } catch (error) {
    // eTracker failing (cookies blocked, say) must not stop the dialog or the choice.
    console.warn('<consent-banner>: eTracker konnte nicht umgestellt werden.', error);
  }
}

/** Tells the eTracker adapter, when the configuration has a service that uses it. */
function tellAdapters(config: ConsentConfig, services: readonly ConsentService[], isAllowed: (service: ConsentService) => boolean): void {
  for (const service of services) {
    if (service.adapter === 'etracker') switchEtracker(isAllowed(service), config.cookieDomain ?? location.hostname);
  }
}

/** The configuration's text: the JSON child's, else the `config` URL's; undefined for the built-in configuration. */
async function readConfigText(banner: Banner): Promise<string | undefined> {
  const text = banner.querySelector('script')?.text;
  const url = banner.getAttribute('config');
  if (text || !url) return text;
  const response = await fetch(url, { credentials: 'omit' });
  if (!response.ok) throw Error(`HTTP ${response.status}`);
  return response.text();
}

/** Whether Global Privacy Control refuses for the person (unless the configuration says not to respect it). */
function refusedByGpc(config: ConsentConfig): boolean {
  const signal = (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
  return config.respectGpc !== false && signal === true;
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
    const text = await readConfigText(banner);
    if (text) {
      config = JSON.parse(text) as ConsentConfig;
      banner.configError = configProblem(config);
    }
    const full = text ? config : defaultConfig;
    banner.configFingerprint = fingerprint(text);
    if (!banner.configError) record = readRecord(full);
    // Not a new choice: stored again with the fingerprint (and into the cookie), but not sent to the endpoint.
    const storedAsChecked = record?.configFingerprint === banner.configFingerprint && readRecord(full, true) !== undefined;
    if (record && !storedAsChecked) writeRecord({ ...record, configFingerprint: banner.configFingerprint }, full, false);
  } catch (error) {
    banner.configError = String(error);
  }
  if (banner.configError) {
    console.error(`<consent-banner>: Konfiguration ungültig, nichts Optionales wird geladen: ${banner.configError}`);
    return;
  }
  banner.use(config, record);
  if (!record && !refusedByGpc(config)) void show(banner);
}

/** Whether a template or blocked script ran scripts when it was activated: a blocked script is one. */
function holdsScripts(source: Element): boolean {
  return source instanceof HTMLTemplateElement ? source.content.querySelector('script') !== null : true;
}

/** Whether scripts of `service` ran in this page view (or are about to): only a reload stops them. */
function scriptsRan(service: string): boolean {
  return [...activated.keys()].some((source) => serviceOf(source) === service && holdsScripts(source));
}

/**
 * Waits for a service the core found not allowed (yet): rejects, with an Error naming it, when the
 * configuration does not list it; stays pending while the configuration is invalid.
 */
export async function granted(banner: Banner, service: string): Promise<void> {
  if (banner.config?.services.every((known) => known.id !== service)) throw Error(`<consent-banner>: „${service}“ unbekannt`);
  while (!banner.has(service)) await new Promise((resolve) => document.addEventListener(CONSENT_CHANGE_EVENT, resolve, { once: true }));
}

/** Reloads the page, or calls what a test put in the reload's place. */
function reload(banner: Banner): void {
  const testReload = (banner.constructor as typeof ConsentBanner).reload;
  if (testReload) testReload();
  else location.reload();
}

/** Takes away what activation put on the page for withdrawn services; gates show their placeholder again. */
function takeAway(withdrawn: readonly string[]): void {
  activated.forEach((nodes, source) => {
    if (withdrawn.includes(serviceOf(source))) {
      for (const node of nodes) (node as ChildNode).remove();
      activated.delete(source);
    }
  });
  for (const element of document.querySelectorAll('consent-gate')) {
    if (withdrawn.includes(element.getAttribute('service') ?? '')) void gate(element);
  }
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
  const allowedNow = (service: ConsentService) => !!service.essential || !!record?.choices[service.id];
  const changed = config.services.filter((service) => before.includes(service.id) !== allowedNow(service));
  banner.use(banner.config!, record, changed.map((service) => service.id));
  tellAdapters(config, changed, (service) => banner.has(service.id));
  const withdrawn = before.filter((id) => !banner.has(id));
  if (withdrawn.some(scriptsRan)) reload(banner);
  else takeAway(withdrawn);
}

/** Applies the choice another tab stored. */
export function sync(banner: Banner): void {
  const config = configOf(banner);
  if (config) apply(banner, readRecord(config));
}

/** Per non-essential service, whether the choice `method` (with the switches `choices` for 'custom') allows it. */
function choicesFor(config: ConsentConfig, method: ConsentMethod, choices: Readonly<Record<string, boolean>>): Record<string, boolean> {
  const optional = config.services.filter((service) => !service.essential);
  return Object.fromEntries(optional.map((service) => [service.id, method === 'all' || (method === 'custom' && !!choices[service.id])]));
}

/** Stores a choice and applies it; closes the dialog. Does nothing while the configuration is invalid. */
export async function decide(banner: Banner, method: ConsentMethod, choices: Readonly<Record<string, boolean>> = {}): Promise<void> {
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
    choices: choicesFor(config, method, choices),
    method,
    lang: localeOf(banner),
    configFingerprint: banner.configFingerprint,
  };
  writeRecord(record, config);
  apply(banner, record);
  close(banner);
}

/** What an opened dialog remembers, on its banner (`banner.dialogState`). */
export interface DialogState {
  readonly dialog: HTMLDialogElement;
  readonly titleId: string;
  readonly descriptionId: string;
  /** The first layer, or the settings. (An invalid configuration shows a notice instead of either.) */
  layer: 'first' | 'settings';
  /** Opened because a choice is needed: Escape and closing do nothing until one is made. */
  required: boolean;
  /** Where focus returns when the dialog closes. */
  opener: Element | null;
  /** The switches of the settings, not yet saved. */
  draft: Record<string, boolean>;
  locale: Locale;
  messages: ConsentMessages;
}

/** The focused element, looking into shadow roots: where focus returns when the dialog closes. */
function focused(): Element | null {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element;
}

/** Whether this page is one the dialog must not block: the legal pages (Datenschutz, Impressum). */
function onLegalPage(config: ConsentConfig): boolean {
  const sameOriginPaths = () =>
    [config.privacyUrl, config.imprintUrl]
      .map((url) => new URL(url, location.href))
      .filter((url) => url.origin === location.origin)
      .map((url) => url.pathname);
  const paths = config.legalPages ?? sameOriginPaths();
  const here = location.pathname.toLowerCase();
  return paths.some((path) => here.startsWith(path.toLowerCase()));
}

/** Keeps the dialog open on Escape while a choice is needed (Escape never decides). */
function refuseEscape(banner: Banner, event: Event): void {
  const isEscape = event.type === 'cancel' || (event as KeyboardEvent).key === 'Escape';
  if (isEscape && banner.dialogState?.required && !banner.record) event.preventDefault();
}

/** The `<dialog>`, made once per banner, labelled by its heading and described by its first text. */
function createDialog(banner: Banner, titleId: string, descriptionId: string): HTMLDialogElement {
  const dialog = createElement('dialog', { part: 'dialog', 'aria-labelledby': titleId, 'aria-describedby': descriptionId });
  dialog.addEventListener('keydown', (event) => refuseEscape(banner, event));
  dialog.addEventListener('cancel', (event) => refuseEscape(banner, event));
  dialog.addEventListener('close', () => closed(banner));
  return dialog;
}

/** The state of a banner's dialog for this opening, made on its first. */
function openingState(banner: Banner, settings: boolean, opener: Element | null, messages: ConsentMessages, locale: Locale): DialogState {
  const config = configOf(banner);
  const previous = banner.dialogState;
  const titleId = previous?.titleId ?? uniqueId('title');
  const descriptionId = previous?.descriptionId ?? uniqueId('description');
  return {
    dialog: previous?.dialog ?? createDialog(banner, titleId, descriptionId),
    titleId,
    descriptionId,
    layer: settings ? 'settings' : 'first',
    required: (!settings || !!previous?.required) && !banner.record && !!config,
    // Opened again while a choice is still needed: focus still returns to where it was before the first time.
    opener: previous?.required ? previous.opener : opener,
    draft: Object.fromEntries(config?.services.map((service) => [service.id, banner.has(service.id)]) ?? []),
    locale,
    messages,
  };
}

/** Opens the dialog: the first layer when a choice is needed, else the settings (or a notice, for an invalid configuration). */
export async function show(banner: Banner, settings = false): Promise<void> {
  const opener = focused();
  await banner.ready;
  const locale = localeOf(banner);
  const messages = await messagesIn(locale);
  if (!banner.isConnected) return;
  const config = configOf(banner);
  const firstOpening = !banner.dialogState;
  const state = openingState(banner, settings, opener, messages, locale);
  banner.dialogState = state;
  if (firstOpening) {
    adoptScopedStyles(banner, () => dialogStyles);
    // A choice made in another tab answers this tab's question too.
    document.addEventListener(CONSENT_CHANGE_EVENT, () => {
      if (banner.dialogState?.required && banner.record) close(banner);
    });
  }
  // Until a choice is made, eTracker counts without cookies, even if an expired choice had allowed them.
  if (state.required && config) tellAdapters(config, config.services, () => false);
  if (state.dialog.parentElement !== banner) banner.append(state.dialog);
  draw(banner, state);
  if (!state.dialog.open) {
    if (state.required && config && onLegalPage(config)) state.dialog.show();
    else state.dialog.showModal();
  }
  focusTitle(state);
}

function focusTitle(state: DialogState): void {
  state.dialog.querySelector('h2')?.focus();
}

function close(banner: Banner): void {
  const dialog = banner.dialogState?.dialog;
  if (dialog?.open) dialog.close();
}

/** After closing: focus back to the opener; or, while a choice is still needed, open again (Escape never decides). */
function closed(banner: Banner): void {
  const state = banner.dialogState!;
  if (state.required && !banner.record) {
    // Chromium closes a modal dialog on a second Escape even when `cancel` is prevented.
    state.dialog.showModal();
    focusTitle(state);
    return;
  }
  state.required = false;
  const opener = state.opener;
  const focusable = opener instanceof HTMLElement || opener instanceof SVGElement;
  if (focusable && opener.isConnected && opener !== document.body) opener.focus();
}

/** A layer of the dialog: its text, which scrolls, and its row of buttons, which stays in view. */
interface Layer {
  body: Node[];
  actions: HTMLElement;
}

/** Draws the layer the state names into the dialog. */
function draw(banner: Banner, state: DialogState): void {
  const config = configOf(banner);
  const layer = chooseLayer(banner, state, config);
  state.dialog.lang = state.locale;
  // The text scrolls behind a fixed row of buttons, so the choices stay in view on a small or zoomed screen.
  state.dialog.replaceChildren(createElement('div', { class: 'consent-body' }, layer.body), layer.actions);
}

function chooseLayer(banner: Banner, state: DialogState, config: ConsentConfig | undefined): Layer {
  if (!config) return errorLayer(banner, state);
  if (state.layer === 'first') return firstLayer(banner, state, config);
  return settingsLayer(banner, state, config);
}

function legalLinks(config: ConsentConfig, messages: ConsentMessages): HTMLElement {
  return createElement('p', { class: 'consent-links' }, [createLink(config.privacyUrl, messages.privacy), ' ', createLink(config.imprintUrl, messages.imprint)]);
}

/** Notes above the services: that choices cannot be kept (no storage), that withdrawing reloads. */
function notes(messages: ConsentMessages, reloads: boolean): HTMLElement[] {
  const shown: string[] = [];
  if (reloads) shown.push(messages.reloadNote);
  if (!canStore()) shown.push(messages.storageOff);
  return shown.map((note) => createParagraph(note, { class: 'consent-note' }));
}

/** The choice buttons of both layers: of equal weight, one look (refusing is as easy as accepting). */
function acceptButton(banner: Banner, messages: ConsentMessages): HTMLButtonElement {
  return createButton(messages.acceptAll, () => {
    void decide(banner, 'all');
  });
}

function rejectButton(banner: Banner, messages: ConsentMessages): HTMLButtonElement {
  return createButton(messages.rejectAll, () => {
    void decide(banner, 'none');
  });
}

function firstLayer(banner: Banner, state: DialogState, config: ConsentConfig): Layer {
  const { messages, locale } = state;
  const toSettings = () => {
    state.layer = 'settings';
    draw(banner, state);
    focusTitle(state);
  };
  const description = createElement('div', { id: state.descriptionId }, [
    createParagraph(localized(config.text ?? defaultConfig.text!, locale)),
    createParagraph(messages.withdrawal),
  ]);
  return {
    body: [createHeading(messages.title, state.titleId), description, ...notes(messages, false), legalLinks(config, messages)],
    actions: buttonRow([acceptButton(banner, messages), rejectButton(banner, messages), createButton(messages.settings, toSettings)]),
  };
}

/** The services under their categories' headings, in the configuration's order. */
function byCategory(services: readonly ConsentService[], locale: Locale): Map<string, ConsentService[]> {
  const groups = new Map<string, ConsentService[]>();
  for (const service of services) {
    const category = localized(service.category, locale);
    groups.set(category, [...(groups.get(category) ?? []), service]);
  }
  return groups;
}

/** A service's switch with its name; an essential one is on and cannot be switched off. */
function serviceSwitch(service: ConsentService, state: DialogState): HTMLLabelElement {
  const essential = !!service.essential;
  const on = essential || !!state.draft[service.id];
  const input = createElement('input', { type: 'checkbox', role: 'switch', 'aria-checked': String(on) });
  input.checked = on;
  input.disabled = essential;
  input.addEventListener('change', () => {
    state.draft[service.id] = input.checked;
    input.setAttribute('aria-checked', String(input.checked));
  });
  const label = createElement('label', {}, [input, localized(service.name, state.locale)]);
  if (essential) label.append(createElement('span', {}, [` (${state.messages.alwaysOn})`]));
  return label;
}

/** A term and its description in a service's details. */
function detail(term: string, description: Node | string): HTMLElement[] {
  return [createElement('dt', {}, [term]), createElement('dd', {}, [description])];
}

/** The cookies a service sets, each with its lifetime (the names are codes, not translated). */
function cookieList(service: ConsentService, state: DialogState): Node | string {
  if (service.cookies.length === 0) return state.messages.noCookies;
  const items = service.cookies.map((cookie) =>
    createElement('li', {}, [createElement('code', { translate: 'no' }, [cookie.name]), `: ${localized(cookie.lifetime, state.locale)}`]),
  );
  return createElement('ul', {}, items);
}

/** Who provides a service, what for, which data go there, its cookies and its privacy notice: behind a disclosure. */
function serviceDetails(service: ConsentService, state: DialogState): HTMLDetailsElement {
  const { messages, locale } = state;
  const name = localized(service.name, locale);
  const list = createElement('dl', {}, [
    ...detail(messages.provider, localized(service.provider, locale)),
    ...detail(messages.purpose, localized(service.purpose, locale)),
    ...detail(messages.data, localized(service.data, locale)),
    ...detail(messages.cookies, cookieList(service, state)),
  ]);
  return createElement('details', {}, [createElement('summary', {}, [messages.details(name)]), list, createLink(service.privacyUrl, `${messages.providerPrivacy}: ${name}`)]);
}

function serviceItem(service: ConsentService, state: DialogState): HTMLLIElement {
  return createElement('li', { class: 'consent-service', part: 'service' }, [serviceSwitch(service, state), serviceDetails(service, state)]);
}

function settingsLayer(banner: Banner, state: DialogState, config: ConsentConfig): Layer {
  const { messages } = state;
  const groups = [...byCategory(config.services, state.locale)].flatMap(([category, services]) => [
    createElement('h3', {}, [category]),
    createElement('ul', {}, services.map((service) => serviceItem(service, state))),
  ]);
  const save = createButton(messages.save, () => {
    void decide(banner, 'custom', state.draft);
  });
  return {
    body: [
      createHeading(messages.settingsTitle, state.titleId),
      createParagraph(`${messages.settingsIntro} ${messages.withdrawal}`, { id: state.descriptionId }),
      ...notes(messages, banner.allowed.some(scriptsRan)),
      ...groups,
      legalLinks(config, messages),
    ],
    actions: buttonRow([save, acceptButton(banner, messages), rejectButton(banner, messages)]),
  };
}

function errorLayer(banner: Banner, state: DialogState): Layer {
  const { messages } = state;
  return {
    body: [createHeading(messages.title, state.titleId), createParagraph(messages.error, { id: state.descriptionId })],
    actions: buttonRow([createButton(messages.close, () => close(banner))]),
  };
}

/** The gate's placeholder: its first child, in the light DOM, beside the template and the embed. */
const placeholderOf = (element: ConsentGate): HTMLElement | null => element.querySelector<HTMLElement>(':scope > .consent-placeholder');

function createPlaceholder(element: ConsentGate): HTMLElement {
  const placeholder = createElement('div', { class: 'consent-placeholder', part: 'placeholder' });
  element.prepend(placeholder);
  return placeholder;
}

/** The placeholder's title: the service's name and the embed's title, or "Externer Inhalt" for neither. */
function placeholderTitle(name: string | undefined, template: HTMLTemplateElement | null, messages: ConsentMessages): string {
  const embedTitle = template?.content.querySelector('[title]')?.getAttribute('title');
  const parts = [name, embedTitle].filter((part): part is string => !!part);
  return parts.length > 0 ? parts.join(': ') : messages.externalContent;
}

/**
 * Loads a gate's embed, once (`always` false) or by allowing its service for good; focus then goes to what was
 * loaded, not to the start of the page, as the pressed button is gone.
 */
async function reveal(element: ConsentGate, banner: Banner | null, template: HTMLTemplateElement, placeholder: HTMLElement, always: boolean): Promise<void> {
  const id = element.getAttribute('service')!;
  if (always && banner) await decide(banner, 'custom', { ...banner.record?.choices, [id]: true });
  else placeholder.hidden = true;
  await activate(template);
  const focusable = element.querySelectorAll<HTMLElement>('iframe, a[href], button, input, select, textarea, [tabindex]');
  const target = [...focusable].find((candidate) => !placeholder.contains(candidate));
  if (target) {
    target.focus();
  } else {
    element.tabIndex = -1;
    element.focus();
  }
}

/** Hides a gate's placeholder as soon as a choice (here or in another tab) allows its service. Once per gate. */
function followChoices(element: ConsentGate, banner: Banner | null, id: string): void {
  if (element.followsChoices) return;
  element.followsChoices = true;
  adoptScopedStyles(element, () => gateStyles);
  document.addEventListener(CONSENT_CHANGE_EVENT, () => {
    if (banner?.has(id)) placeholderOf(element)?.setAttribute('hidden', '');
  });
}

/**
 * Renders a gate's placeholder: who provides the content, which data go there, and the two ways to load it.
 * Once a choice allows the service, the placeholder hides (the core activates the embed); a withdrawal puts
 * it back (see apply). An embed loaded once stays until its service is withdrawn.
 */
export async function gate(element: ConsentGate): Promise<void> {
  const banner = document.querySelector('consent-banner');
  await banner?.ready;
  const locale = localeOf(element);
  const messages = await messagesIn(locale);
  const template = element.querySelector('template');
  const id = element.getAttribute('service') ?? '';
  followChoices(element, banner, id);
  if (banner?.has(id) || (template && activated.has(template))) {
    placeholderOf(element)?.setAttribute('hidden', '');
    return;
  }
  const config = banner ? configOf(banner) : defaultConfig;
  const service = config?.services.find((candidate) => candidate.id === id);
  if (config && !service) console.error(`<consent-gate>: Der Dienst „${id}“ ist in der Konfiguration von <consent-banner> nicht eingerichtet.`);
  const placeholder = placeholderOf(element) ?? createPlaceholder(element);
  const titleId = uniqueId('gate-title');
  const content: Node[] = [createParagraph(placeholderTitle(service && localized(service.name, locale), template, messages), { class: 'consent-title', id: titleId })];
  if (service && template) {
    const name = localized(service.name, locale);
    const loadOnce = () => {
      void reveal(element, banner, template, placeholder, false);
    };
    const allowAlways = () => {
      void reveal(element, banner, template, placeholder, true);
    };
    const choices = [createButton(messages.loadOnce, loadOnce)];
    // "Immer erlauben" needs a banner with a valid configuration to store the choice.
    if (banner?.config) choices.push(createButton(messages.allowAlways, allowAlways));
    content.push(
      createParagraph(messages.gateText(localized(service.provider, locale), localized(service.data, locale))),
      createElement('p', {}, [createLink(service.privacyUrl, `${messages.providerPrivacy}: ${name}`)]),
      buttonRow(choices),
    );
  } else {
    content.push(createParagraph(messages.gateUnavailable));
  }
  placeholder.replaceChildren(createElement('div', { role: 'group', 'aria-labelledby': titleId, lang: locale }, content));
  placeholder.hidden = false;
}
