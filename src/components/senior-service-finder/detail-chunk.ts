import type { ReactiveControllerHost } from 'lit';
import type { Catalogue as Texts } from '../../core/i18n.js';
import { html } from '../../core/template.js';
import type { Catalogue } from '../../hsds/finder/catalogue.js';
import type * as DetailModule from './detail.js';
import type { DetailHost } from './detail.js';

/**
 * The detail view and the Merkliste: a chunk of their own, loaded the first time one of them opens (the start
 * screen and the results do not need it). Renders a loading message until it is there, an error if it fails.
 */
export class DetailChunk {
  readonly #host: ReactiveControllerHost;
  #module: typeof DetailModule | 'failed' | undefined;
  #loading = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** `pick` gives a catalogue's texts in the finder's language (English loads on first use). */
  render(catalogue: Catalogue, view: Omit<DetailHost, 't'>, texts: { loading: string; failed: string }, pick: <T>(texts: Texts<T>) => T): unknown {
    const module = this.#module;
    if (module === 'failed') return html`<div role="alert" class="hw-error"><p>${texts.failed}</p></div>`;
    if (!module) {
      this.#load();
      return html`<p class="hw-status hw-loading">${texts.loading}</p>`;
    }
    const host: DetailHost = { ...view, t: pick(module.detailMessages) };
    return host.state.offer ? module.renderDetail(host, catalogue.byId.get(host.state.offer)) : module.renderSaved(host, catalogue);
  }

  #load(): void {
    if (this.#loading) return;
    this.#loading = true;
    import('./detail.js').then(
      (loaded) => {
        this.#module = loaded;
        this.#host.requestUpdate();
      },
      () => {
        this.#module = 'failed';
        this.#host.requestUpdate();
      },
    );
  }
}
