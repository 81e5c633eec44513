// Objects that no crawled list holds and no object embeds (a server without a location list, papers that name
// their consultations only by URL) are fetched one by one after the crawl, as politely as the lists, so that
// their references do not end in a 404 on the mirror. Against the emulated OParl server with faults.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { mirror } from '../../mirror/mirror.mjs';
import { mirrorPath } from '../../mirror/paths.mjs';
import { startEmulator } from './emulator.mjs';

const BASE = 'https://cdn.herne.example/ris/';
const NOW = new Date('2026-11-23T10:00:00+01:00');

let work;
before(async () => {
  work = await mkdtemp(join(tmpdir(), 'herne-mirror-follow-up-'));
});
after(async () => {
  await rm(work, { recursive: true, force: true });
});

/** The mirrored file a mirror URL names, or undefined. @param {string} out @param {string} url */
async function atMirrorUrl(out, url) {
  assert.ok(url.startsWith(BASE), `${url} is on the mirror`);
  const file = join(out, url.slice(BASE.length));
  return existsSync(file) ? JSON.parse(await readFile(file, 'utf8')) : undefined;
}

describe('objects in no list', () => {
  it('are fetched one by one with the same limits, retries and Retry-After; broken, missing and deleted ones are reported or dropped', async () => {
    const faults = new Set();
    const once = (name) => {
      if (faults.has(name)) return false;
      faults.add(name);
      return true;
    };
    // 40 meetings at locations 0-2, 120 papers with consultations 0-119 by URL; neither locations nor consultations are listed.
    const emulator = await startEmulator({
      locationList: false, consultationsByUrl: true, delayMs: 15,
      hook: (url, reply) => {
        const path = url.pathname;
        if (path === '/oparl/location/1' && once('429')) return { status: 429, headers: { 'retry-after': '1' }, body: {} };
        if (path === '/oparl/consultation/5' && once('500')) return { status: 500, headers: {}, body: 'kaputt' };
        if (path === '/oparl/consultation/6' && once('hang')) return 'hang';
        if (path === '/oparl/consultation/7') return { status: 200, headers: {}, body: '{"id": ' };
        if (path === '/oparl/location/2') return { status: 404, headers: {}, body: { message: 'nicht gefunden' } };
        return reply;
      },
    });
    emulator.remove('/oparl/consultation/9');
    const ris = (path) => `${emulator.origin}/oparl/${path}`;
    try {
      const out = join(work, 'unlisted');
      const from = ris('system');
      const started = Date.now();
      const summary = await mirror({ from, out, base: BASE, now: NOW, concurrency: 2, backoffMs: 20, timeoutMs: 500 });
      assert.deepEqual([...faults].sort(), ['429', '500', 'hang']);
      assert.ok(Date.now() - started >= 1000, 'waited for Retry-After: 1');
      assert.ok(emulator.stats.maxActive <= 2, `at most 2 requests at once (${emulator.stats.maxActive})`);
      // 120 consultations and 3 locations referred to; location 2 is missing, consultation 7 broken, consultation 9 deleted.
      assert.equal(summary.fetched, 120);
      const problems = summary.problems.join('\n');
      assert.match(problems, new RegExp(`Verweis auf ein Objekt, das es nicht gibt: ${ris('location/2')} \\(HTTP 404\\)`));
      assert.match(problems, new RegExp(`Objekt nicht geladen: ${ris('consultation/7')} \\(invalid JSON`));
      assert.equal(summary.errors, 2);

      // The references on the mirror lead to files: a meeting's location, a paper's consultation and its meeting.
      const meeting = await atMirrorUrl(out, `${BASE}${mirrorPath(ris('meeting/4'))}`);
      assert.equal((await atMirrorUrl(out, meeting.location)).description, 'Rathaus, Raum 1');
      const paper = await atMirrorUrl(out, `${BASE}${mirrorPath(ris('paper/5'))}`);
      const consultation = await atMirrorUrl(out, paper.consultation[0]);
      assert.equal(consultation.role, 'Entscheidung');
      assert.equal((await atMirrorUrl(out, consultation.meeting)).name, '5. Sitzung, Komma; Semikolon und Umlaute äöü');
      assert.ok(await atMirrorUrl(out, `${BASE}${mirrorPath(ris('consultation/6'))}`), 'fetched again after the time-out');
      assert.equal(await atMirrorUrl(out, `${BASE}${mirrorPath(ris('consultation/7'))}`), undefined);
      assert.equal(await atMirrorUrl(out, `${BASE}${mirrorPath(ris('consultation/9'))}`), undefined);
      // The feed finds the location of a meeting that names it by URL.
      assert.match(await readFile(join(out, 'herne-widgets/body/meetings.ics'), 'utf8'), /LOCATION:Rathaus\\, Raum 1\r\n/);

      // Next run: only what changed and what failed is asked for again.
      emulator.change('/oparl/paper/3');
      const requestsBefore = emulator.stats.requests;
      const next = await mirror({ from, out, base: BASE, now: NOW, concurrency: 2, backoffMs: 20, timeoutMs: 500, retries: 0 });
      const asked = emulator.stats.requests - requestsBefore;
      // system, bodies, organization, meeting and paper lists (one page each), consultation 3 (its paper changed),
      // location 2 and consultation 7 (failed last time)
      assert.equal(asked, 8, `${asked} requests`);
      assert.equal(next.fetched, 1);
      assert.equal(next.errors, 2);
    } finally {
      await emulator.close();
    }
  });
});
