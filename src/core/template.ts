import { html as litHtml, noChange, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/*
 * Templates whose text survives tools that rewrite the page's text. Google Translate replaces each text node
 * with <font><font>translation</font></font>; read-aloud tools wrap every word in a <span>. Lit writes a
 * changed text binding into the very text node it rendered before, which such a tool has taken out of the
 * page: the new text would never appear. Here every text binding renders a fresh text node when its value
 * changes, which replaces whatever the tool left between Lit's markers, and leaves the tool's version alone
 * while the value stays the same. Static text in templates is Lit's concern only when the template goes,
 * and then everything between its markers goes with it.
 *
 * Use `html` from this module for every template a widget renders (ESLint enforces it).
 */

class TextDirective extends Directive {
  private readonly inChild: boolean;
  private shown: string | undefined;

  constructor(part: PartInfo) {
    super(part);
    this.inChild = part.type === PartType.CHILD;
  }

  render(value: string | number): string | number {
    return value;
  }

  override update(_part: unknown, [value]: [string | number]): unknown {
    // Attributes and properties keep their value: Lit sets them on the element, which tools leave in place.
    if (!this.inChild) return value;
    const text = String(value);
    if (text === this.shown) return noChange;
    this.shown = text;
    return document.createTextNode(text);
  }
}

const text = directive(TextDirective);

/** A template value with its text bindings (strings and numbers, also inside lists) made rewrite-proof. */
function robust(value: unknown): unknown {
  if (typeof value === 'string' || typeof value === 'number') return text(value);
  if (Array.isArray(value)) return value.map(robust);
  return value;
}

/*
 * Lit ends a child binding's part at the node after it, which is often the template's own text
 * (`${number}: Titel`): once a tool has replaced that text node, the part's end is no longer in the page and
 * its next update throws. An empty comment after every child binding gives each part an end that no tool
 * rewrites. Templates are rewritten once per call site, so Lit's template cache still works.
 */
const withEnds = new WeakMap<TemplateStringsArray, TemplateStringsArray>();

/** Follows whether the template is inside a tag (where bindings are attributes or properties) through `text`. */
function scanTags(text: string, state: { inTag: boolean; quote: string }): void {
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (state.quote) {
      if (char === state.quote) state.quote = '';
    } else if (state.inTag) {
      if (char === '"' || char === "'") state.quote = char;
      else if (char === '>') state.inTag = false;
    } else if (char === '<' && /[a-zA-Z/]/.test(text[index + 1] ?? '')) {
      state.inTag = true;
    }
  }
}

function endChildBindings(strings: TemplateStringsArray): TemplateStringsArray {
  let rewritten = withEnds.get(strings);
  if (!rewritten) {
    const state = { inTag: false, quote: '' };
    const parts = strings.map((text, index) => {
      const afterChildBinding = index > 0 && !state.inTag;
      scanTags(text, state);
      return afterChildBinding ? `<!---->${text}` : text;
    });
    rewritten = Object.assign(parts, { raw: parts });
    withEnds.set(strings, rewritten);
  }
  return rewritten;
}

/** Lit's `html`, with text that tools may rewrite (see above). */
export const html = (strings: TemplateStringsArray, ...values: unknown[]): TemplateResult => litHtml(endChildBindings(strings), ...values.map(robust));
