// @ts-check
// The journal of a run, kept in its staging folder so that a run that is killed or fails can be resumed: a
// header naming the source (--from, --base, --persons) and the served state the staging was built on, then one
// line per list page and per object fetched one by one, written when it is complete (its files written, its
// references spooled). The next run with the same source reads it line by line and asks only for the rest.
import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';

export const JOURNAL_FILE = 'herne-widgets/resume-journal.ndjson';
export const JOURNAL_VERSION = 1;

/**
 * @typedef {{ from: string, base: string, persons: boolean, served: string }} JournalIdentity
 *   served: `lastRun` of the served mirror the staging was built on ('' for none)
 * @typedef {JournalIdentity & { journal: number, started: number }} JournalHeader
 * @typedef {{ id: string, modified?: string, hash: string, meeting?: { start?: string, orgs: string[], seq: number },
 *   org?: { name?: string, meetingList?: string } }} JournalObject
 * @typedef {{ page: string, list: string, next: string, total?: number, honoured: boolean, changed: number,
 *   embedded: number, objects: JournalObject[], removed: string[] }} PageRecord
 * @typedef {{ fetched: string }} FetchedRecord
 */

/** @param {any} record @returns {boolean} */
function isPageRecord(record) {
  return typeof record.page === 'string' && typeof record.list === 'string' && typeof record.next === 'string'
    && Array.isArray(record.objects) && Array.isArray(record.removed)
    && record.objects.every((/** @type {any} */ item) => item && typeof item.id === 'string' && typeof item.hash === 'string')
    && record.removed.every((/** @type {unknown} */ id) => typeof id === 'string');
}

/** @param {any} record */
function isRecord(record) {
  if (!record || typeof record !== 'object' || Array.isArray(record)) return false;
  return typeof record.fetched === 'string' || isPageRecord(record);
}

/** @param {string} file */
function linesOf(file) {
  return createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
}

/**
 * Reads the whole journal once, line by line, keeping nothing but the line count. A last line cut off by a kill
 * is no damage (that page is simply fetched again).
 * @param {string} file @param {JournalIdentity} identity
 * @returns {Promise<{ resume: true, started: number } | { resume: false, reason?: string }>}
 */
export async function checkJournal(file, identity) {
  if (!existsSync(file)) return { resume: false };
  const lines = linesOf(file);
  let number = 0;
  let broken = 0;
  /** @type {JournalHeader | undefined} */
  let header;
  try {
    for await (const line of lines) {
      number += 1;
      if (!line) continue;
      if (broken > 0) return { resume: false, reason: `Das Journal des unterbrochenen Laufs ist beschädigt (Zeile ${broken}); er wird verworfen, der Lauf beginnt neu.` };
      let record;
      try {
        record = JSON.parse(line);
      } catch {
        broken = number;
        continue;
      }
      if (!header) {
        header = record;
        const same = record?.journal === JOURNAL_VERSION && record.from === identity.from && record.base === identity.base
          && record.persons === identity.persons && record.served === identity.served && Number.isFinite(record.started);
        if (!same) return { resume: false, reason: 'Der unterbrochene Lauf gehört zu einer anderen Quelle (--from, --base, --persons) oder zu einem anderen Stand des Spiegels; er wird verworfen, der Lauf beginnt neu.' };
        continue;
      }
      if (!isRecord(record)) broken = number;
    }
  } catch (error) {
    return { resume: false, reason: `Das Journal des unterbrochenen Laufs ist nicht lesbar (${/** @type {Error} */ (error).message}); er wird verworfen, der Lauf beginnt neu.` };
  } finally {
    lines.close();
  }
  if (!header) return { resume: false, reason: 'Das Journal des unterbrochenen Laufs ist leer; er wird verworfen, der Lauf beginnt neu.' };
  return { resume: true, started: header.started };
}

/**
 * The records of a journal that checkJournal accepted, one at a time (the header and a cut-off last line left out).
 * @param {string} file @returns {AsyncGenerator<PageRecord | FetchedRecord>}
 */
export async function* journalRecords(file) {
  const lines = linesOf(file);
  let header = true;
  try {
    for await (const line of lines) {
      if (!line) continue;
      let record;
      try {
        record = JSON.parse(line);
      } catch {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      yield record;
    }
  } finally {
    lines.close();
  }
}

/**
 * A journal being written. Each record is handed to the file before `write` resolves, so that what a later
 * record depends on (the references spooled) is never behind it.
 * @param {string} file
 */
export async function createJournal(file) {
  await mkdir(dirname(file), { recursive: true });
  const stream = createWriteStream(file, { encoding: 'utf8' });
  return {
    /** @param {JournalHeader | PageRecord | FetchedRecord} record @returns {Promise<void>} */
    write(record) {
      return new Promise((resolve, reject) => {
        stream.write(`${JSON.stringify(record)}\n`, (error) => {
          if (error) reject(error);
          else resolve();
        });
      });
    },
    async close() {
      if (stream.closed) return;
      stream.end();
      await once(stream, 'close');
    },
  };
}

/** @typedef {Awaited<ReturnType<typeof createJournal>>} Journal */
