// An incremental mirror run rewrites only what changed: objects, list pages, indexes and feeds that did not
// change keep their bytes, their mtime and their inode (the staging tree links them), so a CDN upload that
// compares size and mtime sends only the changes. Against the emulated OParl server.
import assert from 'node:assert/strict';
import { readdir, readFile, rm, stat, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { mirror } from '../../mirror/mirror.mjs';
import { mirrorPath } from '../../mirror/paths.mjs';
import { startEmulator } from './emulator.mjs';

const BASE = 'https://cdn.herne.example/ris/';
const NOW = new Date('2026-11-23T10:00:00+01:00');
const fast = { backoffMs: 20, timeoutMs: 2000, now: NOW };
const STATE = 'herne-widgets/mirror-state.ndjson';

/** Every file below a folder: its bytes, mtime and inode. @param {string} folder */
async function files(folder) {
  /** @type {Map<string, { text: string, mtimeMs: number, ino: number }>} */
  const result = new Map();
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath ?? entry.path, entry.name);
    const info = await stat(path);
    result.set(path.slice(folder.length + 1), { text: await readFile(path, 'utf8'), mtimeMs: info.mtimeMs, ino: info.ino });
  }
  return result;
}

/** The files that differ between two snapshots (changed, added or removed). */
function differences(before, after) {
  const changed = [];
  for (const [path, file] of after) {
    const old = before.get(path);
    if (!old) changed.push(`+${path}`);
    else if (old.text !== file.text || old.mtimeMs !== file.mtimeMs || old.ino !== file.ino) changed.push(path);
  }
  for (const path of before.keys()) if (!after.has(path)) changed.push(`-${path}`);
  return changed.sort();
}

let work;
before(async () => {
  work = await mkdtemp(join(tmpdir(), 'herne-mirror-incremental-'));
});
after(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('incremental mirror runs', () => {
  it('rewrite only the changed objects, list pages, indexes and feeds; everything else keeps bytes and mtime', async () => {
    // 200 meetings (4 organisations, all before NOW), 500 papers; the mirror pages 100 objects a page.
    const emulator = await startEmulator({ meetings: 200, papers: 500, pageSize: 50 });
    try {
      const out = join(work, 'pages');
      const from = `${emulator.origin}/oparl/system`;
      const ris = (path) => `${emulator.origin}/oparl/${path}`;
      await mirror({ from, out, base: BASE, ...fast });
      const first = await files(out);
      await new Promise((resolve) => setTimeout(resolve, 30)); // so that a rewritten file would have another mtime
      emulator.change('/oparl/meeting/150'); // meeting page 2, organisation 3 ((150 % 4) + 1)
      emulator.change('/oparl/paper/420'); // paper page 5
      emulator.remove('/oparl/paper/499'); // paper page 5 (the last): no other page shifts
      const summary = await mirror({ from, out, base: BASE, ...fast });
      assert.equal(summary.errors, 0);
      assert.equal(summary.changed, 2);
      const second = await files(out);

      const body = JSON.parse(first.get(mirrorPath(ris('body/1'))).text);
      const page = (listUrl, number) => (number === 1 ? listUrl : `${listUrl}?page=${number}`);
      const organization3 = JSON.parse(first.get(mirrorPath(ris('organization/3'))).text);
      assert.deepEqual(differences(first, second), [
        // the meeting and its embedded agenda items (their `modified` changed with it); the paper
        mirrorPath(ris('agendaitem/150-1')), mirrorPath(ris('agendaitem/150-2')),
        mirrorPath(ris('body/1/paper')), // the first page says how many there are
        mirrorPath(ris('body/1/meeting?page=2')),
        mirrorPath(ris('body/1/paper?page=5')),
        mirrorPath(ris('file/420')),
        mirrorPath(ris('meeting/150')),
        mirrorPath(ris('organization/3/meeting')),
        `-${mirrorPath(ris('paper/499'))}`,
        mirrorPath(ris('paper/420')),
        'herne-widgets/body/meetings.ics',
        'herne-widgets/body/past.json',
        'herne-widgets/organizations/3/meetings.ics',
        'herne-widgets/organizations/3/past.json',
        STATE,
      ].sort());
      assert.ok(body.paper.endsWith(mirrorPath(page(ris('body/1/paper'), 1))));
      assert.ok(organization3.meeting.endsWith(mirrorPath(ris('organization/3/meeting'))));

      // What the rewritten files say now.
      const lastPapers = JSON.parse(second.get(mirrorPath(ris('body/1/paper?page=5'))).text);
      assert.deepEqual(lastPapers.pagination, { elementsPerPage: 100, currentPage: 5 });
      assert.equal(lastPapers.data.length, 99);
      assert.ok(!lastPapers.data.some((paper) => paper.id.endsWith(mirrorPath(ris('paper/499')))));
      assert.equal(lastPapers.links.next, undefined);
      const firstPapers = JSON.parse(second.get(mirrorPath(ris('body/1/paper'))).text);
      assert.deepEqual(firstPapers.pagination, { totalElements: 499, elementsPerPage: 100, currentPage: 1, totalPages: 5 });
      assert.equal(firstPapers.links.last, `${BASE}${mirrorPath(ris('body/1/paper?page=5'))}`);
      const past = JSON.parse(second.get('herne-widgets/organizations/3/past.json').text);
      assert.equal(past.data.find((meeting) => meeting.id.endsWith(mirrorPath(ris('meeting/150')))).cancelled, true);
      const feed = second.get('herne-widgets/organizations/3/meetings.ics').text;
      const event = feed.split('BEGIN:VEVENT').find((part) => part.includes('SUMMARY:150. Sitzung'));
      assert.match(event, /SEQUENCE:1\r\n/);
      assert.match(event, /STATUS:CANCELLED\r\n/);
      assert.equal(summary.pagesWritten, 6, 'three list pages, an organisation meeting list, two past indexes');
      assert.equal(summary.feedsWritten, 2);
    } finally {
      await emulator.close();
    }
  });

  it('remove the meeting list, indexes and feed of a deleted organisation', async () => {
    const emulator = await startEmulator();
    try {
      const out = join(work, 'organization');
      const from = `${emulator.origin}/oparl/system`;
      await mirror({ from, out, base: BASE, ...fast });
      const before = await files(out);
      emulator.remove('/oparl/organization/4');
      const summary = await mirror({ from, out, base: BASE, ...fast });
      assert.equal(summary.errors, 0);
      const gone = differences(before, await files(out)).filter((path) => path.startsWith('-'));
      assert.deepEqual(gone, [
        `-${mirrorPath(`${emulator.origin}/oparl/organization/4`)}`,
        `-${mirrorPath(`${emulator.origin}/oparl/organization/4/meeting`)}`,
        '-herne-widgets/organizations/4/meetings.ics',
        '-herne-widgets/organizations/4/past.json',
        '-herne-widgets/organizations/4/upcoming.json',
      ].sort());
    } finally {
      await emulator.close();
    }
  });

  it('leave every file as it was when nothing changed, also where the server ignores modified_since', async () => {
    const emulator = await startEmulator({ meetings: 60, papers: 150, honourSince: false });
    try {
      const out = join(work, 'unchanged');
      const from = `${emulator.origin}/oparl/system`;
      const first = await mirror({ from, out, base: BASE, ...fast });
      const before = await files(out);
      await new Promise((resolve) => setTimeout(resolve, 30));
      const second = await mirror({ from, out, base: BASE, ...fast });
      assert.equal(second.requests, first.requests, 'the server ignores modified_since: every page is read again');
      assert.equal(second.changed, 0);
      assert.equal(second.pagesWritten, 0);
      assert.equal(second.feedsWritten, 0);
      assert.deepEqual(differences(before, await files(out)), [STATE]);
    } finally {
      await emulator.close();
    }
  });
});
