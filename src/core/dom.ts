/*
 * Building DOM without Lit, for the code that must stay small (the consent core's dialog, <meeting-list>; see
 * CONTRIBUTING). Text always becomes text nodes, never markup. Re-rendering builds fresh nodes, so a
 * translator's <font> or a read-aloud tool's word spans never keep an old text.
 */

/** A child: a node, a string (a text node), or nothing (undefined / false, for what a state leaves out). */
export type Child = Node | string | undefined | false;

/** An element with these attributes (undefined ones left out) and children (strings become text nodes). */
export function createElement<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  attributes: Readonly<Record<string, string | undefined>> = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, value);
  }
  for (const child of children) {
    if (child !== undefined && child !== false) element.append(child);
  }
  return element;
}
