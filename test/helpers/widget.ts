import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { WidgetErrorEvent, WidgetLoadedEvent } from '../../src/core/events.js';

/**
 * Renders a widget and waits for its first `widget-loaded` or `widget-error` (listening before rendering, so a
 * cached answer cannot slip past). Resolves with the element that fired and the event.
 */
export async function renderSettled<T extends HTMLElement>(template: TemplateResult): Promise<{ el: T; event: WidgetLoadedEvent | WidgetErrorEvent }> {
  const settled = new Promise<{ el: T; event: WidgetLoadedEvent | WidgetErrorEvent }>((resolve) => {
    const done = (event: Event) => {
      document.removeEventListener('widget-loaded', done);
      document.removeEventListener('widget-error', done);
      // composedPath() is empty once dispatch is over: read the element now.
      resolve({ el: event.composedPath()[0] as T, event: event as WidgetLoadedEvent | WidgetErrorEvent });
    };
    document.addEventListener('widget-loaded', done);
    document.addEventListener('widget-error', done);
  });
  await fixture<HTMLElement>(template);
  return settled;
}

/** As renderSettled, but fails unless the widget loaded. */
export async function renderLoaded<T extends HTMLElement>(template: TemplateResult): Promise<{ el: T; event: WidgetLoadedEvent }> {
  const { el, event } = await renderSettled<T>(template);
  if (event.type !== 'widget-loaded') throw new Error(`<${el.localName}> failed to load: ${(event as WidgetErrorEvent).message}`);
  return { el, event: event as WidgetLoadedEvent };
}

/** As renderSettled, but fails unless the widget reported an error. */
export async function renderFailed<T extends HTMLElement>(template: TemplateResult): Promise<{ el: T; event: WidgetErrorEvent }> {
  const { el, event } = await renderSettled<T>(template);
  if (event.type !== 'widget-error') throw new Error(`<${el.localName}> loaded, but an error was expected`);
  return { el, event: event as WidgetErrorEvent };
}

/** Text content of a widget (its light DOM) with whitespace collapsed: what a reader sees (roughly). */
export function visibleText(el: Element | ShadowRoot): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A query inside a widget that fails loudly. */
export function $<E extends Element = HTMLElement>(el: HTMLElement, selector: string): E {
  const found = el.querySelector<E>(selector);
  if (!found) throw new Error(`${selector} not found in <${el.localName}>`);
  return found;
}

export function $$<E extends Element = HTMLElement>(el: HTMLElement, selector: string): E[] {
  return [...el.querySelectorAll<E>(selector)];
}

/** Media emulation (print, forced colours) needs CDP: Chromium only; Firefox over WebDriver BiDi cannot. */
export function canEmulateMedia(): boolean {
  return navigator.userAgent.includes('Chrome');
}

/** Waits until `condition` holds (polling every 20 ms, at most `timeoutMs`); the assertion after it says what failed. */
export async function until(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  for (const start = performance.now(); !condition() && performance.now() - start < timeoutMs; ) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Catches the download a click starts: its file name and text (the blob behind the link). */
export function catchDownload(el: HTMLElement): Promise<{ name: string; text: string }> {
  return new Promise((resolve) => {
    const onClick = (event: Event) => {
      const link = event.target as HTMLAnchorElement;
      if (!link.matches('a[download]')) return;
      event.preventDefault();
      el.removeEventListener('click', onClick, true);
      void fetch(link.href)
        .then((response) => response.text())
        .then((text) => resolve({ name: link.download, text }));
    };
    el.addEventListener('click', onClick, true);
  });
}
