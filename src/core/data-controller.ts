import { Task, TaskStatus, initialState } from '@lit/task';
import { nothing, type ReactiveController, type TemplateResult } from 'lit';
import { isAbortError, toLoadError, type LoadError } from './errors.js';
import { WidgetErrorEvent, WidgetLoadedEvent } from './events.js';
import { coreMessages, type CoreMessages } from './messages.js';
import { html } from './template.js';
import type { WidgetElement } from './widget-element.js';

export { initialState };

/** Returned by `load` when there is nothing to load yet (no `src`): the widget shows its idle state. */
export type Idle = typeof initialState;

export interface DataControllerOptions<Args extends readonly unknown[], Result> {
  /** The inputs; the data is loaded again whenever one of them changes (shallow comparison). */
  args: () => Args;
  /** Loads and normalises. Must pass `signal` on to every request. */
  load: (args: Args, signal: AbortSignal) => Promise<Result | Idle>;
  /** The `src` reported in the loaded event. */
  source?: (args: Args) => string | undefined;
  /** A count reported in the loaded event (agenda items, services ...). */
  count?: (result: Result) => number | undefined;
}

/** Texts and templates of one widget's states. */
export interface DataStateView<Result> {
  /** Shown while loading, inside `role="status"`. */
  loading: string;
  /** The first sentence of an error ("Die Tagesordnung konnte nicht geladen werden."). */
  errorTitle: string;
  complete: (result: Result) => unknown;
  idle?: () => unknown;
  /** Shown below the loading message while loading (what a person can already use). */
  pending?: () => unknown;
}

/**
 * Loads a widget's data with @lit/task and renders the states every widget shares: loading as
 * `role="status"`, an error as `role="alert"` in plain language with "Erneut versuchen", then the content.
 * It aborts the request when the element leaves the page or its inputs change, loads again when it comes
 * back, and fires `widget-loaded` / `widget-error` once the state has rendered.
 */
export class DataController<Args extends readonly unknown[], Result> implements ReactiveController {
  readonly task: Task<Args, Result>;
  private readonly host: WidgetElement;
  private readonly options: DataControllerOptions<Args, Result>;
  private focusAfterRetry = false;
  private abortedByDisconnect = false;

  constructor(host: WidgetElement, options: DataControllerOptions<Args, Result>) {
    this.host = host;
    this.options = options;
    this.task = new Task<Args, Result>(host, {
      args: options.args,
      task: (args, { signal }) => options.load(args, signal),
      onComplete: (result) => {
        void this.announceLoaded(result);
      },
      onError: (error) => {
        void this.announceError(error);
      },
    });
    host.addController(this);
  }

  hostConnected(): void {
    // Came back after being removed mid-load: load again.
    if (this.abortedByDisconnect) {
      this.abortedByDisconnect = false;
      void this.task.run();
    }
  }

  hostDisconnected(): void {
    if (this.task.status !== TaskStatus.PENDING) return;
    this.abortedByDisconnect = true;
    this.task.abort(new DOMException('Das Element wurde von der Seite entfernt.', 'AbortError'));
  }

  hostUpdated(): void {
    if (this.focusAfterRetry) {
      this.focusAfterRetry = false;
      this.host.renderRoot.querySelector<HTMLElement>('.hw-state')?.focus();
    }
  }

  /** The current value, if loaded. */
  get value(): Result | undefined {
    return this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
  }

  /** Loads again, for example after an error. */
  retry = (): void => {
    // Keep focus inside the widget: the button that was pressed disappears.
    this.focusAfterRetry = true;
    void this.task.run();
  };

  /** Renders the current state inside one stable wrapper, so focus and the live region survive changes. */
  render(view: DataStateView<Result>): TemplateResult {
    const { status } = this.task;
    const aborted = status === TaskStatus.ERROR && isAbortError(this.task.error);
    const pending = status === TaskStatus.PENDING || aborted;
    let body: unknown = nothing;
    if (status === TaskStatus.INITIAL) body = view.idle?.() ?? nothing;
    else if (status === TaskStatus.COMPLETE) body = view.complete(this.task.value as Result);
    else if (status === TaskStatus.ERROR && !aborted) body = this.renderError(view.errorTitle, toLoadError(this.task.error));
    else if (pending) body = view.pending?.() ?? nothing;
    return html`<div class="hw-state" tabindex="-1" aria-busy=${pending ? 'true' : 'false'}>
      <div role="status" part="status" class=${pending ? 'hw-status hw-loading' : 'hw-status hw-visually-hidden'}>${pending ? view.loading : ''}</div>
      ${body}
    </div>`;
  }

  private renderError(title: string, error: LoadError): TemplateResult {
    return renderLoadError(title, error, this.host['localize'].messages(coreMessages), this.retry);
  }

  /** Resolves after the state change has rendered (Task requests the update right after its callbacks). */
  private async rendered(): Promise<void> {
    await Promise.resolve();
    await this.host.updateComplete;
  }

  private async announceLoaded(result: Result): Promise<void> {
    await this.rendered();
    const args = this.options.args();
    this.host.dispatchEvent(new WidgetLoadedEvent(this.options.source?.(args), this.options.count?.(result)));
  }

  private async announceError(error: unknown): Promise<void> {
    if (isAbortError(error)) return;
    const loadError = toLoadError(error);
    await this.rendered();
    this.host.dispatchEvent(
      new WidgetErrorEvent({ kind: loadError.kind, status: loadError.status, url: loadError.url, message: loadError.message }),
    );
  }
}

/** What failed, why, in plain words, and "Erneut versuchen" (a loaded state's error, a lazy part's too). */
export function renderLoadError(title: string, error: LoadError, messages: CoreMessages, retry: () => void): TemplateResult {
  return html`<div class="hw-error" role="alert" part="error">
    <p class="hw-error-title">${title}</p>
    <p>${messages.cause(error)} ${messages.tryLater}</p>
    <button type="button" class="hw-button" part="retry-button" @click=${retry}>${messages.retry}</button>
  </div>`;
}
