import { unscoped } from './styles.js';

/*
 * Styles for elements that render into the light DOM. An element's CSS is written for its host (`:host`),
 * as for a shadow root; here it becomes one `@scope (<tag>) to (<nested widgets>)` rule, adopted once per
 * document or shadow root as a constructed stylesheet (allowed under a strict CSP, no `<style>` in the
 * page). The scope ends at a nested widget (a decision card inside an agenda), which brings its own scope.
 *
 * Inside the scope `:host` is `:where(:scope)`, of no specificity, so a page can still size and place the
 * element with a plain tag selector; the element's own rules keep the specificity they are written with
 * and win over the page's element rules through scope proximity.
 *
 * A browser without `@scope` (Firefox before 146, so Firefox ESR 140) would drop the whole rule and show the
 * widget unstyled; there the rules nest in the tag instead (CSS nesting, `:host` as `:where(&)`). They then
 * reach into a nested widget too, whose own rules come later and win where both set something.
 */

/** The tags a widget may render inside itself; each ends the scope of the widget around it. */
export const WIDGET_TAGS = ['meeting-agenda', 'resolution-card', 'senior-service-finder', 'meeting-list', 'consent-banner', 'consent-gate'];

/** Whether the browser knows `@scope` (Chromium 118, Safari 17.4, Firefox 146). */
const scopeSupported = typeof CSSScopeRule !== 'undefined';

/** `:host` and `:host(<selector>)` as `root`, the selector of the element itself. */
function hostAs(root: string, cssText: string): string {
  let result = '';
  let rest = cssText;
  for (let at = rest.indexOf(':host'); at !== -1; at = rest.indexOf(':host')) {
    result += rest.slice(0, at) + root;
    rest = rest.slice(at + ':host'.length);
    if (rest.startsWith('(')) {
      // The argument may hold parentheses of its own: `:host(:not([hidden]))`.
      let depth = 0;
      let end = 0;
      for (; end < rest.length; end += 1) {
        if (rest[end] === '(') depth += 1;
        else if (rest[end] === ')') depth -= 1;
        if (depth === 0) break;
      }
      result += `:is(${rest.slice(1, end)})`;
      rest = rest.slice(end + 1);
    }
  }
  return result + rest;
}

/** The CSS of an element, written for `:host`, as one scoped rule for `tag`. */
export function scopeCss(tag: string, cssText: string): string {
  // The element's own tag ends its scope too: a custom tag (`defineElement('rat-tagesordnung', …)`) nested in itself.
  const limits = new Set([...WIDGET_TAGS, tag]);
  if (!scopeSupported) return nestedCss(tag, cssText);
  return `@scope (${tag}) to (${[...limits].join(', ')}) {${hostAs(':where(:scope)', cssText)}}`;
}

/** The CSS of an element, written for `:host`, nested in a rule for `tag`: for browsers without `@scope`. */
export function nestedCss(tag: string, cssText: string): string {
  return `${tag} {${hostAs(':where(&)', cssText)}}`;
}

const sheets = new Map<string, CSSStyleSheet>();

function sheetFor(key: string, cssText: () => string): CSSStyleSheet {
  let sheet = sheets.get(key);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(cssText());
    sheets.set(key, sheet);
  }
  return sheet;
}

/**
 * Adds the scoped styles of `element` (by its tag) to the document or shadow root it is in, once per root;
 * `styles` is read only the first time a tag is seen. `part` names styles that arrive later with a lazy
 * chunk of the element ("details"), which get a sheet of their own.
 */
export function adoptScopedStyles(element: Element, styles: () => readonly string[], part = ''): void {
  const root = element.getRootNode();
  if (!(root instanceof Document || root instanceof ShadowRoot)) return;
  const tag = element.localName;
  const wanted = [sheetFor('', () => unscoped), sheetFor(`${tag} ${part}`, () => scopeCss(tag, styles().join('\n')))];
  const missing = wanted.filter((sheet) => !root.adoptedStyleSheets.includes(sheet));
  if (missing.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...missing];
}
