import type { ReactiveControllerHost } from 'lit';
import { renderLoadError } from '../../core/data-controller.js';
import { LoadError } from '../../core/errors.js';
import { importAgain } from '../../core/import-again.js';
import type { CoreMessages } from '../../core/messages.js';
import type { Catalogue as Texts } from '../../core/i18n.js';
import { html } from '../../core/template.js';
import type { Catalogue } from '../../hsds/finder/catalogue.js';
import type * as DetailModule from './detail.js';
import type { DetailHost } from './detail.js';

const importDetail = importAgain(() => import('./detail.js'));

/**
 * The detail view and the Merkliste: a chunk of their own, loaded the first time one of them opens (the start
 * screen and the results do not need it). Renders a loading message until it is there, an error with
 * "Erneut versuchen" if it fails.
 */
export class DetailChunk {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #module: typeof DetailModule | 'failed' | undefined;
  #loading = false;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
  }

  /** `pick` gives a catalogue's texts in the finder's language (English loads on first use). */
  render(catalogue: Catalogue, view: Omit<DetailHost, 't'>, texts: { loading: string; failed: string; core: CoreMessages }, pick: <T>(texts: Texts<T>) => T): unknown {
    const module = this.#module;
    if (module === 'failed') return renderLoadError(texts.failed, new LoadError('network', 'the detail view could not load'), texts.core, this.#retry);
    if (!module) {
      void this.#load();
      return html`<p class="hw-status hw-loading">${texts.loading}</p>`;
    }
    const host: DetailHost = { ...view, t: pick(module.detailMessages) };
    return host.state.offer ? module.renderDetail(host, catalogue.byId.get(host.state.offer)) : module.renderSaved(host, catalogue);
  }

  /** Loads the chunk again; focus goes to the view's heading once it is there (the pressed button is gone). */
  readonly #retry = (): void => {
    void this.#loadAgain();
  };

  async #loadAgain(): Promise<void> {
    this.#module = undefined;
    this.#loading = false;
    const loading = this.#load();
    this.#host.requestUpdate();
    await loading;
    if (this.#module === 'failed') return;
    await this.#host.updateComplete;
    this.#host.querySelector<HTMLElement>('h2[tabindex="-1"]')?.focus();
  }

  async #load(): Promise<void> {
    if (this.#loading) return;
    this.#loading = true;
    try {
      this.#module = await importDetail();
    } catch {
      this.#module = 'failed';
    }
    this.#host.requestUpdate();
  }
}
