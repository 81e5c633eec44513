import { LoadError, type LoadErrorKind } from '../../core/errors.js';
import type { Catalogue, Offer } from '../../hsds/finder/catalogue.js';
import type { FinderEngine, FindOrder, FoundIds, LoadOrder, Pause } from '../../hsds/finder/engine.js';

/*
 * Where the finder's data work runs. First choice: its module worker (finder.worker.js, a file of its own next
 * to the element's; a page's CSP must allow it with `worker-src 'self'` or the CDN's origin). Where no worker
 * can start (no Worker, a CSP that forbids it, the file missing, data that cannot be sent to it), the same engine
 * runs on the page in slices of idle time. The element sees one interface either way.
 */

/** Messages to the worker. */
export type ToWorker = { type: 'load'; order: LoadOrder } | { type: 'find'; id: number; order: FindOrder };

/** Messages from the worker: the catalogue's facts, then its offers in batches, then "indexed"; answers to finds. */
export type FromWorker =
  | ({ type: 'catalogue'; total: number } & Omit<Catalogue, 'offers' | 'byId'>)
  | { type: 'offers'; offers: Offer[] }
  | { type: 'failed'; error: { kind: LoadErrorKind; message: string; url: string | undefined; status: number | undefined } }
  | { type: 'indexed' }
  | { type: 'found'; id: number; found: FoundIds }
  | { type: 'find-failed'; id: number; message: string };

export interface FinderBackend {
  /** Loads; resolves with the catalogue once every offer is on the page. */
  load(order: LoadOrder, signal: AbortSignal): Promise<Catalogue>;
  /** Resolves when search works (the index is built after the catalogue). */
  searchReady(): Promise<void>;
  /** The offers a state shows, best first. */
  find(order: FindOrder): Promise<FoundIds>;
  /** Where the work runs, for tests and the bench. */
  readonly where: 'worker' | 'page';
  close(): void;
}

/** The worker could not start or run: the page does the work itself. */
class WorkerUnavailable extends Error {}

/** A promise with its resolve and reject at hand. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (reason: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

class WorkerBackend implements FinderBackend {
  readonly where = 'worker';
  readonly #worker: Worker;
  readonly #finds = new Map<number, ReturnType<typeof deferred<FoundIds>>>();
  readonly #indexed = deferred<void>();
  #nextFind = 0;

  constructor() {
    this.#worker = new Worker(new URL('./finder.worker.js', import.meta.url), { type: 'module', name: 'senior-service-finder' });
    // A rejection nobody waits for is no error of the page.
    this.#indexed.promise.catch(() => undefined);
  }

  load(order: LoadOrder, signal: AbortSignal): Promise<Catalogue> {
    const loaded = deferred<Catalogue>();
    let catalogue: Catalogue | undefined;
    let total = 0;
    const fail = (error: unknown) => {
      loaded.reject(error);
      this.#indexed.reject(error);
      for (const find of this.#finds.values()) find.reject(error);
      this.#finds.clear();
    };
    signal.addEventListener('abort', () => {
      this.close();
      fail(signal.reason);
    });
    // Fires when the worker's file cannot load or run (a CSP without worker-src, a missing file).
    this.#worker.addEventListener('error', (event) => {
      event.preventDefault();
      fail(new WorkerUnavailable(event.message));
    });
    this.#worker.addEventListener('message', ({ data }: MessageEvent<FromWorker>) => {
      switch (data.type) {
        case 'catalogue':
          total = data.total;
          catalogue = { offers: [], byId: new Map(), languages: data.languages, languageNames: data.languageNames, skipped: data.skipped, incomplete: data.incomplete };
          break;
        case 'offers':
          for (const offer of data.offers) {
            catalogue!.offers.push(offer);
            catalogue!.byId.set(offer.id, offer);
          }
          break;
        case 'failed':
          fail(new LoadError(data.error.kind, data.error.message, { ...(data.error.url === undefined ? {} : { url: data.error.url }), ...(data.error.status === undefined ? {} : { status: data.error.status }) }));
          break;
        case 'indexed':
          this.#indexed.resolve();
          break;
        case 'found':
          this.#finds.get(data.id)?.resolve(data.found);
          this.#finds.delete(data.id);
          break;
        case 'find-failed':
          this.#finds.get(data.id)?.reject(new Error(data.message));
          this.#finds.delete(data.id);
          break;
      }
      if (catalogue && catalogue.offers.length === total) loaded.resolve(catalogue);
    });
    try {
      this.#send({ type: 'load', order });
    } catch (error) {
      // Data the page gave that cannot be copied to a worker (a DataCloneError).
      fail(new WorkerUnavailable(String(error)));
    }
    return loaded.promise;
  }

  searchReady(): Promise<void> {
    return this.#indexed.promise;
  }

  find(order: FindOrder): Promise<FoundIds> {
    this.#nextFind += 1;
    const id = this.#nextFind;
    const answer = deferred<FoundIds>();
    this.#finds.set(id, answer);
    this.#send({ type: 'find', id, order });
    return answer.promise;
  }

  #send(message: ToWorker): void {
    this.#worker.postMessage(message);
  }

  close(): void {
    this.#worker.terminate();
  }
}

/** Waits for the page's idle time (or at most 100 ms); a plain task where the browser has no idle callbacks. */
const idle: Pause = () =>
  new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 100 });
    else setTimeout(resolve, 0);
  });

/** The engine on the page: its code is a chunk of its own, fetched only where the worker cannot start. */
class PageBackend implements FinderBackend {
  readonly where = 'page';
  #engine: FinderEngine | undefined;
  #order: LoadOrder | undefined;
  #indexed: Promise<unknown> | undefined;

  async load(order: LoadOrder, signal: AbortSignal): Promise<Catalogue> {
    this.#order = order;
    const { FinderEngine } = await import('../../hsds/finder/engine.js');
    this.#engine = new FinderEngine();
    const catalogue = await this.#engine.load(order, signal, idle);
    this.#indexed = this.#engine.index(order.topicWords, idle);
    return catalogue;
  }

  async searchReady(): Promise<void> {
    await this.#indexed;
  }

  find(order: FindOrder): Promise<FoundIds> {
    return this.#engine!.find(order, this.#order!.topicWords);
  }

  close(): void {
    // Nothing runs between slices once nobody waits for it.
  }
}

/** Loads through the worker, or on the page where the worker cannot start; the backend answers the finds. */
export async function openBackend(order: LoadOrder, signal: AbortSignal): Promise<{ backend: FinderBackend; catalogue: Catalogue }> {
  if (typeof Worker === 'function') {
    let worker: WorkerBackend | undefined;
    try {
      worker = new WorkerBackend();
      return { backend: worker, catalogue: await worker.load(order, signal) };
    } catch (error) {
      worker?.close();
      if (worker && !(error instanceof WorkerUnavailable)) throw error;
    }
  }
  const page = new PageBackend();
  return { backend: page, catalogue: await page.load(order, signal) };
}
