import { css } from '../../core/css.js';

/** The parts rendered after the first render (details.ts): paper, Beratungsfolge, citation. */
export const detailsStyles = css`
  .step-meta {
    color: var(--_color-muted);
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
  @media (max-width: 30rem) {
    .facts {
      grid-template-columns: 1fr;
    }
    .facts dd {
      margin-block-end: 0.375rem;
    }
  }
  @media (forced-colors: active) {
    .marker,
    .what-next {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .what-next {
      background: none;
    }
  }
`;
