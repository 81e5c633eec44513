import { a11ySnapshot } from '@web/test-runner-commands';
import type Axe from 'axe-core';
import type { SeniorServiceFinder } from '../../../src/components/senior-service-finder/senior-service-finder.js';
import { setClock } from '../../../src/core/clock.js';
import { clearFetchCache } from '../../../src/core/fetch.js';
import { fromBerlinTime } from '../../../src/core/i18n.js';

/** Monday, 23 November 2026, 10:15 in Herne: counselling offices are open, the Tuesday course is not. */
export const MONDAY_MORNING = fromBerlinTime(2026, 11, 23, 10, 15);
export const SAMPLE = '/sample/hsds/services.json';

/**
 * Test files run side by side in pages of one origin, which share localStorage. Each page gets its own
 * in-memory Storage, so one file's Merkliste or text size never leaks into another's.
 */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
}
Object.defineProperty(window, 'localStorage', { value: new MemoryStorage(), configurable: true });

/** A clean page: pinned clock, no hash, no Merkliste or text size stored, no cached answers. */
export function resetPage(): void {
  setClock(MONDAY_MORNING);
  clearFetchCache();
  history.replaceState(null, '', location.pathname + location.search);
  localStorage.clear();
}

export function restorePage(): void {
  setClock(undefined);
  history.replaceState(null, '', location.pathname + location.search);
}

/** The finder renders into the light DOM: its own element is the root of what it shows. */
export const root = (el: Element): HTMLElement => el as HTMLElement;

/**
 * The accessible name of an element: Chromium's own (its accessibility tree, through CDP), else axe-core's
 * computation (Firefox cannot give its tree to the test runner). The element is focused to find it in the tree.
 */
export async function accessibleName(node: HTMLElement): Promise<string> {
  if (navigator.userAgent.includes('Chrome')) {
    node.focus();
    const focusedNode = (tree: AccessibilityNode): AccessibilityNode | undefined => (tree.focused ? tree : tree.children?.map(focusedNode).find(Boolean));
    const named = focusedNode((await a11ySnapshot({})) as unknown as AccessibilityNode);
    if (!named) throw new Error('the focused element is not in the accessibility tree');
    return named.name ?? '';
  }
  // axe-core registers itself on window when imported in a browser (as chai-a11y-axe loads it).
  // @ts-expect-error -- the browser build has no type declarations; window.axe is typed below
  await import('axe-core/axe.min.js');
  const { axe } = window as unknown as { axe: typeof Axe };
  axe.setup(document);
  try {
    return axe.commons.text.accessibleText(node);
  } finally {
    axe.teardown();
  }
}

interface AccessibilityNode {
  name?: string;
  focused?: boolean;
  children?: AccessibilityNode[];
}

/** Text as a reader gets it, whitespace collapsed. */
export const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The first element matching `selector` whose text contains `words`; fails loudly. */
export function find<E extends HTMLElement = HTMLElement>(el: Element, selector: string, words = ''): E {
  const found = [...root(el).querySelectorAll<E>(selector)].find((node) => text(node).includes(words));
  if (!found) throw new Error(`no ${selector} with "${words}" in <${el.localName}>: ${text(root(el)).slice(0, 400)}`);
  return found;
}

export const findAll = <E extends HTMLElement = HTMLElement>(el: Element, selector: string): E[] => [...root(el).querySelectorAll<E>(selector)];

/** Waits until `check` returns something truthy (rendering, lazy chunks), or fails after `timeoutMs`. */
export async function waitFor<T>(check: () => T | undefined | null | false, what = 'condition', timeoutMs = 5000): Promise<T> {
  const started = performance.now();
  for (;;) {
    try {
      const value = check();
      if (value) return value;
    } catch {
      // not there yet
    }
    if (performance.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Clicks and waits for the element to render. */
export async function press(el: SeniorServiceFinder, target: HTMLElement): Promise<void> {
  target.click();
  await el.updateComplete;
}

/** The cards' offer names, in order. */
export const cardNames = (el: Element): string[] => findAll(el, '.ssf-card h4 a').map((a) => text(a));

/** The number the results heading states ("23 Angebote gefunden" → 23; "Kein Angebot gefunden" → 0). */
export function foundCount(el: Element): number {
  const heading = text(root(el).querySelector('[id$="-count"]'));
  return /^Kein/.test(heading) ? 0 : Number(/^(\d+)/.exec(heading)?.[1] ?? NaN);
}

/** The element that has focus, when it is inside the finder. */
export const focused = (el: Element): Element | null => (document.activeElement && el.contains(document.activeElement) ? document.activeElement : null);

/** Runs axe's AAA contrast rule (7:1) on the element. */
export async function enhancedContrastViolations(el: Element): Promise<string[]> {
  const axe = (window as unknown as { axe: { run: (el: Element, opts: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ html: string }> }> }> } }).axe;
  const { violations } = await axe.run(el, { runOnly: { type: 'rule', values: ['color-contrast-enhanced'] } });
  return violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.html}`));
}
