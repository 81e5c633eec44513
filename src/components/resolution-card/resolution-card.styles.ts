import { css } from '../../core/css.js';

/** The card and its first render: header, decision, votes, text. The later parts' styles are in details.styles.ts. */
export const resolutionStyles = css`
  :host {
    --_abstain: var(--resolution-card-vote-abstain, light-dark(#6f737a, #9aa0a8));
    max-inline-size: 52rem;
  }
  article {
    display: grid;
    gap: var(--_space);
  }
  header,
  section,
  p,
  dl,
  ul,
  ol {
    margin: 0;
  }
  .rc-context,
  .rc-hint,
  .rc-raw,
  .rc-meta,
  .rc-loading-part {
    color: var(--_color-muted);
    font-size: 0.9375rem;
  }
  .rc-title {
    font-size: 1.375rem;
    font-weight: 700;
    line-height: 1.3;
  }
  .rc-heading {
    font-size: 1.125rem;
    font-weight: 700;
    margin-block-end: 0.25rem;
  }
  section section .rc-heading,
  .rc-what-next .rc-heading,
  .rc-small-heading {
    font-size: 1rem;
    margin-block: 0.5rem 0.25rem;
  }
  .rc-decision {
    display: grid;
    gap: 0.5rem;
    padding: var(--_space);
    border: 1px solid var(--_color-border);
    border-inline-start-width: 0.375rem;
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .rc-verdict {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    font-size: 1.25rem;
  }
  .rc-icon {
    display: inline-grid;
    place-items: center;
    inline-size: 1.6em;
    block-size: 1.6em;
    flex: none;
    border: 2px solid;
    border-radius: 50%;
    font-size: 0.8em;
    font-weight: 700;
  }
  [data-kind^='adopted'] .rc-icon {
    color: var(--_color-success);
  }
  [data-kind='rejected'] .rc-icon {
    color: var(--_color-danger);
  }
  .rc-note,
  .rc-notice,
  .rc-deviation {
    display: block;
    padding: 0.375rem 0.625rem;
    border-inline-start: 0.25rem solid var(--_color-border);
    background: var(--_color-warning-surface);
  }
  .rc-notice {
    border-color: var(--_color-accent);
  }
  .rc-bar {
    display: block;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-bg);
  }
  rect {
    stroke: var(--_color-bg);
    stroke-width: 2px;
  }
  .rc-yes {
    fill: var(--_color-success);
    background: var(--_color-success);
  }
  /* Not colour alone: "Nein" is hatched, in the bar and in its legend. */
  .rc-no {
    background: repeating-linear-gradient(45deg, var(--_color-danger) 0 3px, var(--_color-bg) 3px 5px);
  }
  .rc-hatch {
    fill: var(--_color-danger);
    stroke: none;
  }
  .rc-abstain {
    fill: var(--_abstain);
    background: var(--_abstain);
  }
  .rc-recused {
    fill: light-dark(#b5b9bf, #5b6067);
    background: light-dark(#b5b9bf, #5b6067);
  }
  .rc-counts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    padding: 0;
    list-style: none;
  }
  .rc-counts li {
    display: flex;
    align-items: center;
    gap: 0.375rem;
  }
  .rc-swatch {
    inline-size: 1rem;
    block-size: 1rem;
    border: 1px solid var(--_color-text);
  }
  .rc-tally + .rc-tally,
  #resolution-text p + p {
    margin-block-start: 0.5rem;
  }
  .rc-tally-label {
    font-weight: 600;
  }
  .rc-toggle,
  .rc-small {
    padding: 0.25rem 0.75rem;
    margin-block-start: 0.5rem;
    font-size: 0.9375rem;
  }
  .rc-copy-status:empty {
    display: none;
  }
  @media (forced-colors: active) {
    /* The bar keeps its segments: system colours and patterns instead of the theme's colours. */
    .rc-bar,
    .rc-swatch {
      /* lit-analyzer does not know this property yet (CSS Color Adjustment Module 1). */
      forced-color-adjust: none;
    }
    rect {
      stroke: Canvas;
    }
    .rc-yes {
      fill: CanvasText;
      background: CanvasText;
    }
    .rc-hatch {
      fill: Highlight;
    }
    .rc-no {
      background: repeating-linear-gradient(45deg, Highlight 0 3px, Canvas 3px 5px);
    }
    .rc-abstain {
      fill: GrayText;
      background: GrayText;
    }
    .rc-recused {
      fill: LinkText;
      background: LinkText;
    }
    .rc-swatch {
      border-color: CanvasText;
    }
    .rc-decision,
    .rc-note,
    .rc-notice,
    .rc-deviation {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .rc-decision {
      background: none;
    }
    /* The whole text of the decision prints, collapsed or not. */
    .rc-cut {
      display: none;
    }
    #resolution-text p[hidden] {
      display: block !important;
    }
  }
  /* "a) … b) …" parts of a title stay separate lines. */
  .rc-subtitle {
    white-space: pre-line;
  }
`;
