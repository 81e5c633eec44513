// A run that is killed halfway is resumed by the next run: the pages and objects its journal names are not
// asked for again, and the result is the mirror an uninterrupted run makes.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { appendFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { JOURNAL_FILE } from '../../mirror/journal.mjs';
import { mirror } from '../../mirror/mirror.mjs';
import { mirrorPath } from '../../mirror/paths.mjs';
import { STATE_FILE } from '../../mirror/state.mjs';
import { startEmulator } from './emulator.mjs';

const BIN = fileURLToPath(new URL('../../bin/herne-widgets.mjs', import.meta.url));
const BASE = 'https://cdn.herne.example/ris/';
const NOW = new Date('2026-11-23T10:00:00+01:00');
// One request at a time: when the run is aborted, every page answered before has been written and journaled.
const options = { base: BASE, now: NOW, backoffMs: 20, timeoutMs: 2000, concurrency: 1 };

/** Every file below a folder with its content; the state file without the time of the run. @param {string} folder */
async function snapshot(folder) {
  /** @type {Record<string, string>} */
  const result = {};
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath ?? entry.path, entry.name);
    const relative = path.slice(folder.length + 1);
    const text = await readFile(path, 'utf8');
    result[relative] = relative === STATE_FILE ? normalState(text) : text;
  }
  return result;
}

/**
 * The state without what may differ between an interrupted and an uninterrupted run: the time of the run, the
 * positions of the lists (lists run side by side), the interleaving of the lists' objects (each list's own order stays).
 * @param {string} text
 */
function normalState(text) {
  const [header, ...entries] = text.trim().split('\n').map((line) => JSON.parse(line));
  /** @type {Record<string, unknown[]>} */
  const lists = {};
  for (const { list, ...entry } of entries) {
    const url = list === -1 ? '(root)' : header.lists[list].url;
    (lists[url] ??= []).push(entry);
  }
  const { lastRun, lists: listInfo, signatures, organizations, extras, missing, ...rest } = header;
  assert.ok(Date.parse(lastRun));
  const sorted = (/** @type {Record<string, unknown>} */ record) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
  return JSON.stringify({
    ...rest, lists: [...listInfo].sort((a, b) => a.url.localeCompare(b.url)), signatures: sorted(signatures), organizations: sorted(organizations),
    extras: [...extras].sort(), missing: [...missing].sort(), objects: sorted(lists),
  }, null, 1);
}

/** @param {string[]} requests */
const listPages = (requests) => requests.filter((url) => /\/oparl\/body\/1\/\w+(\?|$)/.test(url));

let work;
before(async () => {
  work = await mkdtemp(join(tmpdir(), 'herne-resume-'));
});
after(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('resuming an interrupted mirror run', () => {
  /** @type {Awaited<ReturnType<typeof startEmulator>>} */
  let emulator;
  /** @type {string[]} */
  let requests = [];
  /** @type {((url: URL) => void) | undefined} */
  let onRequest;
  let from = '';
  /** @type {Record<string, string>} */
  let reference;
  let referenceListPages = 0;
  let referenceFetched = 0;

  before(async () => {
    emulator = await startEmulator({
      meetings: 60, papers: 150, pageSize: 10, locationList: false, consultationsByUrl: true,
      hook: (url, reply) => {
        requests.push(`${url.pathname}${url.search}`);
        onRequest?.(url);
        return reply;
      },
    });
    from = `${emulator.origin}/oparl/system`;
    const summary = await mirror({ ...options, from, out: join(work, 'reference') });
    assert.equal(summary.errors, 0);
    reference = await snapshot(join(work, 'reference'));
    referenceListPages = listPages(requests).length;
    referenceFetched = requests.filter((url) => url.startsWith('/oparl/consultation/')).length;
    assert.ok(referenceFetched >= 150, `${referenceFetched} consultations fetched one by one`);
  });
  after(() => emulator.close());

  it('resumes a first full run killed in the middle of the paper list without asking for its pages again', async () => {
    const out = join(work, 'first');
    const controller = new AbortController();
    const aborted = '/oparl/body/1/paper?page=8';
    requests = [];
    onRequest = (url) => {
      if (`${url.pathname}${url.search}` === aborted) controller.abort(new Error('killed'));
    };
    await assert.rejects(mirror({ ...options, from, out, signal: controller.signal }), /killed/);
    onRequest = undefined;
    const firstRun = requests;
    // Nothing served yet, and nothing half-done served either; the staging and its journal stay.
    assert.equal(existsSync(out), false);
    assert.equal(existsSync(join(`${out}.staging`, JOURNAL_FILE)), true);
    const paperPagesBefore = firstRun.filter((url) => url.startsWith('/oparl/body/1/paper'));
    assert.equal(paperPagesBefore.at(-1), aborted);
    assert.equal(paperPagesBefore.length, 8);

    requests = [];
    /** @type {string[]} */
    const lines = [];
    const summary = await mirror({ ...options, from, out, log: (line) => lines.push(line) });
    assert.equal(summary.errors, 0);
    assert.ok(lines.some((line) => /^Unterbrochener Lauf wird fortgesetzt: \d+ Listenseiten/.test(line)), lines.join('\n'));
    // The list pages answered before the kill are not asked for again; only the one it interrupted is.
    const again = listPages(requests).filter((url) => listPages(firstRun).includes(url));
    assert.deepEqual(again, [aborted]);
    assert.equal(listPages(firstRun).length - 1 + listPages(requests).length, referenceListPages);
    assert.ok(requests.includes('/oparl/body/1/paper?page=15'));
    // Same files, same contents as the uninterrupted run; no staging, no journal left.
    assert.deepEqual(await snapshot(out), reference);
    assert.equal(existsSync(`${out}.staging`), false);
    // The next run asks for changes since the start of the interrupted run, which began the data.
    const state = JSON.parse((await readFile(join(out, STATE_FILE), 'utf8')).split('\n')[0]);
    assert.ok(Date.parse(state.lastRun) <= Date.now() - summary.timeMs);
  });

  it('resumes a run killed while it fetches objects in no list, without fetching them twice', async () => {
    const out = join(work, 'follow-up');
    const controller = new AbortController();
    let consultations = 0;
    requests = [];
    onRequest = (url) => {
      if (url.pathname.startsWith('/oparl/consultation/')) {
        consultations += 1;
        if (consultations === 60) controller.abort(new Error('killed'));
      }
    };
    await assert.rejects(mirror({ ...options, from, out, signal: controller.signal }), /killed/);
    onRequest = undefined;
    const firstRun = requests;
    assert.equal(existsSync(out), false);

    requests = [];
    const summary = await mirror({ ...options, from, out });
    assert.equal(summary.errors, 0);
    // Every list was complete: no list page again; of the objects in no list only those not fetched yet.
    assert.deepEqual(listPages(requests), []);
    const fetchedBefore = new Set(firstRun.filter((url) => url.startsWith('/oparl/consultation/')));
    const fetchedNow = requests.filter((url) => url.startsWith('/oparl/consultation/'));
    // Only the one whose request the kill interrupted is asked for again.
    const interrupted = firstRun.filter((url) => url.startsWith('/oparl/consultation/')).at(-1);
    assert.deepEqual(fetchedNow.filter((url) => fetchedBefore.has(url)), [interrupted]);
    assert.equal(fetchedBefore.size - 1 + fetchedNow.length, referenceFetched);
    assert.deepEqual(await snapshot(out), reference);
  });

  it('resumes a command killed with SIGKILL (no clean-up at all)', async () => {
    const out = join(work, 'sigkill');
    const killedAt = '/oparl/body/1/paper?page=8';
    const child = spawn(process.execPath, [BIN, 'mirror', '--from', from, '--out', out, '--base', BASE, '--concurrency', '1'], { stdio: 'ignore', env: { ...process.env, CI: '1' } });
    const exited = once(child, 'exit');
    requests = [];
    onRequest = (url) => {
      if (`${url.pathname}${url.search}` === killedAt) child.kill('SIGKILL');
    };
    const [code, signal] = await exited;
    onRequest = undefined;
    assert.equal(signal, 'SIGKILL', `exit ${code}`);
    const firstRun = requests;
    assert.equal(existsSync(out), false);

    requests = [];
    const summary = await mirror({ ...options, from, out });
    assert.equal(summary.errors, 0);
    const again = listPages(requests).filter((url) => listPages(firstRun).includes(url));
    // The killed page, and at most one page of another list that was answered but not yet written.
    assert.ok(again.includes(killedAt) && again.length <= 2, again.join(', '));
    for (let page = 1; page < 8; page += 1) assert.ok(!requests.includes(`/oparl/body/1/paper?page=${page}`), `paper page ${page} asked again`);
    assert.deepEqual(await snapshot(out), reference);
  });

  it('discards the journal of another source or a corrupt one with a plain message and starts over', async () => {
    const out = join(work, 'discarded');
    for (const [damage, message] of [
      ['other base', /gehört zu einer anderen Quelle/],
      ['corrupt', /Journal des unterbrochenen Laufs ist beschädigt \(Zeile 2\)/],
    ]) {
      const controller = new AbortController();
      onRequest = (url) => {
        if (`${url.pathname}${url.search}` === '/oparl/body/1/paper?page=3') controller.abort(new Error('killed'));
      };
      await assert.rejects(mirror({ ...options, from, out, signal: controller.signal }), /killed/);
      onRequest = undefined;
      const journal = join(`${out}.staging`, JOURNAL_FILE);
      let base = BASE;
      if (damage === 'corrupt') {
        const text = await readFile(journal, 'utf8');
        const [head, ...rest] = text.split('\n');
        await rm(journal);
        await appendFile(journal, `${head}\n{"page": kaputt\n${rest.join('\n')}`);
      } else {
        base = 'https://other.example/ris/';
      }
      requests = [];
      /** @type {string[]} */
      const lines = [];
      await mirror({ ...options, from, out, base, log: (line) => lines.push(line) });
      assert.ok(lines.some((line) => message.test(line)), `${damage}: ${lines.join('\n')}`);
      assert.ok(requests.includes('/oparl/body/1/paper'), 'started over from the first page');
      if (damage === 'corrupt') assert.deepEqual(await snapshot(out), reference);
      await rm(out, { recursive: true });
    }
  });

  it('resumes after a failed run (a list page still failing after the retries) and after a line cut off by a kill', async () => {
    const out = join(work, 'failed');
    const failing = '/oparl/body/1/paper?page=5';
    let fail = true;
    const recording = emulator.state.hook;
    requests = [];
    emulator.state.hook = (url, reply) => {
      requests.push(`${url.pathname}${url.search}`);
      return fail && `${url.pathname}${url.search}` === failing ? { status: 503, headers: {}, body: 'Wartung' } : reply;
    };
    try {
      await assert.rejects(mirror({ ...options, from, out, retries: 1 }), /Listenseite\(n\) nicht geladen/);
      const firstRun = requests;
      assert.equal(existsSync(out), false);
      // A kill while the journal is written leaves half a line at its end: that line is dropped, not the journal.
      await appendFile(join(`${out}.staging`, JOURNAL_FILE), '{"page":"http://127.0.0.1/oparl/bo');
      fail = false;
      requests = [];
      /** @type {string[]} */
      const lines = [];
      const summary = await mirror({ ...options, from, out, log: (line) => lines.push(line) });
      assert.equal(summary.errors, 0);
      assert.ok(lines.some((line) => line.startsWith('Unterbrochener Lauf wird fortgesetzt')), lines.join('\n'));
      const again = listPages(requests).filter((url) => listPages(firstRun).includes(url));
      assert.deepEqual(again, [failing]);
      assert.deepEqual(await snapshot(out), reference);
    } finally {
      emulator.state.hook = recording;
    }
  });

  // Last: it changes objects of the emulator, so the reference no longer fits.
  it('keeps the served mirror as it was while an incremental run is killed, and the resumed run completes it', async () => {
    const out = join(work, 'incremental');
    await mirror({ ...options, from, out });
    const served = await snapshot(out);
    emulator.change('/oparl/paper/3');
    emulator.change('/oparl/paper/140');
    emulator.change('/oparl/meeting/5');
    const controller = new AbortController();
    requests = [];
    onRequest = (url) => {
      if (url.pathname === '/oparl/body/1/paper') controller.abort(new Error('killed'));
    };
    await assert.rejects(mirror({ ...options, from, out, signal: controller.signal }), /killed/);
    onRequest = undefined;
    assert.deepEqual(await snapshot(out), served);
    const firstRun = requests;
    requests = [];
    await mirror({ ...options, from, out });
    const again = listPages(requests).filter((url) => listPages(firstRun).includes(url));
    assert.ok(again.every((url) => url.startsWith('/oparl/body/1/paper')), again.join(', '));
    const paperPath = mirrorPath(`${emulator.origin}/oparl/paper/140`);
    assert.notEqual(JSON.parse(await readFile(join(out, paperPath), 'utf8')).modified, JSON.parse(served[paperPath]).modified);
    assert.equal(JSON.parse(await readFile(join(out, mirrorPath(`${emulator.origin}/oparl/meeting/5`)), 'utf8')).cancelled, true);
    assert.equal(existsSync(`${out}.staging`), false);
  });
});
