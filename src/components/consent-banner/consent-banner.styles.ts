/*
 * Styles of the dialog and of the gate placeholder. Both render into the light DOM of their element, so the
 * CSS is written for `:host` and scoped to the tag by core/scoped-styles.ts (adopted as constructed
 * stylesheets: a strict CSP needs no 'unsafe-inline'). Tokens and the reset against the page's element rules
 * come from core/tokens.ts, the one token source; plain strings (core/css.ts), no Lit in the consent code.
 * Class names are prefixed `consent-` so a host page's classes (Bootstrap's `placeholder`, say) cannot collide.
 */
import { css } from '../../core/css.js';
import { reset, tokens } from '../../core/tokens.js';

/** What the dialog and the placeholder share: text, links, focus, the one button style. */
const shared = css`
  :host {
    font-family: var(--herne-font-family, inherit);
    font-size: var(--herne-font-size, 1rem);
    line-height: var(--herne-line-height, 1.5);
    color: var(--_color-text);
    overflow-wrap: anywhere;
  }
  * {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  a {
    color: var(--_color-link);
  }
  :focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  p {
    margin: 0 0 0.75rem;
  }
  .consent-actions {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 11rem), 1fr));
    gap: 0.75rem;
  }
  /* One look for every button: a theme can recolour them only all together (choices of equal weight). */
  button {
    min-block-size: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_color-accent);
    border-radius: var(--_radius);
    background: var(--consent-banner-button-background, var(--_color-accent));
    color: var(--consent-banner-button-color, var(--_color-on-accent));
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }
  @media print {
    button {
      display: none;
    }
  }
`;

export const dialogStyles: readonly string[] = [
  tokens,
  reset,
  shared,
  css`
    dialog {
      inline-size: min(44rem, 100vw - 2rem);
      max-block-size: calc(100dvh - 2rem);
      padding: calc(var(--_space) * 1.5);
      border: 2px solid var(--_color-border);
      border-radius: var(--_radius);
      background: var(--_color-bg);
      color: inherit;
      overscroll-behavior: contain;
    }
    /* The text scrolls, the button row below it stays: all choices in view without scrolling (WCAG 1.4.10). */
    dialog[open] {
      display: flex;
      flex-direction: column;
      gap: 0.75rem;
    }
    /* Anchored at the top, not centred: switching to the longer settings grows it downwards, nothing shifts. */
    dialog:modal {
      margin-block: 1rem auto;
    }
    .consent-body {
      flex: 1 1 auto;
      min-block-size: 0;
      overflow: auto;
    }
    .consent-body > :last-child {
      margin-block-end: 0;
    }
    dialog > .consent-actions {
      flex: none;
      padding-block-start: 0.75rem;
      border-block-start: 1px solid var(--_color-border);
    }
    /* A short window (a phone held sideways, 200 % or 400 % zoom): less room around, two buttons a row. */
    @media (max-height: 30rem) {
      dialog {
        inline-size: min(44rem, 100vw - 0.5rem);
        max-block-size: calc(100dvh - 0.5rem);
        padding: 0.5rem 0.75rem;
      }
      dialog:modal {
        margin-block: 0.25rem auto;
      }
      dialog[open] {
        gap: 0.5rem;
      }
      dialog > .consent-actions {
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 7rem), 1fr));
        gap: 0.5rem;
        padding-block-start: 0.5rem;
      }
      dialog > .consent-actions button {
        padding: 0.25rem;
        font-size: 0.875rem;
        line-height: 1.25;
      }
      h2 {
        font-size: 1.125rem;
      }
    }
    dialog::backdrop {
      background: var(--consent-banner-backdrop, #000a);
    }
    /* On the legal pages the dialog does not block: a bar at the bottom, the page stays readable above it. */
    dialog:not(:modal) {
      position: fixed;
      inset: auto 0 0;
      z-index: 2147483647;
      max-block-size: 50vh;
      overflow: auto;
    }
    h2 {
      margin: 0 0 0.75rem;
      font-size: 1.375rem;
      line-height: 1.3;
    }
    h2:focus:not(:focus-visible) {
      outline: none;
    }
    h3 {
      margin: 1rem 0 0;
      font-size: 1.125rem;
    }
    .consent-links a {
      margin-inline-end: 1.5rem;
    }
    .consent-note {
      padding-inline-start: 0.75rem;
      border-inline-start: 4px solid;
    }
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      padding-block: 0.5rem;
      border-block-end: 1px solid var(--_color-border);
    }
    label {
      display: flex;
      align-items: center;
      gap: 0.75rem;
      font-weight: 600;
    }
    input {
      inline-size: 1.5rem;
      block-size: 1.5rem;
    }
    summary {
      margin-block: 0.5rem;
      color: var(--_color-link);
      cursor: pointer;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0 0 0.5rem;
    }
    dd li {
      padding: 0;
      border: 0;
    }
    @media (forced-colors: active) {
      dialog {
        border-color: CanvasText;
      }
    }
    @media print {
      dialog {
        display: none;
      }
    }
  `,
];

export const gateStyles: readonly string[] = [
  tokens,
  reset,
  shared,
  css`
    .consent-placeholder {
      position: absolute;
      inset: 0;
      display: flex;
      flex-direction: column;
      justify-content: center;
      padding: var(--_space);
      overflow: auto;
      border: 1px solid var(--_color-border);
      border-radius: var(--_radius);
      background: var(--_color-surface);
    }
    .consent-title {
      font-weight: 700;
    }
    @media (forced-colors: active) {
      .consent-placeholder {
        border-color: CanvasText;
      }
    }
  `,
];
