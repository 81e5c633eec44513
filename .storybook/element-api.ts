// Story controls and the element in a story, both from the custom elements manifest (dist/custom-elements.json,
// generated from the JSDoc on the element classes): the public API is written once, on the class.
import type { ArgTypes } from '@storybook/web-components-vite';
import manifest, { type Attribute, type Declaration } from 'virtual:custom-elements-manifest';

function declarationOf(tag: string): Declaration {
  const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((entry) => entry.tagName === tag);
  if (!declaration) throw new Error(`<${tag}> is not in dist/custom-elements.json`);
  return declaration;
}

function kindOf(attribute: Attribute): 'boolean' | 'number' | 'text' {
  const types = (attribute.type?.text ?? 'string').split('|').map((type) => type.trim());
  if (types.includes('boolean')) return 'boolean';
  if (types.includes('number')) return 'number';
  return 'text';
}

/** The attributes of `tag` as controls (keyed by attribute name) and its events as actions. */
export function argTypesOf(tag: string): ArgTypes {
  const declaration = declarationOf(tag);
  const argTypes: ArgTypes = {};
  for (const attribute of declaration.attributes ?? []) {
    argTypes[attribute.name] = {
      name: attribute.name,
      description: attribute.description,
      control: kindOf(attribute),
      table: { category: 'Attribute', type: { summary: attribute.type?.text ?? 'string' }, defaultValue: { summary: attribute.default } },
    };
  }
  for (const event of declaration.events ?? []) {
    if (!event.name) continue;
    argTypes[event.name] = { name: event.name, description: event.description, action: event.name, table: { category: 'Ereignisse' }, control: false };
  }
  return argTypes;
}

/** The element's description from its JSDoc, for the story's docs. */
export function descriptionOf(tag: string): string {
  return declarationOf(tag).description ?? '';
}

/**
 * `<tag>` with the story's args that name one of its attributes set as attributes (a boolean one present when
 * true; empty and undefined values left out, as a web editor's tag would leave them out).
 */
export function renderElement(tag: string, args: Record<string, unknown>): HTMLElement {
  const element = document.createElement(tag);
  for (const attribute of declarationOf(tag).attributes ?? []) {
    const value = args[attribute.name];
    if (value === undefined || value === null || value === '' || value === false) continue;
    if (value === true) element.setAttribute(attribute.name, '');
    else if (typeof value === 'string' || typeof value === 'number') element.setAttribute(attribute.name, String(value));
  }
  if (typeof args['lang'] === 'string') element.lang = args['lang'];
  return element;
}
