// Mirror figures (npm run bench, or alone: node scripts/bench-mirror.mjs [--meetings=N --papers=N]): a generated
// body with 5,000 meetings and 50,000 papers on a local emulated OParl server (in a child process, so that the
// peak memory measured is the mirror's): time, requests and peak memory of a full run, then of an incremental
// run after 1 % of the objects changed.
import { fork } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mirror } from '../mirror/mirror.mjs';

const argument = (name, fallback) => Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);

/** Runs the emulator in a child process; it answers `change` messages. */
async function startChild(meetings, papers) {
  const child = fork(fileURLToPath(import.meta.url), ['--emulator', `--meetings=${meetings}`, `--papers=${papers}`], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const origin = await new Promise((resolve) => child.once('message', (message) => resolve(message.origin)));
  const ask = (message) => new Promise((resolve) => {
    child.once('message', resolve);
    child.send(message);
  });
  return { origin, ask, close: () => child.kill() };
}

/** One mirror run in a fresh process, as cron starts it: its summary and peak RSS (maxRSS, the kernel's figure). */
function runMirrorProcess(origin, out) {
  // MIRROR_HEAP_MB caps the mirror's V8 heap, to show how little it needs (RSS alone includes garbage not yet collected).
  const execArgv = process.env.MIRROR_HEAP_MB ? [`--max-old-space-size=${process.env.MIRROR_HEAP_MB}`] : [];
  const child = fork(fileURLToPath(import.meta.url), ['--mirror-run', `--origin=${origin}`, `--out=${out}`], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) => reject(new Error(`mirror process ended with ${code}`)));
  });
}

export async function runMirrorBench({ meetings = 5000, papers = 50_000, log = console.log } = {}) {
  const emulator = await startChild(meetings, papers);
  const out = await mkdtemp(join(tmpdir(), 'herne-mirror-bench-'));
  const measure = async (label) => {
    const before = (await emulator.ask({ type: 'stats' })).requests;
    const { summary, maxRssKb } = await runMirrorProcess(emulator.origin, join(out, 'mirror'));
    const requests = (await emulator.ask({ type: 'stats' })).requests - before;
    log(`${label}: ${(summary.timeMs / 1000).toFixed(1)} s, ${requests} requests, ${summary.objects} listed objects (${summary.changed} new or changed, ${summary.embedded} embedded written), ${summary.errors} errors, peak RSS ${(maxRssKb / 1024).toFixed(0)} MB`);
    return summary;
  };
  try {
    log(`body: ${meetings} meetings (2 agenda items each), ${papers} papers (a file and a consultation each), 100 per page`);
    await measure('full run');
    const changes = Math.round((meetings + papers) * 0.01);
    await emulator.ask({ type: 'change', meetings: Math.round(meetings * 0.01), papers: Math.round(papers * 0.01) });
    await measure(`incremental run after ${changes} changed objects (1 %)`);
  } finally {
    emulator.close();
    await rm(out, { recursive: true, force: true });
  }
}

if (process.argv.includes('--emulator')) {
  const { startEmulator } = await import('../test/mirror/emulator.mjs');
  const emulator = await startEmulator({ meetings: argument('meetings', 5000), papers: argument('papers', 50_000), organizations: 20, pageSize: 100 });
  process.on('message', (message) => {
    if (message.type === 'change') {
      // Spread the changes over the body, as real edits are.
      for (let i = 0; i < message.meetings; i += 1) emulator.change(`/oparl/meeting/${Math.floor((i * 100) + 7)}`);
      for (let i = 0; i < message.papers; i += 1) emulator.change(`/oparl/paper/${Math.floor((i * 100) + 13)}`);
    }
    process.send({ requests: emulator.stats.requests });
  });
  process.send({ origin: emulator.origin });
} else if (process.argv.includes('--mirror-run')) {
  const option = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const summary = await mirror({ from: `${option('origin')}/oparl/system`, out: option('out'), base: 'https://cdn.herne.example/ris/' });
  process.send({ summary: { ...summary, problems: summary.problems.slice(0, 10) }, maxRssKb: process.resourceUsage().maxRSS }, () => process.exit(0));
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await runMirrorBench({ meetings: argument('meetings', 5000), papers: argument('papers', 50_000) });
}
