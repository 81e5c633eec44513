import { aTimeout, expect } from '@open-wc/testing';
import { clearFetchCache } from '../../src/core/fetch.js';
import { LinkedLoader, MAX_IN_FLIGHT, type Slot } from '../../src/oparl/linked.js';
import { normalisePaper } from '../../src/oparl/papers.js';
import type { PaperInfo } from '../../src/oparl/types.js';
import { hits, mock } from '../helpers/mock-api.js';

/** A real paper of Karlsruhe (OParl 1.1), served by the test server. */
const PAPER_FILE = 'test/fixtures/oparl/karlsruhe/papers/52281.json';

/** A loader whose changes can be awaited. */
function loader(timeoutMs = 5_000) {
  let changes = 0;
  let wake: (() => void) | undefined;
  const objects = new LinkedLoader({
    onChange: () => {
      changes += 1;
      wake?.();
    },
    timeoutMs: () => timeoutMs,
  });
  /** Waits until nothing is loading any more (or a second passed). */
  const settled = async () => {
    for (let i = 0; i < 100 && objects.busy; i += 1) {
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, 20);
      });
    }
  };
  return { objects, settled, changes: () => changes };
}

const stateOf = (slot: Slot<unknown> | undefined) => slot?.state;

describe('LinkedLoader (src/oparl/linked.ts)', () => {
  beforeEach(() => clearFetchCache());

  it('loads a real paper from its URL and reads it with the given reader', async () => {
    const paper = await mock({ file: PAPER_FILE });
    const { objects, settled, changes } = loader();
    expect(stateOf(objects.get(paper.url, normalisePaper))).to.equal('loading');
    await settled();
    const slot = objects.get(paper.url, normalisePaper);
    expect(slot?.state).to.equal('ok');
    const value = (slot as { value: PaperInfo }).value;
    expect(value.reference).to.equal('2025/0792');
    expect(value.paperType).to.equal('Beschlussvorlage');
    expect(value.name).to.equal('Feststellung des Jahresabschlusses zum 31.12.2023 des Eigenbetriebs Team Sauberes Karlsruhe');
    expect(changes()).to.equal(1);
    expect(objects.unavailable).to.equal(0);
  });

  it('asks for a URL once however often it is asked for', async () => {
    const paper = await mock({ file: PAPER_FILE });
    const { objects, settled } = loader();
    for (let i = 0; i < 5; i += 1) objects.get(paper.url, normalisePaper);
    await settled();
    objects.get(paper.url, normalisePaper);
    await aTimeout(50);
    expect(await hits(paper.id)).to.equal(1);
  });

  it(`has at most ${MAX_IN_FLIGHT} requests in flight and starts the rest in the order asked`, async () => {
    const answers = await Promise.all(Array.from({ length: MAX_IN_FLIGHT + 2 }, () => mock({ file: PAPER_FILE, delayMs: 400 })));
    const { objects, settled } = loader();
    for (const answer of answers) objects.get(answer.url, normalisePaper);
    await aTimeout(200);
    const early = await Promise.all(answers.map((answer) => hits(answer.id)));
    expect(early).to.deep.equal([1, 1, 1, 1, 0, 0]);
    await settled();
    const late = await Promise.all(answers.map((answer) => hits(answer.id)));
    expect(late).to.deep.equal([1, 1, 1, 1, 1, 1]);
    expect(answers.map((answer) => stateOf(objects.peek(answer.url)))).to.deep.equal(Array(6).fill('ok'));
  });

  it('gives each URL its own result: not found, members only, failed, a time-out, wrong type', async () => {
    const found = await mock({ file: PAPER_FILE });
    const gone = await mock({ status: 404, body: { error: 'nicht gefunden' } });
    const deleted = await mock({ status: 410, body: {} });
    const locked = await mock({ status: 403, body: { error: 'Nur für Ratsmitglieder' } });
    const broken = await mock({ status: 500, body: { error: 'kaputt' } });
    const silent = await mock({ hang: true });
    const meeting = await mock({ file: 'test/fixtures/oparl/karlsruhe/meetings/10023.json' });
    const { objects, settled } = loader(300);
    const urls = [found, gone, deleted, locked, broken, silent, meeting].map((answer) => answer.url);
    for (const url of urls) objects.get(url, normalisePaper);
    await settled();
    expect(urls.map((url) => stateOf(objects.peek(url)))).to.deep.equal(['ok', 'missing', 'missing', 'restricted', 'failed', 'failed', 'failed']);
    const timedOut = objects.peek(silent.url) as { error: { kind: string } };
    expect(timedOut.error.kind).to.equal('timeout');
    expect(objects.unavailable).to.equal(6);
  });

  it('fetches nothing it was seeded with', async () => {
    const paper = await mock({ file: PAPER_FILE });
    const { objects } = loader();
    const seeded = { id: paper.url, name: 'vom Host' };
    objects.seed([seeded, undefined]);
    expect(objects.get(paper.url, normalisePaper)).to.deep.equal({ state: 'ok', value: seeded });
    await aTimeout(50);
    expect(await hits(paper.id)).to.equal(0);
  });

  it('reset aborts what is in flight and reports nothing of it', async () => {
    const slow = await mock({ file: PAPER_FILE, delayMs: 300 });
    const { objects, changes } = loader();
    objects.get(slow.url, normalisePaper);
    await aTimeout(50);
    objects.reset();
    await aTimeout(400);
    expect(changes()).to.equal(0);
    expect(objects.peek(slow.url)).to.equal(undefined);
    expect(objects.busy).to.equal(false);
  });

  it('pause stops and forgets what was loading; after resume, asking again loads it', async () => {
    const slow = await mock({ file: PAPER_FILE, delayMs: 200 });
    const { objects, settled } = loader();
    objects.get(slow.url, normalisePaper);
    await aTimeout(50);
    objects.pause();
    expect(objects.peek(slow.url)).to.equal(undefined);
    // Asked while paused: queued, not started.
    objects.get(slow.url, normalisePaper);
    await aTimeout(300);
    expect(stateOf(objects.peek(slow.url))).to.equal('loading');
    objects.resume();
    await settled();
    expect(stateOf(objects.peek(slow.url))).to.equal('ok');
  });
});
