import { css } from '../../core/css.js';

/*
 * Built for older eyes and hands: base text 18 px (in rem), three text sizes, targets of at least 44 × 44 px
 * with gaps, text contrast of at least 7:1 in both colour schemes, state never shown by colour alone (a check
 * mark), visible focus (shared styles), forced colours, reflow down to 320 px, print in large type.
 */
export const finderStyles = css`
  :host {
    --_open: var(--senior-service-finder-color-open, light-dark(#155724, #86d69a));
  }
  .ssf-finder {
    font-size: var(--senior-service-finder-font-size, 1.125rem);
    container-type: inline-size;
  }
  .ssf-size-2 {
    font-size: calc(var(--senior-service-finder-font-size, 1.125rem) * 1.25);
  }
  .ssf-size-3 {
    font-size: calc(var(--senior-service-finder-font-size, 1.125rem) * 1.5);
  }
  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin: 1.2em 0 0.5em;
  }
  h2 {
    font-size: 1.5em;
  }
  h3 {
    font-size: 1.2em;
  }
  p {
    margin: 0 0 0.6em;
  }
  ul,
  ol {
    padding: 0;
    margin: 0;
    list-style: none;
  }
  .hw-button {
    min-height: 3rem;
    font-size: 1em;
  }
  .ssf-toolbar,
  .ssf-nav,
  .ssf-sizes,
  .ssf-actions,
  .ssf-chips,
  .ssf-search,
  fieldset {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
  }
  .ssf-toolbar {
    justify-content: space-between;
    padding-bottom: 0.75rem;
    border-bottom: 2px solid var(--_color-border);
  }
  .ssf-crumbs {
    margin: 0;
    flex-basis: 100%;
  }
  .ssf-crumbs,
  .ssf-meta {
    color: var(--_color-muted);
  }
  [aria-pressed='true'] {
    background: var(--_color-accent);
    color: var(--_color-on-accent);
  }
  .ssf-symbol {
    flex: none;
    width: 1em;
    height: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.4;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  [data-symbol='star-filled'] {
    fill: currentColor;
    stroke-width: 1.8;
  }
  .ssf-search {
    align-items: end;
    margin: 1em 0;
  }
  .ssf-field {
    display: flex;
    flex-direction: column;
    flex: 1 1 14em;
    min-width: 0;
  }
  label,
  legend {
    font-weight: 700;
  }
  input,
  select {
    font: inherit;
    min-height: 3rem;
    padding: 0.3em 0.5em;
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-bg);
    color: var(--_color-text);
  }
  .ssf-tiles {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12em), 1fr));
    gap: 0.75rem;
  }
  .ssf-tile {
    display: flex;
    flex-direction: column;
    height: 100%;
    padding: 0.8em;
    border: 2px solid var(--_color-accent);
    border-radius: var(--_radius);
    color: var(--_color-text);
    text-decoration: none;
    font-weight: 700;
  }
  .ssf-tile:hover {
    background: var(--_color-surface);
  }
  .ssf-icon {
    width: 2.4em;
    height: 2.4em;
    fill: none;
    stroke: var(--_color-accent);
    stroke-width: 1.8;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 1em;
    gap: 0.5rem;
  }
  legend {
    padding: 0 0 0.3em;
  }
  .ssf-toggle {
    border-radius: 1.5rem;
    font-weight: 400;
  }
  /* A filter that would find nothing is shown, so the list of filters stays put, but not offered. */
  .ssf-toggle:disabled {
    border-style: dashed;
    background: transparent;
    color: inherit;
    cursor: not-allowed;
  }
  .ssf-number {
    display: inline-grid;
    place-items: center;
    min-width: 1.8em;
    height: 1.8em;
    margin-right: 0.4em;
    border-radius: 50%;
    background: var(--_color-accent);
    color: var(--_color-on-accent);
    font-weight: 700;
    vertical-align: middle;
  }
  .ssf-count {
    margin-top: 0.5em;
  }
  .ssf-results {
    display: grid;
    /* A long name wraps inside its card instead of widening the column (grid items keep their min-content). */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75rem;
  }
  .ssf-card {
    padding: 1em;
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
  }
  .ssf-card a {
    display: inline-block;
    max-width: 100%;
    min-height: 44px;
  }
  .ssf-open {
    color: var(--_open);
    font-weight: 700;
  }
  .ssf-notice {
    padding: 0.75em 1em;
    border-left: 0.4em solid var(--_color-border);
    background: var(--_color-warning-surface);
  }
  /* Addresses as links with a target a finger can hit; a long address wraps instead of widening the page. */
  .ssf-contact a {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
    overflow-wrap: anywhere;
  }
  .ssf-phones [translate='no'] {
    font-size: 1.3em;
    font-weight: 700;
  }
  .ssf-text {
    white-space: pre-line;
  }
  @container (min-width: 62em) {
    .ssf-layout {
      display: grid;
      grid-template-columns: 1fr 2.5fr;
      gap: 2em;
      align-items: start;
    }
  }
  @media (forced-colors: active) {
    [aria-pressed='true'] {
      border-width: 4px;
    }
    .ssf-tile,
    .ssf-card,
    .ssf-notice,
    input,
    select {
      border-color: CanvasText;
    }
    .ssf-icon {
      stroke: CanvasText;
    }
  }
  @media print {
    .ssf-finder {
      font-size: 16pt;
    }
    .ssf-toolbar,
    .ssf-search,
    .ssf-filters,
    .ssf-tiles,
    .ssf-more,
    .ssf-map-area {
      display: none !important;
    }
    .ssf-card {
      break-inside: avoid;
    }
  }
`;
