/*
 * A small element builder for the dialog and the placeholder, instead of lit-html (2.9 KB gzip), which would
 * put the consent bundle over its 12 KB budget. Text always becomes text nodes, never markup.
 */

export type Child = Node | string | false | null | undefined | readonly Child[];

/** Text and nodes of `children`, lists flattened and falsy ones left out. */
export const nodes = (children: readonly Child[]): (Node | string)[] => children.flat(9).filter(Boolean) as (Node | string)[];

/**
 * Builds an element. In `props`, a function becomes an event listener (`onclick`), `checked` a property,
 * `true` an empty attribute, a string an attribute; `false` and undefined leave it out. Children may be text,
 * nodes or lists of them; falsy ones are skipped.
 */
export function h(tag: string, props?: Record<string, string | boolean | EventListener | null | undefined> | null, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (typeof value == 'function') element.addEventListener(name.slice(2), value);
    else if (name == 'checked') (element as HTMLInputElement).checked = !!value;
    else if (value != null && value !== false) element.setAttribute(name, value === true ? '' : value);
  }
  element.append(...nodes(children));
  return element;
}
