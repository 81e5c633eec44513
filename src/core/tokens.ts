import { css } from './css.js';

/**
 * Design tokens, the one source for every element (the Lit elements and the Lit-free consent code alike).
 * Every public token is `--herne-*` with a built-in default, so a partner page needs no stylesheet; elements
 * read the private `--_*` copies. Colours follow the page's `color-scheme` (`light-dark()`): a page that
 * declares `color-scheme: light dark` gets the dark scheme in dark mode, a page that declares nothing stays
 * light, and `style="color-scheme: dark"` on an element forces it.
 */
export const tokens = css`
  :host {
    --_color-text: var(--herne-color-text, light-dark(#1b1b1b, #f1f1f1));
    --_color-muted: var(--herne-color-muted, light-dark(#4a4d52, #c9ccd1));
    --_color-bg: var(--herne-color-bg, light-dark(#ffffff, #16181b));
    --_color-surface: var(--herne-color-surface, light-dark(#f2f4f7, #23272d));
    --_color-border: var(--herne-color-border, light-dark(#6f737a, #9aa0a8));
    --_color-accent: var(--herne-color-accent, light-dark(#0b4f9c, #8ec5ff));
    --_color-on-accent: var(--herne-color-on-accent, light-dark(#ffffff, #0d1420));
    --_color-link: var(--herne-color-link, light-dark(#0b4f9c, #9ccbff));
    --_color-focus: var(--herne-color-focus, light-dark(#0b4f9c, #ffd34d));
    --_color-danger: var(--herne-color-danger, light-dark(#a1001c, #ff9a9a));
    --_color-danger-surface: var(--herne-color-danger-surface, light-dark(#fdecee, #3a1c20));
    --_color-success: var(--herne-color-success, light-dark(#1b6b2e, #86d69a));
    --_color-warning-surface: var(--herne-color-warning-surface, light-dark(#fff4d6, #3a3119));
    --_radius: var(--herne-radius, 0.375rem);
    --_space: var(--herne-space, 1rem);
  }
`;

/**
 * What a widget takes from the page on purpose: the font family (unless `--herne-font-family` sets one) and
 * nothing else. The page's rules for elements (`h2`, `p`, `ul`, `button` …) never reach inside: every element
 * a widget renders starts from the browser's own defaults, as it would inside a shadow root, and then gets
 * the widget's look. A page's class rules reach a widget only through the documented `[part~=…]` hooks.
 */
export const reset = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--herne-font-family, inherit);
    font-size: var(--herne-font-size, 1rem);
    font-style: normal;
    font-weight: 400;
    line-height: var(--herne-line-height, 1.5);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    color: var(--_color-text);
    background: var(--_color-bg);
  }
  :host([hidden]) {
    display: none !important;
  }
  /* Every element but SVG's (whose presentation attributes revert would drop), at an element's specificity. */
  :not(svg, svg *) {
    all: revert;
    box-sizing: border-box;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
`;
