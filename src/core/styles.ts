import { css } from './css.js';
import { reset, tokens } from './tokens.js';

/*
 * The look every widget shares, as plain CSS written for the element's host (`:host`) as if it had a shadow
 * root. Widgets render into the light DOM, so that every text is in the page's own tree for read-aloud and
 * translation tools; scoped-styles.ts turns these sheets into one `@scope` rule per tag. Every class a widget
 * renders starts with `hw-`, so that a page's own classes (`.badge`, `.card`, `.button` …) never match.
 */

/** Host defaults, focus, buttons and the states every element shares. */
export const base = css`
  :host {
    overflow-wrap: break-word;
  }
  .hw-visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  a {
    color: var(--_color-link);
    text-decoration: underline;
    text-decoration-thickness: 0.08em;
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  .hw-state:focus {
    outline: none;
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  .hw-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 2.75rem;
    min-width: 2.75rem;
    margin: 0;
    padding: 0.4rem 1rem;
    border: 2px solid var(--_color-accent);
    border-radius: var(--_radius);
    background: var(--_color-bg);
    color: var(--_color-accent);
    font: inherit;
    font-weight: 600;
    text-align: center;
    text-decoration: none;
  }
  .hw-button:hover {
    background: var(--_color-surface);
  }
  .hw-button.hw-primary {
    background: var(--_color-accent);
    color: var(--_color-on-accent);
  }
  .hw-status.hw-loading {
    display: flex;
    align-items: center;
    gap: 0.75em;
    padding: var(--_space);
    color: var(--_color-muted);
  }
  .hw-status.hw-loading::before {
    content: '';
    inline-size: 1.25em;
    block-size: 1.25em;
    border: 0.2em solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: herne-spin 0.9s linear infinite;
  }
  .hw-error {
    padding: var(--_space);
    border: 2px solid var(--_color-danger);
    border-radius: var(--_radius);
    background: var(--_color-danger-surface);
  }
  .hw-error p {
    margin: 0 0 0.75rem;
  }
  .hw-error-title {
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
    .hw-button,
    .hw-button.hw-primary {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .hw-error {
      border-color: CanvasText;
    }
  }
  @media print {
    :host {
      background: none;
      color: #000;
    }
    .hw-button,
    .hw-no-print {
      display: none !important;
    }
  }
`;

/** Rules that cannot live inside a scope (`@keyframes`), added once per document or shadow root. */
export const unscoped = css`
  @keyframes herne-spin {
    to {
      transform: rotate(1turn);
    }
  }
`;

/** The shared look of every widget: tokens, the reset against the page's element rules, host defaults. */
export const widgetStyles: readonly string[] = [tokens, reset, base];
