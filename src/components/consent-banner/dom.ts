/*
 * The few DOM builders the dialog and the gate placeholder need. The consent code has no Lit: lit-html would
 * take the dialog's code over its budget (see CONTRIBUTING). Text always becomes text nodes, never markup.
 * The generic builder is core/dom.ts's, shared with <meeting-list>.
 */
import { createElement } from '../../core/dom.js';

export { createElement };

export function createParagraph(text: string, attributes: Readonly<Record<string, string>> = {}): HTMLParagraphElement {
  return createElement('p', attributes, [text]);
}

/** The layer's heading; focused when the layer opens, so it can take focus without being in the tab order. */
export function createHeading(text: string, id: string): HTMLHeadingElement {
  return createElement('h2', { id, tabindex: '-1' }, [text]);
}

/** An http(s) URL, resolved against the page; undefined for anything else. */
function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const resolved = new URL(url, location.href);
    return /^https?:$/.test(resolved.protocol) ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}

/** A link to `url` if it is an http(s) one; without an address (no link) otherwise. */
export function createLink(url: string | undefined, text: string): HTMLAnchorElement {
  const link = createElement('a', {}, [text]);
  const href = safeUrl(url);
  if (href !== undefined) link.href = href;
  return link;
}

/** Every button of the dialog and the placeholder: one look (the `button` part), so all choices weigh the same. */
export function createButton(label: string, onClick: () => void): HTMLButtonElement {
  const button = createElement('button', { type: 'button', part: 'button' }, [label]);
  button.addEventListener('click', onClick);
  return button;
}

/** The row of buttons; read-aloud tools skip it (`rs_skip`): the buttons mean nothing read out. */
export function buttonRow(buttons: readonly HTMLButtonElement[]): HTMLDivElement {
  return createElement('div', { class: 'consent-actions rs_skip', part: 'actions' }, buttons);
}
