import { css } from '../../core/css.js';

export const agendaStyles = css`
  article,
  header {
    display: grid;
    gap: var(--_space);
  }
  header {
    gap: 0.5rem;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    border-inline-start: 0.375rem solid var(--_color-accent);
  }
  header > *,
  dd,
  .ma-item-body > * {
    margin: 0;
  }
  .ma-choice,
  .ma-subtitle,
  .ma-updated,
  .ma-item-subtitle,
  .ma-meta {
    color: var(--_color-muted);
  }
  /* "a) … b) …" parts of a title stay separate lines. */
  .ma-item-subtitle {
    white-space: pre-line;
  }
  .ma-meeting-title {
    font-size: 1.5rem;
    line-height: 1.25;
  }
  .ma-meeting-title,
  .ma-section-heading,
  .ma-part-heading,
  .ma-number {
    font-weight: 700;
  }
  .ma-notice,
  .ma-note {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_color-danger);
    border-radius: var(--_radius);
    background: var(--_color-danger-surface);
    font-weight: 600;
  }
  .ma-note {
    border: 1px dashed var(--_color-border);
    background: none;
    font-weight: 400;
  }
  dl {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.25rem 1rem;
    margin: 0;
  }
  dl > div {
    display: contents;
  }
  dt,
  .ma-choice,
  .ma-item-title,
  .ma-result strong,
  .ma-closed,
  .ma-badge {
    font-weight: 600;
  }
  .ma-line {
    display: block;
  }
  .ma-badge,
  .ma-paper {
    display: inline-block;
    padding: 0 0.5rem;
    border: 1px solid;
    border-radius: 1rem;
  }
  .ma-running,
  .ma-started {
    color: var(--_color-success);
  }
  .ma-cancelled {
    color: var(--_color-danger);
  }
  .ma-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .ma-section-heading {
    font-size: 1.25rem;
  }
  .ma-part-heading {
    font-size: 1.125rem;
    margin-top: 1rem;
    border-bottom: 2px solid var(--_color-border);
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  ol ol {
    margin-inline-start: var(--meeting-agenda-number-width, 4.5rem);
  }
  li {
    border-bottom: 1px solid var(--_color-surface);
    scroll-margin-top: 1rem;
  }
  li:focus {
    outline: none;
  }
  li:focus-visible,
  .ma-targeted > div {
    outline: 3px solid var(--_color-focus);
    outline-offset: -3px;
  }
  .ma-targeted > div {
    background: var(--_color-surface);
  }
  .ma-row {
    display: grid;
    grid-template-columns: var(--meeting-agenda-number-width, 4.5rem) minmax(0, 1fr) auto;
    gap: 0.25rem 0.75rem;
    padding: 0.75rem 0.25rem;
  }
  .ma-number {
    color: var(--_color-accent);
    overflow-wrap: normal;
  }
  .ma-item-body > * + * {
    margin-top: 0.25rem;
  }
  .ma-paper {
    border-color: var(--_color-border);
    background: var(--_color-surface);
  }
  .ma-result {
    white-space: pre-line;
  }
  .ma-files {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .ma-decision > * {
    margin-top: 0.5rem;
  }
  .ma-permalink {
    display: inline-grid;
    place-items: center;
    min-width: 2.75rem;
    min-height: 2.75rem;
    text-decoration: none;
  }
  @media (max-width: 30rem) {
    .ma-row {
      grid-template-columns: minmax(0, 1fr) auto;
    }
    /* Labels above their values: beside them, a narrow column would break "Termin" letter by letter. */
    dl {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    dd + dt,
    div + div > dt {
      margin-top: 0.5rem;
    }
    .ma-number {
      grid-column: 1 / -1;
    }
    ol ol {
      margin-inline-start: 0.75rem;
    }
  }
  @media (forced-colors: active) {
    header,
    .ma-notice {
      border: 1px solid;
    }
  }
  @media print {
    header {
      border: 1px solid;
    }
    li {
      break-inside: avoid;
    }
  }
`;
