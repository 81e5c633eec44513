// Mirror figures (npm run bench, or alone: node scripts/bench-mirror.mjs [--meetings=N --papers=N --heap=MB]): a
// generated body with 5,000 meetings and 50,000 papers on a local emulated OParl server (in a child process, so
// that the memory measured is the mirror's): time, requests, peak RSS and peak live heap of a full run, then of
// an incremental run after 1 % of the objects changed. Each mirror run is a fresh process, as cron starts it,
// with its V8 heap capped (96 MB unless --heap says otherwise): a mirror whose memory grew with the body would
// run out of it. The bench fails (exit code 1) when a run fails, runs out of memory or its RSS passes 512 MB.
import { fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SELF = fileURLToPath(import.meta.url);
const MAX_RSS_MB = 512;
const argument = (name, fallback) => Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);

/** Runs the emulator in a child process; it answers `change` and `stats` messages. */
async function startChild(meetings, papers, paperWords) {
  const child = fork(SELF, ['--emulator', `--meetings=${meetings}`, `--papers=${papers}`, `--paper-words=${paperWords}`], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const origin = await new Promise((resolve) => child.once('message', (message) => resolve(message.origin)));
  const ask = (message) => new Promise((resolve) => {
    child.once('message', resolve);
    child.send(message);
  });
  return { origin, ask, close: () => child.kill() };
}

/**
 * One mirror run in a fresh process with a capped heap: its summary, peak RSS (maxRSS, the kernel's figure) and
 * peak live heap (heap used right after a full garbage collection, sampled every `sampleMs`).
 */
function runMirrorProcess(origin, out, { heapMb, sampleMs, abortAfterPages = 0 }) {
  const execArgv = [`--max-old-space-size=${heapMb}`, '--expose-gc'];
  const child = fork(SELF, ['--mirror-run', `--origin=${origin}`, `--out=${out}`, `--sample=${sampleMs}`, `--abort-after=${abortAfterPages}`], { execArgv, stdio: ['ignore', 'inherit', 'pipe', 'ipc'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-2000);
  });
  return new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code, signal) => {
      const outOfMemory = /heap out of memory|Reached heap limit/.test(stderr);
      reject(new Error(outOfMemory ? `the mirror ran out of memory under --max-old-space-size=${heapMb}` : `mirror process ended with ${code ?? signal}: ${stderr.trim().split('\n').slice(-3).join(' / ')}`));
    });
  });
}

/**
 * Mirrors a generated body twice (full, then incremental after `changeShare` of it changed) and returns the figures.
 * `paperWords` makes the papers' titles longer (a body of heavier objects, same index).
 * @param {{ meetings?: number, papers?: number, paperWords?: number, heapMb?: number, sampleMs?: number, changeShare?: number }} options
 */
export async function measureMirror({ meetings = 5000, papers = 50_000, paperWords = 0, heapMb = 96, sampleMs = 1000, changeShare = 0.01 } = {}) {
  const emulator = await startChild(meetings, papers, paperWords);
  const out = await mkdtemp(join(tmpdir(), 'herne-mirror-bench-'));
  const run = async () => {
    const before = (await emulator.ask({ type: 'stats' })).requests;
    const result = await runMirrorProcess(emulator.origin, join(out, 'mirror'), { heapMb, sampleMs });
    const requests = (await emulator.ask({ type: 'stats' })).requests - before;
    return { ...result, requests };
  };
  try {
    const full = await run();
    const changedMeetings = Math.round(meetings * changeShare);
    const changedPapers = Math.round(papers * changeShare);
    await emulator.ask({ type: 'change', meetings: changedMeetings, papers: changedPapers });
    const incremental = await run();
    // Council work changes mostly the newest papers and meetings: the same number of changes, at the end of the lists.
    await emulator.ask({ type: 'change', meetings: changedMeetings, papers: changedPapers, recent: true });
    const recent = await run();
    return { full, incremental, recent, changes: changedMeetings + changedPapers };
  } finally {
    emulator.close();
    await rm(out, { recursive: true, force: true });
  }
}

/**
 * A full run aborted after `abortAfterPages` list pages, then the run that resumes it, each in a fresh process
 * with a capped heap: their figures and requests.
 * @param {{ meetings?: number, papers?: number, paperWords?: number, heapMb?: number, sampleMs?: number, abortAfterPages?: number }} options
 */
export async function measureResume({ meetings = 5000, papers = 50_000, paperWords = 0, heapMb = 96, sampleMs = 1000, abortAfterPages = 100 } = {}) {
  const emulator = await startChild(meetings, papers, paperWords);
  const out = await mkdtemp(join(tmpdir(), 'herne-mirror-resume-'));
  const run = async (/** @type {number} */ abortAfter) => {
    const before = (await emulator.ask({ type: 'stats' })).requests;
    const result = await runMirrorProcess(emulator.origin, join(out, 'mirror'), { heapMb, sampleMs, abortAfterPages: abortAfter });
    const requests = (await emulator.ask({ type: 'stats' })).requests - before;
    return { ...result, requests };
  };
  try {
    const interrupted = await run(abortAfterPages);
    const resumed = await run(0);
    return { interrupted, resumed };
  } finally {
    emulator.close();
    await rm(out, { recursive: true, force: true });
  }
}

/** @param {{ summary: any, maxRssKb: number, peakHeapBytes: number, requests: number }} result */
function describe({ summary, maxRssKb, peakHeapBytes, requests }) {
  return `${(summary.timeMs / 1000).toFixed(1)} s, ${requests} requests, ${summary.objects} listed objects (${summary.changed} new or changed, `
    + `${summary.embedded} embedded written, ${summary.fetched} fetched one by one), list pages and indexes ${summary.pagesWritten} written / ${summary.pagesKept} left as they were, `
    + `feeds ${summary.feedsWritten} written / ${summary.feedsKept} left, ${summary.errors} errors, peak RSS ${(maxRssKb / 1024).toFixed(0)} MB, peak live heap ${(peakHeapBytes / 1048576).toFixed(1)} MB`;
}

export async function runMirrorBench({ meetings = 5000, papers = 50_000, heapMb = 96, log = console.log } = {}) {
  log(`body: ${meetings} meetings (2 agenda items each), ${papers} papers (a file and a consultation each), 100 per page; mirror heap capped at ${heapMb} MB`);
  const { full, incremental, recent, changes } = await measureMirror({ meetings, papers, heapMb });
  log(`full run: ${describe(full)}`);
  log(`incremental run after ${changes} changed objects (1 %, spread over the whole body, so on every list page): ${describe(incremental)}`);
  log(`incremental run after ${changes} changed objects (1 %, the newest): ${describe(recent)}`);
  for (const [label, result] of [['full', full], ['incremental', incremental], ['incremental (newest)', recent]]) {
    if (result.maxRssKb / 1024 > MAX_RSS_MB) throw new Error(`${label} run: peak RSS ${(result.maxRssKb / 1024).toFixed(0)} MB is over ${MAX_RSS_MB} MB`);
    if (result.summary.errors > 0) throw new Error(`${label} run: ${result.summary.errors} errors (${result.summary.problems.join('; ')})`);
  }
}

if (process.argv.includes('--emulator')) {
  const { startEmulator } = await import('../test/mirror/emulator.mjs');
  const emulator = await startEmulator({ meetings: argument('meetings', 5000), papers: argument('papers', 50_000), paperWords: argument('paper-words', 0), organizations: 20, pageSize: 100 });
  process.on('message', (message) => {
    if (message.type === 'change') {
      // Spread over the body (the worst case for list pages), or the newest objects.
      const meetings = argument('meetings', 5000);
      const papers = argument('papers', 50_000);
      const meetingStep = Math.max(1, Math.floor(meetings / Math.max(1, message.meetings)));
      const paperStep = Math.max(1, Math.floor(papers / Math.max(1, message.papers)));
      for (let i = 0; i < message.meetings; i += 1) emulator.change(`/oparl/meeting/${message.recent ? meetings - 1 - i : i * meetingStep + Math.floor(meetingStep / 2)}`);
      for (let i = 0; i < message.papers; i += 1) emulator.change(`/oparl/paper/${message.recent ? papers - 1 - i : i * paperStep + Math.floor(paperStep / 2)}`);
    }
    process.send({ requests: emulator.stats.requests });
  });
  process.send({ origin: emulator.origin });
} else if (process.argv.includes('--mirror-run')) {
  const { mirror } = await import('../mirror/mirror.mjs');
  const option = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  let peakHeapBytes = 0;
  const sample = () => {
    globalThis.gc();
    peakHeapBytes = Math.max(peakHeapBytes, process.memoryUsage().heapUsed);
  };
  const sampler = setInterval(sample, Number(option('sample')));
  // --abort-after=N: the run is aborted after N list pages (a killed run, to measure the one that resumes it).
  const abortAfter = Number(option('abort-after') ?? 0);
  const controller = new AbortController();
  const onProgress = (progress) => {
    if (abortAfter > 0 && progress.pagesDone >= abortAfter) controller.abort(new Error('aborted for the bench'));
  };
  let summary;
  try {
    summary = await mirror({ from: `${option('origin')}/oparl/system`, out: option('out'), base: 'https://cdn.herne.example/ris/', signal: controller.signal, onProgress });
  } catch (error) {
    if (!controller.signal.aborted) throw error;
    summary = { aborted: true, errors: 0, problems: [], timeMs: 0 };
  }
  sample();
  clearInterval(sampler);
  process.send({ summary: { ...summary, problems: summary.problems.slice(0, 10) }, maxRssKb: process.resourceUsage().maxRSS, peakHeapBytes }, () => process.exit(0));
} else if (process.argv[1] === SELF) {
  try {
    await runMirrorBench({ meetings: argument('meetings', 5000), papers: argument('papers', 50_000), heapMb: argument('heap', 96) });
  } catch (error) {
    console.error(`bench failed: ${error.message}`);
    process.exitCode = 1;
  }
}
