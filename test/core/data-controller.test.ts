import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DataController, initialState } from '../../src/core/data-controller.js';
import type { WidgetErrorEvent, WidgetLoadedEvent } from '../../src/core/events.js';
import { clearFetchCache, fetchJson } from '../../src/core/fetch.js';
import { WidgetElement } from '../../src/core/widget-element.js';
import { hits, mock } from '../helpers/mock-api.js';
import { until, visibleText } from '../helpers/widget.js';

/** The smallest widget: loads `src` and shows the `name` in it. */
class TestWidget extends WidgetElement {
  static override properties = { src: { type: String } };
  declare src: string | undefined;
  signals: AbortSignal[] = [];
  readonly data = new DataController<readonly [string | undefined], { name: string }>(this, {
    args: () => [this.src] as const,
    load: async ([src], signal) => {
      if (!src) return initialState;
      this.signals.push(signal);
      return (await fetchJson(src, { signal, timeoutMs: 2000 })) as { name: string };
    },
    source: ([src]) => src,
    count: () => 1,
  });
  override render(): unknown {
    return this.data.render({ loading: 'Wird geladen …', errorTitle: 'Die Daten konnten nicht geladen werden.', complete: (value) => html`<p>${value.name}</p>`, idle: () => html`<p>nichts</p>` });
  }
}
customElements.define('test-data-widget', TestWidget);

describe('DataController', () => {
  beforeEach(() => clearFetchCache());

  it('announces loading as a status and fires widget-loaded after the content rendered', async () => {
    const slow = await mock({ delayMs: 200, body: { name: 'Rat' } });
    const el = await fixture<TestWidget>(html`<test-data-widget src=${slow.url}></test-data-widget>`);
    expect(visibleText(el.querySelector('[role="status"]')!)).to.equal('Wird geladen …');
    const event = await oneEvent<WidgetLoadedEvent>(el, 'widget-loaded');
    expect(event.src).to.equal(slow.url);
    expect(event.count).to.equal(1);
    expect(visibleText(el)).to.equal('Rat');
  });

  it('shows the idle state without loading', async () => {
    const el = await fixture<TestWidget>(html`<test-data-widget></test-data-widget>`);
    expect(visibleText(el)).to.equal('nichts');
  });

  it('fires bubbling, composed events that reach the document from inside another shadow root', async () => {
    const ok = await mock({ body: { name: 'Rat' } });
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const seen = new Promise<WidgetLoadedEvent>((resolve) => document.addEventListener('widget-loaded', resolve as EventListener, { once: true }));
    const el = document.createElement('test-data-widget') as TestWidget;
    el.src = ok.url;
    root.append(el);
    const event = await seen;
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('shows an alert in plain language with a working "Erneut versuchen", and keeps focus in the widget', async () => {
    const flaky = await mock({ failTimes: 1, failStatus: 404, body: { name: 'Jetzt da' } });
    const el = document.createElement('test-data-widget') as TestWidget;
    el.src = flaky.url;
    const failed = oneEvent<WidgetErrorEvent>(el, 'widget-error');
    await fixture(html`<div>${el}</div>`);
    const error = await failed;
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(404);
    const alert = el.querySelector('[role="alert"]')!;
    expect(visibleText(alert)).to.equal(
      'Die Daten konnten nicht geladen werden. Die Daten wurden auf dem Server nicht gefunden (Fehler 404). Bitte versuchen Sie es gleich noch einmal. Erneut versuchen',
    );
    await expect(el).to.be.accessible();
    el.querySelector<HTMLButtonElement>('button')!.focus();
    const loaded = oneEvent(el, 'widget-loaded');
    await sendKeys({ press: 'Enter' });
    await loaded;
    expect(visibleText(el)).to.equal('Jetzt da');
    expect(document.activeElement?.classList.contains('hw-state')).to.equal(true);
  });

  it('aborts the request when the element leaves the page, and loads again when it comes back', async () => {
    const slow = await mock({ delayMs: 600, body: { name: 'Zurück' } });
    const el = await fixture<TestWidget>(html`<test-data-widget src=${slow.url}></test-data-widget>`);
    const parent = el.parentElement!;
    el.remove();
    expect(el.signals[0]!.aborted).to.equal(true);
    let errored = false;
    el.addEventListener('widget-error', () => (errored = true));
    parent.append(el);
    await oneEvent(el, 'widget-loaded');
    expect(errored).to.equal(false);
    expect(visibleText(el)).to.equal('Zurück');
  });

  it('aborts the old request when the input changes and shows only the new result', async () => {
    const first = await mock({ delayMs: 500, body: { name: 'Alt' } });
    const second = await mock({ body: { name: 'Neu' } });
    const el = await fixture<TestWidget>(html`<test-data-widget src=${first.url}></test-data-widget>`);
    el.src = second.url;
    await oneEvent(el, 'widget-loaded');
    expect(el.signals[0]!.aborted).to.equal(true);
    await aTimeout(600);
    expect(visibleText(el)).to.equal('Neu');
    // The first request was cancelled (it may not even have left the browser): it was asked for at most once.
    expect(await hits(first.id)).to.be.at.most(1);
  });

  it('never lets a failure escape as an uncaught exception', async () => {
    const uncaught: unknown[] = [];
    const onError = (event: PromiseRejectionEvent) => uncaught.push(event.reason);
    window.addEventListener('unhandledrejection', onError);
    const broken = await mock({ body: '{nope' });
    const el = await fixture<TestWidget>(html`<test-data-widget src=${broken.url}></test-data-widget>`);
    await until(() => Boolean(el.querySelector('[role="alert"]')));
    await aTimeout(50);
    window.removeEventListener('unhandledrejection', onError);
    expect(uncaught).to.deep.equal([]);
  });
});
