import { css } from 'lit';

export const resolutionStyles = css`
  :host {
    --_yes: var(--herne-color-success, light-dark(#1b6b2e, #86d69a));
    --_no: var(--herne-color-danger, light-dark(#a1001c, #ff9a9a));
    --_abstain: var(--resolution-card-vote-abstain, light-dark(#6f737a, #9aa0a8));
    --_recused: light-dark(#b5b9bf, #5b6067);
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
  .context {
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
  .small-heading,
  .votes .heading,
  .text .heading,
  .what-next .heading {
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
    border: 2px solid currentColor;
    border-radius: 50%;
    font-size: 0.8em;
    font-weight: 700;
  }
  [data-kind^='adopted'] .icon {
    color: var(--_yes);
  }
  [data-kind='rejected'] .icon {
    color: var(--_no);
  }
  .hint,
  .raw,
  .meta,
  .loading-part,
  .step-meta {
    color: var(--_color-muted);
    font-size: 0.9375rem;
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
    fill: var(--_yes);
    background: var(--_yes);
  }
  /* Not colour alone: "Nein" is hatched, in the bar and in its legend. */
  .no {
    background: repeating-linear-gradient(45deg, var(--_no) 0 3px, var(--_color-bg) 3px 5px);
  }
  .hatch {
    fill: var(--_no);
    stroke: none;
  }
  .abstain {
    fill: var(--_abstain);
    background: var(--_abstain);
  }
  .recused {
    fill: var(--_recused);
    background: var(--_recused);
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
  .tally + .tally {
    margin-block-start: 0.5rem;
  }
  .tally-label {
    font-weight: 600;
  }
  #resolution-text p + p {
    margin-block-start: 0.5rem;
  }
  .toggle,
  .small {
    min-height: 2.75rem;
    padding: 0.25rem 0.75rem;
    margin-block-start: 0.5rem;
    font-size: 0.9375rem;
  }
  .facts {
    display: grid;
    grid-template-columns: minmax(7rem, max-content) 1fr;
    gap: 0.25rem 1rem;
  }
  .facts dd {
    margin: 0;
  }
  .facts .small {
    margin: 0 0 0 0.5rem;
  }
  .reference {
    font-weight: 700;
  }
  .files {
    padding-inline-start: 1.25rem;
  }
  .timeline {
    padding: 0;
    list-style: none;
    counter-reset: step;
  }
  .step {
    position: relative;
    padding: 0 0 1rem 2.25rem;
    counter-increment: step;
  }
  .step::before {
    content: counter(step);
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: 0;
    display: grid;
    place-items: center;
    inline-size: 1.6rem;
    block-size: 1.6rem;
    border: 2px solid var(--_color-border);
    border-radius: 50%;
    background: var(--_color-bg);
    font-size: 0.875rem;
    font-weight: 700;
  }
  .step:not(:last-child)::after {
    content: '';
    position: absolute;
    inset-inline-start: 0.75rem;
    inset-block: 1.6rem 0;
    border-inline-start: 2px solid var(--_color-border);
  }
  .step.past::before,
  .step[aria-current='step']::before {
    border-color: var(--_color-accent);
    background: var(--_color-accent);
    color: var(--_color-on-accent);
  }
  .step.next::before,
  .step.upcoming::after {
    border-style: dashed;
  }
  .marker {
    display: inline-block;
    padding: 0 0.375rem;
    border: 1px solid var(--_color-accent);
    border-radius: var(--_radius);
    color: var(--_color-accent);
    font-size: 0.8125rem;
    font-weight: 600;
  }
  .what-next {
    padding: 0.75rem;
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  .copy-status:empty {
    display: none;
  }
  @media (max-width: 30rem) {
    .facts {
      grid-template-columns: 1fr;
    }
    .facts dd {
      margin-block-end: 0.375rem;
    }
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
    .deviation,
    .marker,
    .what-next {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .decision,
    .what-next {
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
`;
