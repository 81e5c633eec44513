import { toLoadError } from '../../core/errors.js';
import { FinderEngine, type FindOrder, type LoadOrder } from '../../hsds/finder/engine.js';
import type { FromWorker, ToWorker } from './engine-client.js';

/*
 * The finder's module worker: loads, normalises, indexes and finds off the page's main thread, so that a slow
 * phone stays responsive with thousands of offers. It answers engine-client.ts; see there for the messages.
 */

/** The part of a worker's global scope used here (the project's types are those of a window). */
interface WorkerScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
}
const scope = globalThis as unknown as WorkerScope;

/** Offers per message: each message is copied into the page in one task of its own, which stays short this way (10 offers with their HSDS records: a few ms on a slow phone). */
const OFFERS_PER_MESSAGE = 10;

const engine = new FinderEngine();
let topicWords: LoadOrder['topicWords'] | undefined;

async function load(order: LoadOrder): Promise<void> {
  topicWords = order.topicWords;
  try {
    const catalogue = await engine.load(order);
    const { offers, languages, languageNames, skipped, incomplete } = catalogue;
    scope.postMessage({ type: 'catalogue', total: offers.length, languages, languageNames, skipped, incomplete });
    for (let start = 0; start < offers.length; start += OFFERS_PER_MESSAGE) {
      scope.postMessage({ type: 'offers', offers: offers.slice(start, start + OFFERS_PER_MESSAGE) });
    }
  } catch (error) {
    const { kind, message, url, status } = toLoadError(error);
    scope.postMessage({ type: 'failed', error: { kind, message, url, status } });
    return;
  }
  await engine.index(order.topicWords);
  scope.postMessage({ type: 'indexed' });
}

async function find(id: number, order: FindOrder): Promise<void> {
  try {
    scope.postMessage({ type: 'found', id, found: await engine.find(order, topicWords!) });
  } catch (error) {
    scope.postMessage({ type: 'find-failed', id, message: String(error) });
  }
}

scope.addEventListener('message', ({ data }) => {
  if (data.type === 'load') void load(data.order);
  else void find(data.id, data.order);
});
