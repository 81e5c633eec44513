// herne-widgets mirror against the repository's sample OParl server and an emulated server with faults.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { mirror, MirrorError, INDEX_TYPE } from '../../mirror/mirror.mjs';
import { mirrorPath } from '../../mirror/paths.mjs';
import { startServer } from '../page/helpers.mjs';
import { startEmulator } from './emulator.mjs';

const BIN = fileURLToPath(new URL('../../bin/herne-widgets.mjs', import.meta.url));
const BASE = 'https://cdn.herne.example/ris/';
const NOW = new Date('2026-11-23T10:00:00+01:00');
const fast = { backoffMs: 20, timeoutMs: 2000 };

/** @param {string} out @param {string} url */
async function readMirrored(out, url) {
  return JSON.parse(await readFile(join(out, mirrorPath(url)), 'utf8'));
}
/** Every file below a folder with its content, to compare mirrors. @param {string} folder */
async function snapshot(folder) {
  const result = {};
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath ?? entry.path, entry.name);
      result[path.slice(folder.length)] = await readFile(path, 'utf8');
    }
  }
  return result;
}

/** Runs the command without blocking this process (the emulator answers from it). @param {string[]} args */
async function run(args) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, CI: '1' } });
    return { status: 0, stdout, stderr };
  } catch (error) {
    return { status: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

let work;
before(async () => {
  work = await mkdtemp(join(tmpdir(), 'herne-mirror-'));
});
after(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('mirror of the sample OParl server', () => {
  let server;
  let out;
  let summary;
  before(async () => {
    server = await startServer();
    out = join(work, 'sample');
    summary = await mirror({ from: `${server.origin}/sample/oparl/v1.1/system`, out, base: BASE, now: NOW, ...fast });
  });
  after(() => server.close());
  const ris = (path) => `${server.origin}/sample/oparl/v1.1/${path}`;

  it('writes every object at a path from its id, with every OParl URL on --base and document URLs untouched', async () => {
    assert.equal(summary.errors, 0);
    const meeting = await readMirrored(out, ris('meeting/4711'));
    assert.equal(meeting.id, `${BASE}${mirrorPath(ris('meeting/4711'))}`);
    assert.deepEqual(meeting.organization, [`${BASE}${mirrorPath(ris('organization/12'))}`]);
    assert.equal(meeting.location.id, `${BASE}${mirrorPath(ris('location/2'))}`);
    assert.match(meeting.invitation.accessUrl, new RegExp(`^${server.origin}/sample/files/`), 'the files themselves are not mirrored');
    const risUrls = JSON.stringify(meeting).match(new RegExp(`${server.origin}/sample/oparl/[^"]*`, 'g'));
    assert.ok(risUrls.every((url) => /\/person\/\d+$/.test(url)), 'only persons (not mirrored without --persons) point to the RIS');
    assert.equal(meeting.participant[0], ris('person/1'));
    // Agenda items nested in the meeting get their own files, as the card reads them by URL.
    const item = await readMirrored(out, ris('agendaitem/20117'));
    assert.equal(item.meeting, meeting.id);
  });

  it('writes lists paged like OParl, with links on the mirror', async () => {
    const body = await readMirrored(out, ris('body/1'));
    const first = JSON.parse(await readFile(join(out, body.meeting.slice(BASE.length)), 'utf8'));
    assert.equal(first.pagination.totalElements, 14);
    assert.equal(first.data.length, 14);
    assert.equal(first.links.self, body.meeting);
    const organizationMeetings = JSON.parse(await readFile(join(out, (await readMirrored(out, ris('organization/12'))).meeting.slice(BASE.length)), 'utf8'));
    assert.ok(organizationMeetings.data.some((entry) => entry.id.endsWith(mirrorPath(ris('meeting/4711')))));
  });

  it('writes the index files of the contract: upcoming soonest first, past newest first', async () => {
    const upcoming = JSON.parse(await readFile(join(out, 'herne-widgets/organizations/12/upcoming.json'), 'utf8'));
    const past = JSON.parse(await readFile(join(out, 'herne-widgets/organizations/12/past.json'), 'utf8'));
    assert.equal(upcoming.type, INDEX_TYPE);
    assert.equal(upcoming.kind, 'upcoming');
    assert.equal(upcoming.organization, `${BASE}${mirrorPath(ris('organization/12'))}`);
    assert.equal(upcoming.feed, `${BASE}herne-widgets/organizations/12/meetings.ics`);
    assert.equal(upcoming.generated, NOW.toISOString());
    const starts = upcoming.data.map((meeting) => Date.parse(meeting.start));
    assert.ok(starts.length > 0 && starts.every((start, i) => start >= NOW.getTime() && (i === 0 || start >= starts[i - 1])));
    const pastStarts = past.data.map((meeting) => Date.parse(meeting.start));
    assert.ok(pastStarts.length > 0 && pastStarts.every((start, i) => start < NOW.getTime() && (i === 0 || start <= pastStarts[i - 1])));
    const body = JSON.parse(await readFile(join(out, 'herne-widgets/body/upcoming.json'), 'utf8'));
    assert.equal(body.body, `${BASE}${mirrorPath(ris('body/1'))}`);
    assert.equal(body.organization, undefined);
  });

  it('writes iCalendar feeds in Europe/Berlin with stable UIDs, folded lines and the hosting headers', async () => {
    const feed = await readFile(join(out, 'herne-widgets/organizations/12/meetings.ics'), 'utf8');
    assert.match(feed, /^BEGIN:VCALENDAR\r\n/);
    assert.match(feed, /BEGIN:VTIMEZONE\r\nTZID:Europe\/Berlin\r\n/);
    assert.match(feed, /DTSTART;TZID=Europe\/Berlin:20211208T160000\r\n/);
    assert.match(feed, /SEQUENCE:0\r\n/);
    assert.match(feed, /LAST-MODIFIED:\d{8}T\d{6}Z\r\n/);
    assert.ok(feed.split('\r\n').every((line) => Buffer.byteLength(line) <= 75), 'lines are folded at 75 octets');
    const uids = feed.match(/UID:.*\r\n/g);
    const again = await mirror({ from: `${server.origin}/sample/oparl/v1.1/system`, out: join(work, 'sample-again'), base: BASE, now: NOW, ...fast });
    assert.equal(again.errors, 0);
    assert.deepEqual((await readFile(join(work, 'sample-again/herne-widgets/organizations/12/meetings.ics'), 'utf8')).match(/UID:.*\r\n/g), uids);
    const headers = await readFile(join(out, '_headers'), 'utf8');
    assert.match(headers, /Access-Control-Allow-Origin: \*/);
    assert.match(headers, /Cache-Control: .*stale-while-revalidate=/);
    assert.match(headers, /Content-Type: application\/json/);
    assert.match(await readFile(join(out, 'herne-widgets/nginx.conf'), 'utf8'), /add_header Access-Control-Allow-Origin "\*"/);
  });
});

describe('mirror of an emulated server with faults', () => {
  it('retries a 500 and a 429 (waiting for its Retry-After) and a hang (time-out), then mirrors everything', async () => {
    const failed = new Set();
    const emulator = await startEmulator({
      hook: (url, reply) => {
        const key = url.pathname + url.search;
        if (key === '/oparl/body/1/meeting?page=2' && !failed.has('500')) {
          failed.add('500');
          return { status: 500, headers: {}, body: 'kaputt' };
        }
        if (key === '/oparl/body/1/paper?page=3' && !failed.has('429')) {
          failed.add('429');
          return { status: 429, headers: { 'retry-after': '1' }, body: {} };
        }
        if (key === '/oparl/body/1/organization' && !failed.has('hang')) {
          failed.add('hang');
          return 'hang';
        }
        return reply;
      },
    });
    try {
      const started = Date.now();
      const summary = await mirror({ from: `${emulator.origin}/oparl/system`, out: join(work, 'faults'), base: BASE, now: NOW, backoffMs: 20, timeoutMs: 400 });
      assert.deepEqual([...failed].sort(), ['429', '500', 'hang']);
      assert.equal(summary.errors, 0);
      assert.ok(summary.retries >= 3);
      assert.ok(Date.now() - started >= 1000, 'waited for Retry-After: 1');
      // system, body, 4 organisations, 40 meetings, 120 papers, 3 locations; embedded: 80 agenda items, 120 files, 120 consultations
      assert.equal(summary.objects, 1 + 1 + 4 + 40 + 120 + 3);
      assert.equal(summary.embedded, 80 + 120 + 120);
      const meeting = await readMirrored(join(work, 'faults'), `${emulator.origin}/oparl/meeting/39`);
      assert.equal(meeting.name, '39. Sitzung, Komma; Semikolon und Umlaute äöü');
      assert.equal(meeting.location, `${BASE}${mirrorPath(`${emulator.origin}/oparl/location/0`)}`);
      const feed = await readFile(join(work, 'faults/herne-widgets/body/meetings.ics'), 'utf8');
      assert.match(feed, /SUMMARY:39. Sitzung\\, Komma\\; Semikolon und Umlaute äöü/);
      assert.match(feed, /LOCATION:Rathaus\\, Raum 0/);
    } finally {
      await emulator.close();
    }
  });

  it('reports a broken object and a broken page with their URLs and skips them; repeats and a looping links.next stop', async () => {
    const emulator = await startEmulator({
      hook: (url, reply) => {
        const key = url.pathname + url.search;
        if (key === '/oparl/body/1/paper?page=2') reply.body.data[0].name = 42;
        // Agenda items refer to paper 25 (through consultation 25): the follow-up pass asks for it and finds it broken too.
        if (key === '/oparl/paper/25') reply.body.name = 42;
        if (key === '/oparl/body/1/paper?page=3') reply.body.data.push(reply.body.data[0], { ...reply.body.data[1] });
        if (key === '/oparl/body/1/paper?page=4') reply.body.links.next = `${url.origin}/oparl/body/1/paper?page=1`;
        if (key === '/oparl/body/1/meeting?page=2') return { status: 200, headers: {}, body: '{"data": [' };
        return reply;
      },
    });
    try {
      const out = join(work, 'broken');
      const summary = await mirror({ from: `${emulator.origin}/oparl/body/1`, out, base: BASE, now: NOW, ...fast });
      const problems = summary.problems.join('\n');
      assert.match(problems, new RegExp(`kaputtes Objekt übersprungen: ${emulator.origin}/oparl/paper/25 \\(name ist kein Text\\)`));
      assert.match(problems, new RegExp(`kaputte Listenseite übersprungen: ${emulator.origin}/oparl/body/1/meeting\\?page=2`));
      assert.match(problems, /links.next führt im Kreis/);
      assert.equal(existsSync(join(out, mirrorPath(`${emulator.origin}/oparl/paper/25`))), false);
      assert.equal(existsSync(join(out, mirrorPath(`${emulator.origin}/oparl/paper/26`))), true);
      const body = await readMirrored(out, `${emulator.origin}/oparl/body/1`);
      const papers = JSON.parse(await readFile(join(out, body.paper.slice(BASE.length)), 'utf8'));
      assert.equal(papers.pagination.totalElements, 99, '100 papers in 4 pages, one broken, repeats once');
      assert.equal(new Set(papers.data.map((paper) => paper.id)).size, papers.data.length);
      // Persons are not mirrored without --persons: their URLs keep pointing to the RIS.
      assert.equal(body.person, `${emulator.origin}/oparl/body/1/person`);
    } finally {
      await emulator.close();
    }
  });

  it('mirrors incrementally with modified_since: only the changes are asked for, deletions and feeds applied', async () => {
    const emulator = await startEmulator({ meetings: 200, papers: 500 });
    try {
      const out = join(work, 'incremental');
      const from = `${emulator.origin}/oparl/system`;
      const first = await mirror({ from, out, base: BASE, now: NOW, ...fast });
      emulator.change('/oparl/meeting/150');
      emulator.remove('/oparl/paper/7');
      const before = emulator.stats.requests;
      const second = await mirror({ from, out, base: BASE, now: NOW, ...fast });
      const requests = emulator.stats.requests - before;
      assert.ok(requests <= 8, `${requests} requests for 2 changes (the first run needed ${first.requests})`);
      assert.equal(second.changed, 1, 'only the changed meeting is written again (the system and the body are as they were)');
      assert.equal(existsSync(join(out, mirrorPath(`${emulator.origin}/oparl/paper/7`))), false);
      assert.equal((await readMirrored(out, `${emulator.origin}/oparl/meeting/150`)).cancelled, true);
      const feed = await readFile(join(out, 'herne-widgets/body/meetings.ics'), 'utf8');
      const event = feed.split('BEGIN:VEVENT').find((part) => part.includes('SUMMARY:150. Sitzung'));
      assert.match(event, /SEQUENCE:1\r\n/);
      assert.match(event, /STATUS:CANCELLED\r\n/);
      const body = await readMirrored(out, `${emulator.origin}/oparl/body/1`);
      const papers = JSON.parse(await readFile(join(out, body.paper.slice(BASE.length)), 'utf8'));
      assert.equal(papers.pagination.totalElements, 499);
    } finally {
      await emulator.close();
    }
  });

  it('reads full lists where the server ignores modified_since, and deletes what is gone from them', async () => {
    const emulator = await startEmulator({ honourSince: false });
    try {
      const out = join(work, 'ignored');
      const from = `${emulator.origin}/oparl/system`;
      const first = await mirror({ from, out, base: BASE, now: NOW, ...fast });
      emulator.remove('/oparl/meeting/3');
      const second = await mirror({ from, out, base: BASE, now: NOW, ...fast });
      assert.equal(second.requests, first.requests, 'every page again');
      assert.equal(existsSync(join(out, mirrorPath(`${emulator.origin}/oparl/meeting/3`))), false);
      const upcoming = await readFile(join(out, 'herne-widgets/body/past.json'), 'utf8');
      assert.ok(!upcoming.includes(mirrorPath(`${emulator.origin}/oparl/meeting/3`)));
    } finally {
      await emulator.close();
    }
  });

  it('keeps the previous mirror untouched when a run is aborted or fails halfway, and the next run completes', async () => {
    let mode = 'ok';
    const controller = new AbortController();
    const emulator = await startEmulator({
      hook: (url, reply) => {
        if (url.pathname === '/oparl/body/1/paper') {
          if (mode === 'abort') controller.abort(new Error('killed'));
          if (mode === 'fail') return { status: 503, headers: {}, body: 'wartung' };
        }
        return reply;
      },
    });
    try {
      const out = join(work, 'killed');
      const from = `${emulator.origin}/oparl/system`;
      await mirror({ from, out, base: BASE, now: NOW, ...fast });
      const served = await snapshot(out);
      emulator.change('/oparl/meeting/1');
      emulator.change('/oparl/paper/1');
      mode = 'abort';
      await assert.rejects(mirror({ from, out, base: BASE, now: NOW, signal: controller.signal, ...fast }));
      assert.deepEqual(await snapshot(out), served);
      mode = 'fail';
      await assert.rejects(mirror({ from, out, base: BASE, now: NOW, ...fast, retries: 1 }), (error) => error instanceof MirrorError && error.exitCode === 1);
      assert.deepEqual(await snapshot(out), served);
      // The interrupted runs keep their staging and journal (resumed: test/mirror/resume.test.mjs). A staging
      // without a journal (say, one left by a kill during the swap) is discarded: the next run starts over.
      assert.equal(existsSync(`${out}.staging/herne-widgets/resume-journal.ndjson`), true);
      await rm(`${out}.staging/herne-widgets/resume-journal.ndjson`);
      await mkdir(`${out}.staging/junk`, { recursive: true });
      await writeFile(`${out}.staging/junk/file.json`, '{');
      mode = 'ok';
      await mirror({ from, out, base: BASE, now: NOW, ...fast });
      assert.equal((await readMirrored(out, `${emulator.origin}/oparl/meeting/1`)).cancelled, true);
      assert.equal(existsSync(`${out}.staging`), false);
      assert.equal(existsSync(join(out, 'junk')), false);
    } finally {
      await emulator.close();
    }
  });

  it('reports an unreachable RIS clearly and exits non-zero from the command line', async () => {
    const closed = await startEmulator();
    const port = new URL(closed.origin).port;
    await closed.close();
    await assert.rejects(mirror({ from: `http://127.0.0.1:${port}/oparl/system`, out: join(work, 'none'), base: BASE, retries: 0 }), (error) => error instanceof MirrorError && error.exitCode === 2);
    const result = await run(['mirror', '--from', `http://127.0.0.1:${port}/oparl/system`, '--out', join(work, 'none'), '--base', BASE, '--retries', '0']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /Das Ratsinformationssystem ist nicht erreichbar: http:\/\/127\.0\.0\.1:\d+\/oparl\/system \(ECONNREFUSED\)/);
    assert.equal(existsSync(join(work, 'none')), false);
  });

  it('prints a summary line from the command line', async () => {
    const emulator = await startEmulator();
    try {
      const result = await run(['mirror', '--from', `${emulator.origin}/oparl/system`, '--out', join(work, 'cli'), '--base', BASE]);
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /^Fertig: 169 Objekte \(169 neu oder geändert, 320 eingebettete geschrieben, 0 einzeln nachgeladen\), \d+ Anfragen, 0 Fehler, \d+\.\d s; Listenseiten und Indexe \d+ geschrieben, 0 unverändert; Kalender 5 geschrieben, 0 unverändert$/m);
    } finally {
      await emulator.close();
    }
  });
});
