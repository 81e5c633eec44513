// @ts-check
// What the mirror remembers between runs, and all it holds in memory during one: per listed object its list,
// `modified` and a digest of its mirrored file (plus the start and organisations of a meeting); never the
// objects themselves. Stored as one JSON line per object, written and read as streams.
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';

export const STATE_FILE = 'herne-widgets/mirror-state.ndjson';
export const STATE_VERSION = 2;

/**
 * @typedef {{ start?: string, time?: number, orgs: string[], seq: number }} MeetingInfo
 * @typedef {{ list: number, modified?: string, hash: string, seen: boolean, meeting?: MeetingInfo }} ObjectEntry
 *   `list` is the position of the object's list in `header.lists` (-1: the system or a body given directly)
 * @typedef {{ url: string, complete: boolean }} ListInfo
 * @typedef {{ version: number, from: string, base: string, persons: boolean, lastRun: string, lists: ListInfo[],
 *   organizations: Record<string, { name?: string, meetingList?: string }>, bodies: string[],
 *   signatures: Record<string, string[]>, extras: string[], missing: string[] }} StateHeader
 *   signatures: per list URL the signature of each page, per feed its signature (unchanged ones are not rewritten);
 *   extras: objects in no list, fetched one by one; missing: references that could not be fetched (tried again)
 * @typedef {{ header: StateHeader, objects: Map<string, ObjectEntry> }} MirrorState
 */

/** @param {{ from: string, base: string, persons: boolean }} options @returns {MirrorState} */
export function emptyState({ from, base, persons }) {
  return {
    header: { version: STATE_VERSION, from, base, persons, lastRun: '', lists: [], organizations: {}, bodies: [], signatures: {}, extras: [], missing: [] },
    objects: new Map(),
  };
}

/**
 * Reads the state line by line. Undefined when there is none, it is unreadable, or it was made for another
 * source, base or person choice (then the run starts afresh).
 * @param {string} file @param {{ from: string, base: string, persons: boolean }} options
 * @returns {Promise<MirrorState | undefined>}
 */
export async function readState(file, options) {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  /** @type {MirrorState | undefined} */
  let state;
  try {
    for await (const line of lines) {
      if (!line) continue;
      const record = JSON.parse(line);
      if (!state) {
        /** @type {StateHeader} */
        const header = record;
        if (header.version !== STATE_VERSION || header.from !== options.from || header.base !== options.base || header.persons !== options.persons) return undefined;
        state = { header, objects: new Map() };
        continue;
      }
      /** @type {ObjectEntry} */
      const entry = { list: record.list, hash: record.hash, seen: false };
      if (typeof record.modified === 'string') entry.modified = record.modified;
      if (record.meeting) entry.meeting = meetingInfo(record.meeting.start, record.meeting.orgs, record.meeting.seq);
      state.objects.set(record.id, entry);
    }
  } catch {
    return undefined;
  } finally {
    lines.close();
  }
  return state;
}

/** @param {unknown} start @param {unknown} orgs @param {number} seq @returns {MeetingInfo} */
export function meetingInfo(start, orgs, seq) {
  /** @type {MeetingInfo} */
  const info = { orgs: Array.isArray(orgs) ? orgs.filter((org) => typeof org === 'string') : [], seq };
  if (typeof start === 'string' && !Number.isNaN(Date.parse(start))) {
    info.start = start;
    info.time = Date.parse(start);
  }
  return info;
}

/** Writes the state as a stream of lines, waiting whenever the file lags behind. @param {string} file @param {MirrorState} state */
export async function writeState(file, state) {
  await mkdir(dirname(file), { recursive: true });
  const stream = createWriteStream(file, { encoding: 'utf8' });
  /** @param {unknown} record */
  const write = async (record) => {
    if (!stream.write(`${JSON.stringify(record)}\n`)) await once(stream, 'drain');
  };
  await write(state.header);
  for (const [id, entry] of state.objects) {
    const meeting = entry.meeting ? { start: entry.meeting.start, orgs: entry.meeting.orgs, seq: entry.meeting.seq } : undefined;
    await write({ id, list: entry.list, modified: entry.modified, hash: entry.hash, meeting });
  }
  stream.end();
  await once(stream, 'finish');
}
