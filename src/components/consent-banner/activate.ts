/*
 * Part of the small core: bringing blocked content to life once its service is allowed. Blocked content is
 * inert markup the browser never runs or loads: `<template data-consent="SERVICE">` (any markup),
 * `<script type="text/plain" data-consent="SERVICE">` (a snippet as a CMS stores it) and the `<template>` of a
 * `<consent-gate service="SERVICE">`.
 */

/** What activation put on the page, per template or script (withdrawal takes markup away again). */
export const activated = new Map<Element, Node[]>();
/** Activation runs one element after the other, across calls, in document order. */
let queue: Promise<unknown> = Promise.resolve();

/** The service a blocked element belongs to. */
export const serviceOf = (source: Element): string => (source as HTMLElement).dataset['consent'] ?? source.parentElement!.getAttribute('service')!;

/** Resolves once an external script has loaded or failed (a failing one must not stop the rest). */
function loadedOrFailed(script: HTMLScriptElement): Promise<unknown> {
  return new Promise((resolve) => {
    script.onload = resolve;
    script.onerror = resolve;
  });
}

/**
 * Puts a template's content (or a blocked script) on the page after it. Its scripts run one after the other,
 * with the page's CSP nonce: an external one is awaited (load or error) before the next, so their order holds
 * and a failing one does not stop the rest. Notes the nodes inserted at the top level.
 */
async function insert(source: Element): Promise<void> {
  const fragment = new DocumentFragment();
  fragment.append((source instanceof HTMLTemplateElement ? source.content : source).cloneNode(true));
  // Scripts wait outside the page, each in place of an empty text: a template's script inserted with the rest
  // would run at once, without nonce and out of order. Each is parsed anew from its markup: a copy of a script
  // that came through innerHTML (a CMS, a single-page application) would never run; a parsed one does.
  const scripts = [...fragment.querySelectorAll('script')].map((blocked) => {
    const mark = new Text();
    blocked.replaceWith(mark);
    return [blocked, mark] as const;
  });
  activated.set(source, [...fragment.childNodes]);
  source.after(fragment);
  for (const [blocked, mark] of scripts) {
    const script = document.createRange().createContextualFragment(blocked.outerHTML).firstChild as HTMLScriptElement;
    // A blocked script gets its real type back (none, or data-type="module").
    if (blocked.dataset['consent']) script.type = blocked.dataset['type'] ?? '';
    // CSP hides the nonce attribute after parsing; the property keeps it.
    const nonce = document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce;
    if (nonce) script.nonce = nonce;
    mark.replaceWith(script);
    if (script.src) await loadedOrFailed(script);
  }
}

/** Activates one template or blocked script, after those queued before it; at most once. */
export function activate(source: Element): Promise<unknown> {
  if (!activated.has(source)) {
    activated.set(source, []);
    queue = queue.then(() => insert(source));
  }
  return queue;
}

/** Activates, in document order, every blocked template and script whose service `consent` allows. */
export function activateAllowed(consent: { has(service: string): boolean }): void {
  for (const source of document.querySelectorAll('template[data-consent],script[type="text/plain"][data-consent],consent-gate>template')) {
    if (consent.has(serviceOf(source))) void activate(source);
  }
}
