// @ts-check
// `herne-widgets mirror`: crawls a body of an OParl server and writes it as static OParl files, plus the
// meeting indexes and iCalendar feeds of the mirror index contract (README "Mirror"). Objects are written one
// by one as they arrive; what stays in memory is a small index per listed object (see state.mjs), so memory
// does not grow with the body beyond it. References to objects that no list holds are written to a spool file
// and fetched one by one after the crawl. The new state is built in `<out>.staging` and swapped in only when
// complete. A run that is killed or fails keeps its staging and journal (journal.mjs): the next run with the same
// source resumes there and asks only for the list pages and objects that the journal does not name.
import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, opendir, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { createTree, digest, linkTree, removeTree } from './files.mjs';
import { BrokenJsonError, createHttpClient, HttpError } from './http.mjs';
import { checkJournal, createJournal, JOURNAL_FILE, JOURNAL_VERSION, journalRecords } from './journal.mjs';
import { withParam, writeOutput } from './output.mjs';
import { createRewriter, KEEP_KEYS, mirrorPath } from './paths.mjs';
import { emptyState, meetingInfo, readState, STATE_FILE, writeState } from './state.mjs';

export { INDEX_TYPE } from './output.mjs';

/** Lists of a Body that the mirror crawls; person and membership only with --persons. */
const BODY_LISTS = ['organization', 'meeting', 'paper', 'consultation', 'agendaItem', 'file', 'locationList', 'legislativeTermList'];
const PERSON_LISTS = ['person', 'membership'];
/** Properties that hold the URL of a list, not of an object: they are no references to fetch. */
const LIST_KEYS = {
  System: new Set(['body']),
  Body: new Set([...BODY_LISTS, ...PERSON_LISTS]),
  Organization: new Set(['meeting']),
};
/** modified_since asks from a little before the last run, so that clocks that differ a little lose nothing. */
const SINCE_OVERLAP_MS = 10 * 60_000;
/** Objects fetched one by one may refer to further unlisted objects; so many rounds follow them. */
const FOLLOW_UP_ROUNDS = 3;
/** Problems kept word for word for the summary (all are counted and logged). */
const PROBLEMS_KEPT = 200;
const SPOOL_FILE = 'herne-widgets/references.spool';

export class MirrorError extends Error {
  /** @param {string} message @param {number} exitCode */
  constructor(message, exitCode) {
    super(message);
    this.exitCode = exitCode;
  }
}

/**
 * @typedef {{ from: string, out: string, base: string, concurrency?: number, timeoutMs?: number, retries?: number,
 *   backoffMs?: number, maxWaitMs?: number, persons?: boolean, pageSize?: number, now?: Date, signal?: AbortSignal,
 *   log?: (line: string) => void, onProgress?: (progress: Progress) => void }} MirrorOptions
 * @typedef {{ pagesDone: number, pagesTotal: number, objects: number, embedded: number, fetched: number, requests: number, errors: number }} Progress
 * @typedef {import('./state.mjs').ObjectEntry} ObjectEntry
 */

/**
 * Runs one mirror pass. Resolves with the summary; rejects with MirrorError (exitCode 2: the RIS is unreachable,
 * 1: the run failed) and leaves the previous mirror untouched then.
 * @param {MirrorOptions} options
 */
export async function mirror(options) {
  const started = Date.now();
  const now = options.now ?? new Date();
  const out = resolve(options.out);
  const staging = `${out}.staging`;
  const previousCopy = `${out}.previous`;
  const log = options.log ?? (() => {});
  const persons = options.persons ?? false;
  const pageSize = options.pageSize ?? 100;
  const concurrency = options.concurrency ?? 4;
  const http = createHttpClient(options);
  /** @type {string[]} */
  const problems = [];
  let problemCount = 0;
  let fatal = 0;
  const progress = { pagesDone: 0, pagesTotal: 0, objects: 0, embedded: 0, fetched: 0, requests: 0, errors: 0 };
  let changed = 0;
  const report = () => {
    progress.requests = http.stats.requests;
    progress.errors = problemCount;
    options.onProgress?.({ ...progress });
  };
  /** @param {string} line */
  const problem = (line) => {
    problemCount += 1;
    if (problems.length < PROBLEMS_KEPT) problems.push(line);
    log(`Fehler: ${line}`);
    report();
  };

  // A run killed between the two renames of the swap left only the previous copy: put it back.
  if (!existsSync(out) && existsSync(previousCopy)) await rename(previousCopy, out);
  const previous = await readState(join(out, STATE_FILE), { from: options.from, base: options.base, persons });
  const journalFile = join(staging, JOURNAL_FILE);
  const identity = { from: options.from, base: options.base, persons, served: previous?.header.lastRun ?? '' };
  const resumable = await checkJournal(journalFile, identity);
  if (!resumable.resume) {
    if (resumable.reason) log(resumable.reason);
    await removeTree(staging);
    if (previous) await linkTree(out, staging);
    else await mkdir(staging, { recursive: true });
  }
  const tree = createTree(staging);
  // The run's data counts from the start of the run it resumes (the next run asks for changes since then).
  const runStarted = resumable.resume ? resumable.started : started;

  const state = previous ?? emptyState({ from: options.from, base: options.base, persons });
  const { header, objects } = state;
  const since = previous ? new Date(Date.parse(header.lastRun) - SINCE_OVERLAP_MS).toISOString() : undefined;
  const extras = new Set(header.extras);
  const origins = new Set([new URL(options.from).origin]);
  let rewrite = createRewriter({ base: options.base, origins, persons });
  const spool = createSpool(join(staging, SPOOL_FILE));
  /** Per list URL what the journal says is done: its pages, the page to go on with ('' for none), honoured. */
  /** @type {Map<string, { pages: Set<string>, next: string, honoured: boolean }>} */
  const resumed = new Map();
  /** Objects in no list that the resumed run fetched already. */
  const resumedFetched = new Set();
  /** @type {import('./journal.mjs').Journal | undefined} */
  let journal;

  /** @param {string} url */
  async function getFirst(url) {
    try {
      return await http.getJson(url);
    } catch (error) {
      if (options.signal?.aborted) throw error;
      const reason = error instanceof HttpError || error instanceof BrokenJsonError ? error.message : String(error);
      throw new MirrorError(`Das Ratsinformationssystem ist nicht erreichbar: ${url} (${reason})`, 2);
    }
  }

  /**
   * Writes the objects embedded in an object (agenda items, files, locations, consultations) to their own
   * files, and spools the references of all of them that no list may hold. Returns nothing; embedded objects
   * are not indexed (their files are; a listed copy of the same object wins).
   * @param {Record<string, any>} object @param {Spool} into
   */
  async function storeEmbeddedAndReferences(object, into) {
    const nested = nestedObjects(object);
    const embeddedIds = new Set();
    let written = 0;
    for (const item of nested) {
      embeddedIds.add(item.id);
      if (objects.has(item.id) || !rewrite.isMirrored(item.id) || validationProblem(item)) continue;
      if (await tree.putIfChanged(mirrorPath(item.id), JSON.stringify(rewrite(withBackReference(item, object))))) written += 1;
    }
    progress.embedded += written;
    const wanted = references(object, rewrite.isMirrored).filter((url) => !objects.has(url) && !embeddedIds.has(url) && url !== object.id);
    await into.add(wanted);
    return written;
  }

  /**
   * Writes a listed object (or the system or a body) unless its mirrored text is what the mirror has, and
   * notes it in the index. Returns whether it was written and how many embedded objects were.
   * @param {Record<string, any>} object @param {number} list @returns {Promise<{ changed: boolean, embedded: number }>}
   */
  async function storeListed(object, list) {
    const old = objects.get(object.id);
    const relative = mirrorPath(object.id);
    progress.objects += 1;
    if (old && old.modified !== undefined && old.modified === object.modified && tree.exists(relative)) {
      old.seen = true;
      return { changed: false, embedded: 0 };
    }
    const text = JSON.stringify(rewrite(object));
    const hash = digest(text);
    const isNew = !old || old.hash !== hash || !tree.exists(relative);
    let embedded = 0;
    if (isNew) {
      await tree.put(relative, text);
      changed += 1;
      embedded = await storeEmbeddedAndReferences(object, spool);
    }
    /** @type {ObjectEntry} */
    const entry = { list: old ? old.list : list, hash, seen: true };
    if (typeof object.modified === 'string') entry.modified = object.modified;
    if (isKind(object, 'Meeting')) {
      // SEQUENCE in the feeds counts the changes the mirror saw.
      const sequence = old?.meeting ? old.meeting.seq + (old.hash === hash ? 0 : 1) : 0;
      entry.meeting = meetingInfo(object.start, object.organization, sequence);
    }
    if (isKind(object, 'Organization')) {
      header.organizations[object.id] = { ...(typeof object.name === 'string' ? { name: object.name } : {}), ...(typeof object.meeting === 'string' ? { meetingList: object.meeting } : {}) };
    }
    objects.set(object.id, entry);
    return { changed: isNew, embedded };
  }

  /** The journal's form of an object's index entry. @param {string} id @returns {import('./journal.mjs').JournalObject} */
  function journalObject(id) {
    const entry = /** @type {ObjectEntry} */ (objects.get(id));
    /** @type {import('./journal.mjs').JournalObject} */
    const item = { id, hash: entry.hash };
    if (entry.modified !== undefined) item.modified = entry.modified;
    if (entry.meeting) item.meeting = { start: entry.meeting.start, orgs: entry.meeting.orgs, seq: entry.meeting.seq };
    if (header.organizations[id]) item.org = header.organizations[id];
    return item;
  }

  /** Takes over a list page that the interrupted run completed. @param {import('./journal.mjs').PageRecord} record */
  function applyPage(record) {
    const position = listPosition(record.list);
    for (const item of record.objects) {
      const old = objects.get(item.id);
      /** @type {ObjectEntry} */
      const entry = { list: old ? old.list : position, hash: item.hash, seen: true };
      if (typeof item.modified === 'string') entry.modified = item.modified;
      if (item.meeting) entry.meeting = meetingInfo(item.meeting.start, item.meeting.orgs, item.meeting.seq);
      if (item.org) header.organizations[item.id] = item.org;
      objects.set(item.id, entry);
    }
    for (const id of record.removed) {
      objects.delete(id);
      delete header.organizations[id];
    }
    const done = resumed.get(record.list) ?? { pages: new Set(), next: '', honoured: true };
    done.pages.add(record.page);
    done.next = record.next;
    done.honoured = record.honoured !== false;
    resumed.set(record.list, done);
    progress.pagesDone += 1;
    if (typeof record.total === 'number') progress.pagesTotal += record.total;
    progress.objects += record.objects.length;
    changed += Number(record.changed) || 0;
    progress.embedded += Number(record.embedded) || 0;
  }

  /** The journal, opened by startJournal before anything is fetched. */
  function openJournal() {
    if (!journal) throw new Error('Das Journal ist nicht geöffnet');
    return journal;
  }

  /**
   * Opens this run's journal. When resuming, the interrupted run's records are taken over line by line and
   * copied into a fresh journal (so a line cut off by a kill does not end up in its middle).
   */
  async function startJournal() {
    const opened = await createJournal(resumable.resume ? `${journalFile}.writing` : journalFile);
    journal = opened;
    await opened.write({ journal: JOURNAL_VERSION, ...identity, started: runStarted });
    if (!resumable.resume) return;
    let pages = 0;
    for await (const record of journalRecords(journalFile)) {
      if ('fetched' in record) {
        resumedFetched.add(record.fetched);
        extras.add(record.fetched);
      } else {
        applyPage(record);
        pages += 1;
      }
      await opened.write(record);
    }
    await rename(`${journalFile}.writing`, journalFile);
    log(`Unterbrochener Lauf wird fortgesetzt: ${pages} Listenseiten und ${resumedFetched.size} einzeln geladene Objekte schon fertig`);
  }

  /** @param {string} id */
  async function remove(id) {
    await tree.remove(mirrorPath(id));
    objects.delete(id);
    delete header.organizations[id];
  }

  /** @param {string} url */
  function listPosition(url) {
    const position = header.lists.findIndex((list) => list.url === url);
    if (position >= 0) return position;
    header.lists.push({ url, complete: false });
    return header.lists.length - 1;
  }

  /**
   * Crawls one list (all pages, or what changed since the last run) and applies its deletions.
   * @param {string} listUrl
   */
  async function crawlList(listUrl) {
    const position = listPosition(listUrl);
    const info = header.lists[position];
    const incremental = Boolean(since && info.complete);
    const done = resumed.get(listUrl);
    let url = incremental ? withParam(listUrl, 'modified_since', /** @type {string} */ (since)) : listUrl;
    const seenPages = new Set(done?.pages);
    let complete = true;
    let honoured = incremental && (done?.honoured ?? true);
    let firstPage = true;
    if (done) {
      // The journal has the pages up to here: go on after them.
      url = done.next;
      firstPage = false;
    }
    while (url) {
      if (seenPages.has(url)) {
        problem(`links.next führt im Kreis zurück zu ${url}; die Liste endet dort`);
        break;
      }
      seenPages.add(url);
      /** @type {any} */
      let page;
      try {
        page = await http.getJson(url);
      } catch (error) {
        if (options.signal?.aborted) throw error;
        complete = false;
        if (error instanceof BrokenJsonError) problem(`kaputte Listenseite übersprungen: ${url} (${error.message})`);
        else {
          fatal += 1;
          problem(`Listenseite nicht geladen: ${url} (${/** @type {Error} */ (error).message})`);
        }
        break;
      }
      if (!page || typeof page !== 'object' || !Array.isArray(page.data)) {
        problem(`keine OParl-Liste (data fehlt): ${url}`);
        complete = false;
        break;
      }
      /** @type {number | undefined} */
      let total;
      if (firstPage) {
        const totalPages = Number(page.pagination?.totalPages);
        total = Number.isFinite(totalPages) && totalPages > 0 ? totalPages : 1;
        progress.pagesTotal += total;
        firstPage = false;
      }
      /** @type {string[]} */
      const stored = [];
      /** @type {string[]} */
      const removed = [];
      let pageChanged = 0;
      let pageEmbedded = 0;
      for (const object of page.data) {
        const reason = validationProblem(object);
        if (reason) {
          problem(`kaputtes Objekt übersprungen: ${typeof object?.id === 'string' ? object.id : url} (${reason})`);
          continue;
        }
        // A server that ignores modified_since sends objects older than asked for: then this is the full list.
        if (honoured && typeof object.modified === 'string' && Date.parse(object.modified) < Date.parse(/** @type {string} */ (since))) honoured = false;
        const known = objects.get(object.id);
        if (known?.seen) continue; // the same object on two pages
        if (object.deleted === true) {
          await remove(object.id);
          removed.push(object.id);
          continue;
        }
        const result = await storeListed(object, position);
        stored.push(object.id);
        if (result.changed) pageChanged += 1;
        pageEmbedded += result.embedded;
      }
      progress.pagesDone += 1;
      report();
      const next = page.links?.next;
      const pageUrl = url;
      url = typeof next === 'string' && /^https?:\/\//.test(next) ? next : '';
      // The page is complete once its references are in the spool: only then does the journal say so.
      await spool.flushed();
      await openJournal().write({
        page: pageUrl, list: listUrl, next: url, ...(total === undefined ? {} : { total }), honoured, changed: pageChanged, embedded: pageEmbedded, objects: stored.map(journalObject), removed,
      });
    }
    // Deletions: a full list names every object; what it no longer names is gone (an incomplete list deletes nothing).
    if (complete && (!incremental || !honoured)) {
      for (const [id, entry] of objects) if (entry.list === position && !entry.seen) await remove(id);
    }
    if (incremental && !honoured) log(`modified_since nicht beachtet, ganze Liste gelesen: ${listUrl}`);
    info.complete = complete || info.complete;
  }

  /**
   * Fetches, one by one and as politely as the lists, the objects that changed objects refer to and that no
   * list holds, no object embeds and the mirror does not have yet (and, again, those fetched so before when
   * a changed object refers to them, and those that failed last time).
   */
  async function followUp() {
    await spool.close();
    // The spool of the lists and, when resuming, what the interrupted run spooled in its own follow-up rounds.
    let sources = await spoolFiles();
    const missing = new Set();
    const tried = new Set(resumedFetched);
    let retryMissing = header.missing;
    for (let round = 0; round < FOLLOW_UP_ROUNDS; round += 1) {
      const pending = new Set();
      const consider = (/** @type {string} */ url) => {
        if (tried.has(url) || pending.has(url)) return;
        if (objects.has(url)) {
          extras.delete(url); // it is in a list now
          return;
        }
        if (extras.has(url) || !tree.exists(mirrorPath(url))) pending.add(url);
      };
      for (const url of retryMissing) consider(url);
      retryMissing = [];
      for (const source of sources) for await (const url of readLines(source)) consider(url);
      if (pending.size === 0) break;
      log(`${pending.size} Objekte in keiner Liste, einzeln geladen`);
      // Named after this run, so that a resumed run never writes into a spool it still has to read.
      const nextSpool = createSpool(join(staging, `${SPOOL_FILE}.${started}-${round + 1}`));
      const queue = pending.values();
      const worker = async () => {
        for (const url of queue) {
          tried.add(url);
          await fetchUnlisted(url, nextSpool, missing);
        }
      };
      try {
        await settleAll(Array.from({ length: concurrency }, worker));
      } finally {
        // Complete on disk also when the run is aborted: the resumed run reads it.
        await nextSpool.close();
      }
      // Removed only now: a run killed during this round reads them again when it is resumed.
      for (const source of sources) await rm(source, { force: true });
      sources = [await nextSpool.close()];
    }
    for (const source of sources) await rm(source, { force: true });
    header.missing = [...missing];
    header.extras = [...extras];
  }

  /** @param {string} url @param {Spool} nextSpool @param {Set<string>} missing */
  async function fetchUnlisted(url, nextSpool, missing) {
    /** @type {any} */
    let object;
    try {
      object = await http.getJson(url);
    } catch (error) {
      if (options.signal?.aborted) throw error;
      missing.add(url);
      const gone = error instanceof HttpError && (error.status === 404 || error.status === 410);
      problem(gone ? `Verweis auf ein Objekt, das es nicht gibt: ${url} (${error.message})` : `Objekt nicht geladen: ${url} (${/** @type {Error} */ (error).message})`);
      return;
    }
    const reason = Array.isArray(object?.data) ? 'eine Liste, kein Objekt' : validationProblem(object);
    if (reason) {
      missing.add(url);
      problem(`kaputtes Objekt übersprungen: ${url} (${reason})`);
      return;
    }
    if (object.deleted === true) {
      extras.delete(url);
      await tree.remove(mirrorPath(url));
      return;
    }
    const text = JSON.stringify(rewrite(object));
    extras.add(url);
    progress.fetched += 1;
    await tree.putIfChanged(mirrorPath(url), text);
    // A server may answer under another id than the URL referred to: the object is found under both.
    if (object.id !== url && rewrite.isMirrored(object.id) && !objects.has(object.id)) await tree.putIfChanged(mirrorPath(object.id), text);
    await storeEmbeddedAndReferences(object, nextSpool);
    await nextSpool.flushed();
    await openJournal().write({ fetched: url });
    report();
  }

  /** The spool files in the staging (the lists' one and those of follow-up rounds). */
  async function spoolFiles() {
    const folder = join(staging, SPOOL_FILE, '..');
    const name = SPOOL_FILE.split('/').pop() ?? '';
    /** @type {string[]} */
    const files = [];
    if (!existsSync(folder)) return files;
    for await (const entry of await opendir(folder)) if (entry.name.startsWith(name)) files.push(join(folder, entry.name));
    return files;
  }

  try {
    await startJournal();
    /** @type {any} */
    const root = await getFirst(options.from);
    if (!root || typeof root !== 'object' || typeof root.id !== 'string' || typeof root.type !== 'string') {
      throw new MirrorError(`Keine OParl-Antwort (System oder Body erwartet): ${options.from}`, 2);
    }
    /** @type {any[]} */
    const bodies = [];
    let bodyList = -1;
    if (root.type.endsWith('/System')) {
      origins.add(new URL(root.id).origin);
      await storeListed(root, -1);
      if (typeof root.body === 'string') {
        bodyList = listPosition(root.body);
        header.lists[bodyList].complete = true;
        const seen = new Set();
        let url = root.body;
        while (url && !seen.has(url)) {
          seen.add(url);
          /** @type {any} */
          const page = await getFirst(url);
          if (Array.isArray(page?.data)) bodies.push(...page.data.filter((/** @type {any} */ body) => !validationProblem(body)));
          url = typeof page?.links?.next === 'string' ? page.links.next : '';
        }
      }
    } else if (root.type.endsWith('/Body')) {
      bodies.push(root);
    } else {
      throw new MirrorError(`${options.from} ist weder ein OParl-System noch eine Körperschaft (type ${root.type})`, 2);
    }
    for (const body of bodies) origins.add(new URL(body.id).origin);
    rewrite = createRewriter({ base: options.base, origins, persons });
    header.bodies = bodies.map((body) => body.id);
    const listUrls = [];
    for (const body of bodies) {
      await storeListed(body, bodyList);
      for (const key of [...BODY_LISTS, ...(persons ? PERSON_LISTS : [])]) {
        if (typeof body[key] === 'string' && rewrite.isMirrored(body[key])) listUrls.push(body[key]);
      }
    }
    log(`${bodies.length === 1 ? 'Körperschaft' : `${bodies.length} Körperschaften`}, ${listUrls.length} Listen${since ? `, Änderungen seit ${since}` : ''}`);
    // Lists run side by side (pages of one list one after another); the HTTP client keeps to --concurrency.
    // All lists end before a failure is passed on, so that none writes into the staging after the run ended.
    await settleAll(listUrls.map((url) => crawlList(url)));
    if (fatal > 0) throw new MirrorError(`${fatal} Listenseite(n) nicht geladen; der bisherige Spiegel bleibt unverändert`, 1);
    await followUp();

    const written = await writeOutput({ state, tree, rewrite, pageSize, base: options.base, now });
    header.lastRun = new Date(runStarted).toISOString();
    await writeState(join(staging, STATE_FILE), state);
    options.signal?.throwIfAborted();
    await openJournal().close();
    await rm(journalFile, { force: true });
    // The swap: two renames; a run killed between them is healed by the next run (see above).
    if (existsSync(out)) await rename(out, previousCopy);
    await rename(staging, out);
    await removeTree(previousCopy);
    // objects: listed objects in the mirror; changed: of them new or changed in this run; embedded: embedded
    // objects written; fetched: objects in no list fetched one by one; pages: list pages and indexes written or left as they were.
    return {
      objects: objects.size, changed, embedded: progress.embedded, fetched: progress.fetched, requests: http.stats.requests, retries: http.stats.retries,
      errors: problemCount, problems, timeMs: Date.now() - started, ...written,
    };
  } catch (error) {
    // The staging and its journal stay: the next run with the same source resumes from them.
    await spool.close().catch(() => {});
    await journal?.close().catch(() => {});
    throw error;
  } finally {
    report();
  }
}

/**
 * A file of reference URLs, one a line, appended to as objects are written (it may hold many repeats; they are
 * sorted out when it is read back, so memory keeps to the references that are really missing).
 * @param {string} file
 */
function createSpool(file) {
  /** @type {import('node:fs').WriteStream | undefined} */
  let stream;
  /** @type {Promise<void>} */
  let lastWrite = Promise.resolve();
  return {
    /** @param {string[]} urls */
    async add(urls) {
      if (urls.length === 0) return;
      if (!stream) {
        await mkdir(join(file, '..'), { recursive: true });
        // Appended to: a resumed run goes on with the interrupted run's spool (after a line it may have cut off).
        stream ??= createWriteStream(file, { encoding: 'utf8', flags: 'a' });
        stream.write('\n');
      }
      const current = stream;
      lastWrite = new Promise((resolve, reject) => {
        current.write(`${urls.join('\n')}\n`, (error) => {
          if (error) reject(error);
          else resolve();
        });
      });
      // Failures surface where flushed() is awaited; none may go unhandled meanwhile.
      lastWrite.catch(() => {});
      if (current.writableNeedDrain) await once(current, 'drain');
    },
    /** Resolves when everything added so far is in the file (not only in the stream's buffer). */
    flushed() {
      return lastWrite;
    },
    /** @returns {Promise<string>} the file, complete */
    async close() {
      if (stream && !stream.closed) {
        stream.end();
        await once(stream, 'close');
      }
      return file;
    },
  };
}

/** @typedef {ReturnType<typeof createSpool>} Spool */

/**
 * Waits for all tasks, then fails with the first failure (Promise.all would fail at once while the others
 * still write into the staging).
 * @param {Promise<unknown>[]} tasks
 */
async function settleAll(tasks) {
  const results = await Promise.allSettled(tasks);
  for (const result of results) if (result.status === 'rejected') throw result.reason;
}

/** @param {string} file */
async function* readLines(file) {
  if (!existsSync(file)) return;
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of lines) if (line) yield line;
}

/** @param {Record<string, any>} object @param {string} kind */
function isKind(object, kind) {
  return typeof object.type === 'string' && object.type.endsWith(`/${kind}`);
}

/**
 * Embedded agenda items and consultations may leave out the object they are embedded in; the card, reading
 * them by URL from the mirror, needs it.
 * @param {Record<string, any>} nested @param {Record<string, any>} parent
 */
function withBackReference(nested, parent) {
  if (isKind(nested, 'AgendaItem') && isKind(parent, 'Meeting') && nested.meeting === undefined) return { ...nested, meeting: parent.id };
  if (isKind(nested, 'Consultation') && isKind(parent, 'Paper') && nested.paper === undefined) return { ...nested, paper: parent.id };
  return nested;
}

/** The objects with an id nested anywhere inside an object (not the object itself). @param {unknown} value @returns {Record<string, any>[]} */
function nestedObjects(value) {
  /** @type {Record<string, any>[]} */
  const found = [];
  /** @param {unknown} item @param {number} depth */
  const visit = (item, depth) => {
    if (Array.isArray(item)) {
      for (const element of item) visit(element, depth);
      return;
    }
    if (!item || typeof item !== 'object') return;
    const record = /** @type {Record<string, any>} */ (item);
    if (depth > 0 && typeof record.id === 'string' && typeof record.type === 'string' && record.type.startsWith('https://schema.oparl.org/')) found.push(record);
    for (const [key, child] of Object.entries(record)) if (key !== 'geojson') visit(child, depth + 1);
  };
  visit(value, 0);
  return found;
}

/**
 * The URLs of mirrored OParl objects an object refers to (in it and in the objects embedded in it); not its
 * own id, not document or web URLs, not the URLs of lists.
 * @param {unknown} value @param {(url: string) => boolean} isMirrored @returns {string[]}
 */
export function references(value, isMirrored) {
  /** @type {string[]} */
  const found = [];
  /** @param {unknown} item @param {string} kind @param {string | undefined} key */
  const visit = (item, kind, key) => {
    if (key !== undefined && (KEEP_KEYS.has(key) || key === 'id')) return;
    if (typeof item === 'string') {
      const listKeys = LIST_KEYS[/** @type {keyof typeof LIST_KEYS} */ (kind)];
      if (key !== undefined && listKeys?.has(key)) return;
      if (/^https?:\/\//.test(item) && isMirrored(item)) found.push(item);
      return;
    }
    if (Array.isArray(item)) {
      for (const element of item) visit(element, kind, key);
      return;
    }
    if (!item || typeof item !== 'object') return;
    const record = /** @type {Record<string, unknown>} */ (item);
    const own = typeof record.type === 'string' ? String(record.type.split('/').pop()) : kind;
    for (const [name, child] of Object.entries(record)) visit(child, own, name);
  };
  visit(value, '', undefined);
  return found;
}

const STRING_FIELDS = ['type', 'name', 'shortName', 'start', 'end', 'modified', 'created', 'date', 'reference', 'number', 'meetingState'];
const ARRAY_FIELDS = { Meeting: ['organization', 'agendaItem', 'participant', 'auxiliaryFile'], Paper: ['consultation', 'auxiliaryFile', 'relatedPaper', 'underDirectionOf'] };

/** Why an object cannot be mirrored (wrong types), or undefined. @param {unknown} value @returns {string | undefined} */
export function validationProblem(value) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'kein Objekt';
  const object = /** @type {Record<string, unknown>} */ (value);
  if (typeof object.id !== 'string' || !/^https?:\/\//.test(object.id)) return 'id ist keine URL';
  if (object.deleted === true) return undefined;
  if (typeof object.type !== 'string') return 'type fehlt';
  for (const key of STRING_FIELDS) {
    if (key in object && object[key] !== null && typeof object[key] !== 'string') return `${key} ist kein Text`;
  }
  for (const key of ['start', 'end', 'modified']) {
    if (typeof object[key] === 'string' && Number.isNaN(Date.parse(/** @type {string} */ (object[key])))) return `${key} ist kein Datum`;
  }
  const kind = /** @type {keyof typeof ARRAY_FIELDS} */ (object.type.split('/').pop());
  for (const key of ARRAY_FIELDS[kind] ?? []) {
    if (key in object && !Array.isArray(object[key])) return `${key} ist keine Liste`;
  }
  return undefined;
}
