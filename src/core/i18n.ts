import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The languages the widgets speak. German is the default and the fallback. */
export type Locale = 'de' | 'en';
export const DEFAULT_LOCALE: Locale = 'de';
/** Every date and time is shown in Herne's time zone, whatever the visitor's computer says. */
export const TIME_ZONE = 'Europe/Berlin';

/**
 * A message catalogue per language; TypeScript checks that English has every German key. German is always
 * bundled; English may be a loader, so that the code of a language is only fetched by pages that use it.
 */
export type Catalogue<Messages> = Readonly<{ de: Messages; en: Messages | (() => Promise<Messages>) }>;

type Loader = () => Promise<unknown>;
/** Loaded catalogues, shared by all elements. */
const loadedCatalogues = new WeakMap<Loader, unknown>();
const loadingCatalogues = new WeakMap<Loader, Promise<void>>();

function loadCatalogue(loader: Loader): Promise<void> {
  let loading = loadingCatalogues.get(loader);
  if (!loading) {
    loading = loader().then(
      (messages) => {
        loadedCatalogues.set(loader, messages);
      },
      // A language that cannot load (offline, a missing file) stays German for this page view: the failed
      // attempt is remembered, so rendering never asks again in a loop.
      () => undefined,
    );
    loadingCatalogues.set(loader, loading);
  }
  return loading;
}

const isLoader = (entry: unknown): entry is Loader => typeof entry === 'function';

/** Maps a BCP 47 tag ("de-CH", "en-GB", "fr") to a supported locale. */
export function toLocale(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'en' ? 'en' : DEFAULT_LOCALE;
}

/**
 * The language that applies to an element: its own `lang`, else the closest ancestor's (crossing shadow
 * roots, so a card inside an agenda follows the page), else `<html lang>`, else German.
 */
export function resolveLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
  }
  return document.documentElement.lang || DEFAULT_LOCALE;
}

const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

/** One observer for the whole page: any `lang` change re-renders the widgets (they are few). */
function watchLang(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

/** Gives an element its locale and re-renders it when the page's or its own `lang` changes. */
export class LocalizeController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private unwatch: (() => void) | undefined;
  private current: Locale = DEFAULT_LOCALE;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  get locale(): Locale {
    return this.current;
  }

  /** Picks this element's messages: its language's, or German while another language is still loading. */
  messages<Messages>(catalogue: Catalogue<Messages>): Messages {
    const entry: unknown = catalogue[this.current];
    if (!isLoader(entry)) return entry as Messages;
    const loaded = loadedCatalogues.get(entry);
    if (loaded) return loaded as Messages;
    void loadCatalogue(entry).then(() => loadedCatalogues.has(entry) && this.host.requestUpdate());
    return catalogue.de;
  }

  /** Loads the current language of these catalogues, if it is not loaded yet; undefined when nothing is missing. */
  prepare(catalogues: readonly Catalogue<unknown>[]): Promise<unknown> | undefined {
    const missing = catalogues.map((catalogue): unknown => catalogue[this.current]).filter((entry): entry is Loader => isLoader(entry) && !loadedCatalogues.has(entry));
    return missing.length ? Promise.all(missing.map(loadCatalogue)) : undefined;
  }

  hostConnected(): void {
    this.current = toLocale(resolveLang(this.host));
    this.unwatch = watchLang(() => {
      const next = toLocale(resolveLang(this.host));
      if (next !== this.current) {
        this.current = next;
        this.host.requestUpdate();
      }
    });
  }

  hostDisconnected(): void {
    this.unwatch?.();
    this.unwatch = undefined;
  }
}

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
/** Intl formatters are slow to make and agendas format hundreds of values: one per kind is kept. */
function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => F): F {
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}

/** Formats a date in Europe/Berlin. */
export function formatDate(date: Date, locale: Locale, options: Intl.DateTimeFormatOptions): string {
  return cached(locale + JSON.stringify(options), () => new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { timeZone: TIME_ZONE, ...options })).format(date);
}

let partsFormatter: Intl.DateTimeFormat | undefined;

/** The calendar parts of an instant as seen in Europe/Berlin (weekday 0 = Sunday). */
export function berlinParts(date: Date): { year: number; month: number; day: number; hour: number; minute: number; second: number; weekday: number } {
  partsFormatter ??= new Intl.DateTimeFormat('en-US', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    weekday: 'short',
  });
  const parts = partsFormatter.formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '0';
  const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    hour: Number(get('hour')),
    minute: Number(get('minute')),
    second: Number(get('second')),
    weekday: weekdays.indexOf(get('weekday')),
  };
}

/** The Berlin calendar day of an instant as "2027-01-14": a `<time datetime>` for a day without a time. */
export function berlinDay(date: Date): string {
  const { year, month, day } = berlinParts(date);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fileSizeUnit(bytes: number): [value: number, unit: 'byte' | 'kilobyte' | 'megabyte'] {
  if (bytes < 1000) return [bytes, 'byte'];
  if (bytes < 1_000_000) return [bytes / 1000, 'kilobyte'];
  return [bytes / 1_000_000, 'megabyte'];
}

/** A human file size ("1,2 MB"); undefined for 0 or unknown, which real endpoints send. */
export function formatFileSize(bytes: number | undefined, locale: Locale): string | undefined {
  if (!bytes || !Number.isFinite(bytes) || bytes <= 0) return undefined;
  const [value, unit] = fileSizeUnit(bytes);
  return cached(`${locale}${unit}${value < 10}`, () => new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: value < 10 ? 1 : 0 })).format(value);
}

/**
 * The instant at which the wall clock in Berlin shows the given local time. Around the DST change a time
 * that does not exist (02:30 on the spring Sunday) moves forward; a time that exists twice takes the first.
 */
export function fromBerlinTime(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  const wanted = Date.UTC(year, month - 1, day, hour, minute, second);
  const shows = (instant: number) => {
    const p = berlinParts(new Date(instant));
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) === wanted;
  };
  // Berlin is UTC+2 in summer and UTC+1 in winter. Summer first, so a doubled hour takes its first occurrence;
  // a time in the spring gap matches neither and is read as winter time, which lands an hour later.
  const summer = wanted - 7_200_000;
  return new Date(shows(summer) ? summer : wanted - 3_600_000);
}
