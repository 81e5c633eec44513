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
  .context,
  .hint,
  .raw,
  .meta,
  .loading-part {
    color: var(--_color-muted);
    font-size: 0.9375rem;
  }
  .title {
    font-size: 1.375rem;
    font-weight: 700;
    line-height: 1.3;
  }
  .heading {
    font-size: 1.125rem;
    font-weight: 700;
    margin-block-end: 0.25rem;
  }
  section section .heading,
  .what-next .heading,
  .small-heading {
    font-size: 1rem;
    margin-block: 0.5rem 0.25rem;
  }
  .decision {
    display: grid;
    gap: 0.5rem;
    padding: var(--_space);
    border: 1px solid var(--_color-border);
    border-inline-start-width: 0.375rem;
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .verdict {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    font-size: 1.25rem;
  }
  .icon {
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
  [data-kind^='adopted'] .icon {
    color: var(--_color-success);
  }
  [data-kind='rejected'] .icon {
    color: var(--_color-danger);
  }
  .note,
  .notice,
  .deviation {
    display: block;
    padding: 0.375rem 0.625rem;
    border-inline-start: 0.25rem solid var(--_color-border);
    background: var(--_color-warning-surface);
  }
  .notice {
    border-color: var(--_color-accent);
  }
  .bar {
    display: block;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-bg);
  }
  rect {
    stroke: var(--_color-bg);
    stroke-width: 2px;
  }
  .yes {
    fill: var(--_color-success);
    background: var(--_color-success);
  }
  /* Not colour alone: "Nein" is hatched, in the bar and in its legend. */
  .no {
    background: repeating-linear-gradient(45deg, var(--_color-danger) 0 3px, var(--_color-bg) 3px 5px);
  }
  .hatch {
    fill: var(--_color-danger);
    stroke: none;
  }
  .abstain {
    fill: var(--_abstain);
    background: var(--_abstain);
  }
  .recused {
    fill: light-dark(#b5b9bf, #5b6067);
    background: light-dark(#b5b9bf, #5b6067);
  }
  .counts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    padding: 0;
    list-style: none;
  }
  .counts li {
    display: flex;
    align-items: center;
    gap: 0.375rem;
  }
  .swatch {
    inline-size: 1rem;
    block-size: 1rem;
    border: 1px solid var(--_color-text);
  }
  .tally + .tally,
  #resolution-text p + p {
    margin-block-start: 0.5rem;
  }
  .tally-label {
    font-weight: 600;
  }
  .toggle,
  .small {
    padding: 0.25rem 0.75rem;
    margin-block-start: 0.5rem;
    font-size: 0.9375rem;
  }
  .copy-status:empty {
    display: none;
  }
  @media (forced-colors: active) {
    /* The bar keeps its segments: system colours and patterns instead of the theme's colours. */
    .bar,
    .swatch {
      /* lit-analyzer does not know this property yet (CSS Color Adjustment Module 1). */
      forced-color-adjust: none;
    }
    rect {
      stroke: Canvas;
    }
    .yes {
      fill: CanvasText;
      background: CanvasText;
    }
    .hatch {
      fill: Highlight;
    }
    .no {
      background: repeating-linear-gradient(45deg, Highlight 0 3px, Canvas 3px 5px);
    }
    .abstain {
      fill: GrayText;
      background: GrayText;
    }
    .recused {
      fill: LinkText;
      background: LinkText;
    }
    .swatch {
      border-color: CanvasText;
    }
    .decision,
    .note,
    .notice,
    .deviation {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .decision {
      background: none;
    }
    /* The whole text of the decision prints, collapsed or not. */
    .cut {
      display: none;
    }
    #resolution-text p[hidden] {
      display: block !important;
    }
  }
  /* "a) … b) …" parts of a title stay separate lines. */
  .subtitle {
    white-space: pre-line;
  }
`;
