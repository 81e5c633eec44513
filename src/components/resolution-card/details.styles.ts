import { css } from '../../core/css.js';

/** The parts rendered after the first render (details.ts): paper, Beratungsfolge, citation. */
export const detailsStyles = css`
  .rc-step-meta {
    color: var(--_color-muted);
    font-size: 0.9375rem;
  }
  .rc-facts {
    display: grid;
    grid-template-columns: minmax(7rem, max-content) 1fr;
    gap: 0.25rem 1rem;
  }
  .rc-facts dd {
    margin: 0;
  }
  .rc-facts .rc-small {
    margin: 0 0 0 0.5rem;
  }
  .rc-reference {
    font-weight: 700;
  }
  .rc-files {
    padding-inline-start: 1.25rem;
  }
  .rc-timeline {
    padding: 0;
    list-style: none;
    counter-reset: step;
  }
  .rc-step {
    position: relative;
    padding: 0 0 1rem 2.25rem;
    counter-increment: step;
  }
  .rc-step::before {
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
  .rc-step:not(:last-child)::after {
    content: '';
    position: absolute;
    inset-inline-start: 0.75rem;
    inset-block: 1.6rem 0;
    border-inline-start: 2px solid var(--_color-border);
  }
  .rc-step.rc-past::before,
  .rc-step[aria-current='step']::before {
    border-color: var(--_color-accent);
    background: var(--_color-accent);
    color: var(--_color-on-accent);
  }
  .rc-step.rc-next::before,
  .rc-step.rc-upcoming::after {
    border-style: dashed;
  }
  .rc-marker {
    display: inline-block;
    padding: 0 0.375rem;
    border: 1px solid var(--_color-accent);
    border-radius: var(--_radius);
    color: var(--_color-accent);
    font-size: 0.8125rem;
    font-weight: 600;
  }
  .rc-what-next {
    padding: 0.75rem;
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }
  @media (max-width: 30rem) {
    .rc-facts {
      grid-template-columns: 1fr;
    }
    .rc-facts dd {
      margin-block-end: 0.375rem;
    }
  }
  @media (forced-colors: active) {
    .rc-marker,
    .rc-what-next {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .rc-what-next {
      background: none;
    }
  }
`;
