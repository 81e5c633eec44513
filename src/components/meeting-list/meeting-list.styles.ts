import { css } from '../../core/css.js';

export const listStyles = css`
  .ml-base {
    display: grid;
    gap: 0.75rem;
  }
  .ml-heading {
    font-size: 1.375rem;
    font-weight: 700;
    line-height: 1.25;
  }
  .ml-list {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .ml-meeting {
    display: grid;
    gap: 0.25rem;
    padding: 0.75rem var(--_space);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    border-inline-start: 0.375rem solid var(--_color-accent);
  }
  .ml-meeting > * {
    margin: 0;
  }
  .ml-is-cancelled {
    border-inline-start-color: var(--_color-danger);
  }
  .ml-when {
    font-size: 1.125rem;
    font-weight: 700;
  }
  .ml-committee {
    font-weight: 600;
  }
  .ml-name,
  .ml-place,
  .ml-last,
  .ml-help {
    color: var(--_color-muted);
  }
  .ml-last,
  .ml-help,
  .ml-calendar p {
    margin: 0;
  }
  .ml-badge {
    display: inline-block;
    padding: 0 0.5rem;
    border: 1px solid;
    border-radius: 1rem;
    font-weight: 600;
  }
  .ml-running {
    color: var(--_color-success);
  }
  .ml-cancelled {
    color: var(--_color-danger);
  }
  .ml-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: 0.25rem;
  }
  .ml-agenda {
    margin-block-start: 0.5rem;
  }
  .ml-agenda[hidden] {
    display: none;
  }
  .ml-note {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border: 1px dashed var(--_color-border);
    border-radius: var(--_radius);
  }
  .ml-calendar {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
  .ml-feed {
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .ml-meeting {
      border: 1px solid CanvasText;
    }
  }
`;
