/* Shared pieces of the <consent-banner> and <consent-gate> tests. */
import '../../../src/components/consent-banner/define.js';
import { activated } from '../../../src/components/consent-banner/activate.js';
import { ConsentBanner } from '../../../src/components/consent-banner/consent-banner.js';
import { fingerprint } from '../../../src/components/consent-banner/config.js';
import { RECORD_NAME } from '../../../src/components/consent-banner/store.js';
import type { ConsentConfig, ConsentRecord } from '../../../src/components/consent-banner/types.js';

export const DAY = 864e5;

/** A valid configuration with one service per kind; `overrides` replaces top-level fields. */
export function testConfig(overrides: Partial<ConsentConfig> = {}): ConsentConfig {
  return {
    revision: 1,
    privacyUrl: '/datenschutz-test',
    imprintUrl: '/impressum-test',
    legalPages: ['/datenschutz-test'],
    services: [
      {
        id: 'essential',
        essential: true,
        category: 'Essenziell',
        name: { de: 'Essenzielle Cookies', en: 'Essential cookies' },
        provider: 'Stadt Herne',
        purpose: 'Speichern dieser Auswahl',
        data: 'Keine',
        cookies: [{ name: 'herne_consent', lifetime: { de: '180 Tage', en: '180 days' } }],
        privacyUrl: 'https://www.herne.de/Datenschutz/',
      },
      {
        id: 'stats',
        adapter: 'etracker',
        category: 'Statistik',
        name: 'eTracker',
        provider: 'etracker GmbH, Hamburg',
        purpose: 'Statistik mit Cookies',
        data: 'IP-Adresse (gekürzt)',
        cookies: [{ name: '_et_coid', lifetime: '2 Jahre' }],
        privacyUrl: 'https://www.etracker.com/datenschutz/',
      },
      {
        id: 'video',
        category: { de: 'Externe Medien', en: 'External media' },
        name: 'VideoDienst',
        provider: 'Video GmbH, Irland',
        purpose: { de: 'Videos zeigen', en: 'Showing videos' },
        data: { de: 'Ihre IP-Adresse', en: 'Your IP address' },
        cookies: [{ name: 'video_id', lifetime: '6 Monate' }, { name: 'video_pref*', lifetime: 'Sitzung' }],
        privacyUrl: 'https://video.example/privacy',
      },
      {
        id: 'reader',
        category: 'Externe Dienste',
        name: 'Vorleser',
        provider: 'Vorlese AG',
        purpose: 'Vorlesen',
        data: 'Text der Seite',
        cookies: [],
        privacyUrl: 'https://reader.example/privacy',
      },
    ],
    ...overrides,
  };
}

/**
 * Forgets the choice, the cookies these tests set and what was activated (which services' scripts ran). Only
 * these: other widgets' tests run in parallel pages of the same origin.
 */
export function forget(): void {
  for (const pair of document.cookie.split(/;\s*/)) {
    const name = pair.split('=')[0]!;
    if (/^(herne_consent|video_|_et_|unrelated)/.test(name)) document.cookie = `${name}=; max-age=0; path=/`;
  }
  localStorage.removeItem(RECORD_NAME);
  activated.clear();
}

let reloads = 0;
ConsentBanner.reload = () => {
  reloads += 1;
};
/** How often a withdrawal asked for a reload (tests cannot reload their page). */
export const reloadCount = (): number => reloads;

let stage: HTMLElement | undefined;

/** Where tests put their markup; `unmount` removes it with everything activation added. */
function theStage(): HTMLElement {
  if (!stage) {
    stage = document.createElement('div');
    document.body.append(stage);
  }
  return stage;
}

/** Puts markup on the page (removed again by `unmount`). */
export function mount<E extends Element = HTMLElement>(markup: string, parent: Element = theStage()): E {
  const box = document.createElement('div');
  box.innerHTML = markup; // test markup only
  const elements = [...box.children];
  parent.append(...elements);
  return elements[0] as E;
}

/** A banner with `config` as its JSON child (undefined: the built-in configuration), just connected. */
export function connect(config?: unknown, attributes = '', parent: Element = theStage()): ConsentBanner {
  const element = document.createElement('consent-banner');
  for (const [, name, value] of attributes.matchAll(/([\w-]+)="([^"]*)"/g)) element.setAttribute(name!, value!);
  if (config !== undefined) {
    const json = document.createElement('script');
    json.type = 'application/json';
    json.textContent = typeof config === 'string' ? config : JSON.stringify(config);
    element.append(json);
  }
  parent.append(element);
  return element;
}

/** A banner with `config` as its JSON child (undefined: the built-in configuration), after its first work is done. */
export async function banner(config?: unknown, attributes = '', parent: Element = theStage()): Promise<ConsentBanner> {
  const element = connect(config, attributes, parent);
  await element.ready;
  return element;
}

export function unmount(): void {
  stage?.remove();
  stage = undefined;
}

/** Waits until `probe` returns something truthy (the lazy part loads asynchronously). */
export async function until<T>(probe: () => T, what = 'condition', timeout = 5000): Promise<NonNullable<T>> {
  const started = performance.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (performance.now() - started > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export const dialogOf = (element: ConsentBanner): HTMLDialogElement | null | undefined => element.querySelector(':scope > dialog');

/** The banner's dialog, once it is open. */
export const openDialog = (element: ConsentBanner): Promise<HTMLDialogElement> => until(() => (dialogOf(element)?.open ? dialogOf(element) : undefined), 'the dialog');

export const buttons = (root: ParentNode): HTMLButtonElement[] => [...root.querySelectorAll('button')];

export function buttonNamed(root: ParentNode, name: string): HTMLButtonElement {
  const found = buttons(root).find((button) => (button.textContent ?? '').trim() === name);
  if (!found) throw new Error(`no button "${name}" in ${buttons(root).map((button) => (button.textContent ?? '').trim()).join(', ')}`);
  return found;
}

/** The focused element, looking into shadow roots. */
export function focused(): Element | null {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element;
}

export const text = (node: Node): string => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Replaces a property (a method of a prototype, a getter) for the length of a test; returns the undo. Used for
 * storage that throws, sendBeacon and Global Privacy Control.
 */
export function stub<T extends object>(target: T, key: PropertyKey, replacement: PropertyDescriptor): () => void {
  const original = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { configurable: true, ...replacement });
  return () => {
    if (original) Object.defineProperty(target, key, original);
    else delete (target as Record<PropertyKey, unknown>)[key];
  };
}

/** Makes cookies and localStorage throw, as with cookies disabled; returns the undo. */
export function blockStorage(): () => void {
  const blocked = () => {
    throw new DOMException('Der Zugriff ist verweigert.', 'SecurityError');
  };
  const undo = [
    stub(Storage.prototype, 'getItem', { value: blocked }),
    stub(Storage.prototype, 'setItem', { value: blocked }),
    stub(Document.prototype, 'cookie', { get: blocked, set: blocked }),
  ];
  return () => undo.forEach((restore) => restore());
}

/** The record in localStorage. */
export function storedRecord(): ConsentRecord | undefined {
  const stored = localStorage.getItem(RECORD_NAME);
  return stored ? (JSON.parse(stored) as ConsentRecord) : undefined;
}

/** The record in the cookie. */
export function cookieRecord(): ConsentRecord | undefined {
  const value = new RegExp(`(?:^|; )${RECORD_NAME}=([^;]+)`).exec(document.cookie)?.[1];
  return value ? (JSON.parse(decodeURIComponent(value)) as ConsentRecord) : undefined;
}

/**
 * The fingerprint of `testConfig()` as `banner()` writes it: a record carrying it was checked against that
 * configuration, so the core applies it by itself (the returning visitor's fast path).
 */
export const TEST_FINGERPRINT = fingerprint(JSON.stringify(testConfig()));

/**
 * Stores a record as the banner would (both places), checked against `testConfig()` unless `configFingerprint`
 * says otherwise.
 */
export function store(record: Partial<ConsentRecord> & { choices: Record<string, boolean> }, where: 'both' | 'cookie' | 'storage' = 'both'): ConsentRecord {
  const full: ConsentRecord = {
    v: 1,
    id: 'test-id',
    revision: 1,
    given: Date.now() - DAY,
    expires: Date.now() + 179 * DAY,
    method: 'custom',
    lang: 'de',
    configFingerprint: TEST_FINGERPRINT,
    ...record,
  };
  const text = JSON.stringify(full);
  if (where !== 'storage') document.cookie = `${RECORD_NAME}=${encodeURIComponent(text)}; path=/`;
  if (where !== 'cookie') localStorage.setItem(RECORD_NAME, text);
  return full;
}

export const ALL = { stats: true, video: true, reader: true };
export const NONE = { stats: false, video: false, reader: false };
