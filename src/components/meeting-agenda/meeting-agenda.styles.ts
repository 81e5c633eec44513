import { css } from 'lit';

export const agendaStyles = css`
  :host {
    --_number-width: var(--meeting-agenda-number-width, 4.5rem);
  }
  article {
    display: grid;
    gap: calc(var(--_space) * 1.25);
  }
  header {
    display: grid;
    gap: 0.5rem;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    border-inline-start: 0.375rem solid var(--_color-accent);
  }
  header > * {
    margin: 0;
  }
  .choice {
    font-weight: 600;
    color: var(--_color-muted);
  }
  .meeting-title {
    font-size: 1.5rem;
    line-height: 1.25;
    font-weight: 700;
  }
  .subtitle,
  .updated {
    color: var(--_color-muted);
  }
  .notice {
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_color-danger);
    border-radius: var(--_radius);
    background: var(--_color-danger-surface);
    font-weight: 600;
  }
  .note {
    margin: 0;
    padding: var(--_space);
    border: 1px dashed var(--_color-border);
    border-radius: var(--_radius);
  }
  dl.facts {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.25rem 1rem;
    margin: 0.25rem 0;
  }
  dl.facts > div {
    display: contents;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .line {
    display: block;
  }
  .status-badge {
    display: inline-block;
    padding: 0 0.5rem;
    border: 1px solid currentColor;
    border-radius: 1rem;
    font-weight: 600;
  }
  .status-badge.running,
  .status-badge.started {
    color: var(--_color-success);
  }
  .status-badge.cancelled {
    color: var(--_color-danger);
  }
  article.cancelled .agenda {
    opacity: 0.85;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.25rem;
  }
  .section-heading {
    font-size: 1.25rem;
    font-weight: 700;
    margin: 0 0 0.5rem;
  }
  .part-heading {
    font-size: 1.125rem;
    font-weight: 700;
    margin: 1rem 0 0.25rem;
    padding-bottom: 0.25rem;
    border-bottom: 2px solid var(--_color-border);
  }
  ol.agenda {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  ol.agenda.sub {
    margin-inline-start: var(--_number-width);
    border-inline-start: 2px solid var(--_color-surface);
  }
  li.item {
    border-bottom: 1px solid var(--_color-surface);
    scroll-margin-top: 1rem;
  }
  li.item:focus {
    outline: none;
  }
  li.item:focus-visible,
  li.item.targeted > .item-row {
    outline: 3px solid var(--_color-focus);
    outline-offset: -3px;
  }
  li.item.targeted > .item-row {
    background: var(--_color-warning-surface);
  }
  .item-row {
    display: grid;
    grid-template-columns: var(--_number-width) minmax(0, 1fr) auto;
    gap: 0.25rem 0.75rem;
    padding: 0.75rem 0.25rem;
  }
  .number {
    font-weight: 700;
    color: var(--_color-accent);
    font-variant-numeric: tabular-nums;
    overflow-wrap: normal;
  }
  .item-body > * {
    margin: 0.25rem 0 0;
  }
  .item-body > :first-child {
    margin-top: 0;
  }
  .item-title {
    font-weight: 600;
    font-size: 1.0625rem;
  }
  .item-subtitle {
    color: var(--_color-muted);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    font-size: 0.9375rem;
    color: var(--_color-muted);
  }
  .publicity.closed {
    font-weight: 600;
  }
  .tag {
    padding: 0 0.4rem;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-weight: 600;
  }
  .paper {
    display: inline-block;
    padding: 0.1rem 0.6rem;
    border: 1px solid var(--_color-border);
    border-radius: 1rem;
    background: var(--_color-surface);
    font-size: 0.9375rem;
  }
  .paper.unavailable {
    font-style: italic;
  }
  .result .label {
    font-weight: 600;
  }
  .result {
    white-space: pre-line;
  }
  ul.files {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  ul.files li {
    margin: 0.2rem 0;
  }
  .file-details {
    white-space: nowrap;
  }
  .permalink {
    align-self: start;
    display: inline-grid;
    place-items: center;
    min-width: 2.75rem;
    min-height: 2.75rem;
    text-decoration: none;
    font-weight: 700;
  }
  @media (max-width: 30rem) {
    .item-row {
      grid-template-columns: minmax(0, 1fr) auto;
    }
    .number {
      grid-column: 1 / -1;
    }
    .item-body {
      grid-column: 1;
    }
    ol.agenda.sub {
      margin-inline-start: 0.75rem;
    }
    dl.facts {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  @media (forced-colors: active) {
    header,
    .notice,
    .paper,
    .status-badge {
      border: 1px solid CanvasText;
    }
    li.item.targeted > .item-row {
      outline-color: Highlight;
    }
  }
  @media print {
    header {
      background: none;
      border: 1px solid #000;
    }
    li.item {
      break-inside: avoid;
    }
    .paper {
      border: none;
      padding: 0;
    }
  }
`;
