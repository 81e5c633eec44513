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
  .item-body > * {
    margin: 0;
  }
  .choice,
  .subtitle,
  .updated,
  .item-subtitle,
  .meta {
    color: var(--_color-muted);
  }
  /* "a) … b) …" parts of a title stay separate lines. */
  .item-subtitle {
    white-space: pre-line;
  }
  .meeting-title {
    font-size: 1.5rem;
    line-height: 1.25;
  }
  .meeting-title,
  .section-heading,
  .part-heading,
  .number {
    font-weight: 700;
  }
  .notice,
  .note {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_color-danger);
    border-radius: var(--_radius);
    background: var(--_color-danger-surface);
    font-weight: 600;
  }
  .note {
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
  .choice,
  .item-title,
  .result strong,
  .closed,
  .badge {
    font-weight: 600;
  }
  .line {
    display: block;
  }
  .badge,
  .paper {
    display: inline-block;
    padding: 0 0.5rem;
    border: 1px solid;
    border-radius: 1rem;
  }
  .running,
  .started {
    color: var(--_color-success);
  }
  .cancelled {
    color: var(--_color-danger);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .section-heading {
    font-size: 1.25rem;
  }
  .part-heading {
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
  .targeted > div {
    outline: 3px solid var(--_color-focus);
    outline-offset: -3px;
  }
  .targeted > div {
    background: var(--_color-surface);
  }
  .row {
    display: grid;
    grid-template-columns: var(--meeting-agenda-number-width, 4.5rem) minmax(0, 1fr) auto;
    gap: 0.25rem 0.75rem;
    padding: 0.75rem 0.25rem;
  }
  .number {
    color: var(--_color-accent);
    overflow-wrap: normal;
  }
  .item-body > * + * {
    margin-top: 0.25rem;
  }
  .paper {
    border-color: var(--_color-border);
    background: var(--_color-surface);
  }
  .result {
    white-space: pre-line;
  }
  .files {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .decision > * {
    margin-top: 0.5rem;
  }
  .permalink {
    display: inline-grid;
    place-items: center;
    min-width: 2.75rem;
    min-height: 2.75rem;
    text-decoration: none;
  }
  @media (max-width: 30rem) {
    .row,
    dl {
      grid-template-columns: minmax(0, 1fr) auto;
    }
    .number {
      grid-column: 1 / -1;
    }
    ol ol {
      margin-inline-start: 0.75rem;
    }
  }
  @media (forced-colors: active) {
    header,
    .notice {
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
