import { css } from 'lit';

/**
 * Design tokens. Every public token is `--herne-*` with a built-in default, so a partner page needs no
 * stylesheet; elements read the private `--_*` copies. Colours follow the page's `color-scheme`
 * (`light-dark()`): a page that declares `color-scheme: light dark` gets the dark scheme in dark mode, a
 * page that declares nothing stays light, and `style="color-scheme: dark"` on an element forces it.
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

/** Host defaults every element shares. */
export const base = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--herne-font-family, inherit);
    font-size: var(--herne-font-size, 1rem);
    line-height: var(--herne-line-height, 1.5);
    color: var(--_color-text);
    background: var(--_color-bg);
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  a {
    color: var(--_color-link);
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  .state:focus {
    outline: none;
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.4rem 1rem;
    border: 2px solid var(--_color-accent);
    border-radius: var(--_radius);
    background: var(--_color-bg);
    color: var(--_color-accent);
    font-weight: 600;
    text-decoration: none;
  }
  .button:hover {
    background: var(--_color-surface);
  }
  .button.primary {
    background: var(--_color-accent);
    color: var(--_color-on-accent);
  }
  .status.loading {
    display: flex;
    align-items: center;
    gap: 0.75em;
    padding: var(--_space);
    color: var(--_color-muted);
  }
  .status.loading::before {
    content: '';
    inline-size: 1.25em;
    block-size: 1.25em;
    border: 0.2em solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: herne-spin 0.9s linear infinite;
  }
  @keyframes herne-spin {
    to {
      transform: rotate(1turn);
    }
  }
  .error {
    padding: var(--_space);
    border: 2px solid var(--_color-danger);
    border-radius: var(--_radius);
    background: var(--_color-danger-surface);
  }
  .error p {
    margin: 0 0 0.75rem;
  }
  .error-title {
    font-weight: 700;
    color: var(--_color-danger);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.001ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.001ms !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :host {
      background: Canvas;
      color: CanvasText;
    }
    a {
      color: LinkText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    .button,
    .button.primary {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .error {
      border-color: CanvasText;
    }
  }
  @media print {
    :host {
      background: none;
      color: #000;
    }
    .button,
    .no-print {
      display: none !important;
    }
  }
`;

/** The shared look of every widget: tokens first, then host defaults. */
export const widgetStyles = [tokens, base];
