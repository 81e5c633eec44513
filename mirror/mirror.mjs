// @ts-check
// `herne-widgets mirror`: crawls a body of an OParl server and writes it as static OParl files, plus the
// meeting indexes and iCalendar feeds of the mirror index contract (README "Mirror"). Objects are written one
// by one as they arrive; what stays in memory is a small index per listed object (see state.mjs), so memory
// does not grow with the body beyond it. References to objects that no list holds are written to a spool file
// and fetched one by one after the crawl. The new state is built in `<out>.staging` and swapped in only when
// complete.
import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { createTree, digest, linkTree, removeTree } from './files.mjs';
import { BrokenJsonError, createHttpClient, HttpError } from './http.mjs';
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
  await removeTree(staging);
  if (previous) await linkTree(out, staging);
  else await mkdir(staging, { recursive: true });
  const tree = createTree(staging);

  const state = previous ?? emptyState({ from: options.from, base: options.base, persons });
  const { header, objects } = state;
  const since = previous ? new Date(Date.parse(header.lastRun) - SINCE_OVERLAP_MS).toISOString() : undefined;
  const extras = new Set(header.extras);
  const origins = new Set([new URL(options.from).origin]);
  let rewrite = createRewriter({ base: options.base, origins, persons });
  const spool = createSpool(join(staging, SPOOL_FILE));

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
    for (const item of nested) {
      embeddedIds.add(item.id);
      if (objects.has(item.id) || !rewrite.isMirrored(item.id) || validationProblem(item)) continue;
      if (await tree.putIfChanged(mirrorPath(item.id), JSON.stringify(rewrite(withBackReference(item, object))))) progress.embedded += 1;
    }
    const wanted = references(object, rewrite.isMirrored).filter((url) => !objects.has(url) && !embeddedIds.has(url) && url !== object.id);
    await into.add(wanted);
  }

  /**
   * Writes a listed object (or the system or a body) unless its mirrored text is what the mirror has, and
   * notes it in the index.
   * @param {Record<string, any>} object @param {number} list
   */
  async function storeListed(object, list) {
    const old = objects.get(object.id);
    const relative = mirrorPath(object.id);
    progress.objects += 1;
    if (old && old.modified !== undefined && old.modified === object.modified && tree.exists(relative)) {
      old.seen = true;
      return;
    }
    const text = JSON.stringify(rewrite(object));
    const hash = digest(text);
    const isNew = !old || old.hash !== hash || !tree.exists(relative);
    if (isNew) {
      await tree.put(relative, text);
      changed += 1;
      await storeEmbeddedAndReferences(object, spool);
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
    let url = incremental ? withParam(listUrl, 'modified_since', /** @type {string} */ (since)) : listUrl;
    const seenPages = new Set();
    let complete = true;
    let honoured = incremental;
    let firstPage = true;
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
      if (firstPage) {
        const totalPages = Number(page.pagination?.totalPages);
        progress.pagesTotal += Number.isFinite(totalPages) && totalPages > 0 ? totalPages : 1;
        firstPage = false;
      }
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
          continue;
        }
        await storeListed(object, position);
      }
      progress.pagesDone += 1;
      report();
      const next = page.links?.next;
      url = typeof next === 'string' && /^https?:\/\//.test(next) ? next : '';
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
    let source = await spool.close();
    const missing = new Set();
    const tried = new Set();
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
      for await (const url of readLines(source)) consider(url);
      await rm(source, { force: true });
      if (pending.size === 0) break;
      log(`${pending.size} Objekte in keiner Liste, einzeln geladen`);
      const nextSpool = createSpool(join(staging, `${SPOOL_FILE}.${round + 1}`));
      const queue = pending.values();
      const worker = async () => {
        for (const url of queue) {
          tried.add(url);
          await fetchUnlisted(url, nextSpool, missing);
        }
      };
      await Promise.all(Array.from({ length: concurrency }, worker));
      source = await nextSpool.close();
    }
    await rm(source, { force: true });
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
    report();
  }

  try {
    /** @type {any} */
    const root = await getFirst(options.from);
    if (!root || typeof root !== 'object' || typeof root.id !== 'string' || typeof root.type !== 'string') {
      throw new MirrorError(`Keine OParl-Antwort (System oder Body erwartet): ${options.from}`, 2);
    }
    for (const entry of objects.values()) entry.seen = false;
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
    await Promise.all(listUrls.map((url) => crawlList(url)));
    if (fatal > 0) throw new MirrorError(`${fatal} Listenseite(n) nicht geladen; der bisherige Spiegel bleibt unverändert`, 1);
    await followUp();

    const written = await writeOutput({ state, tree, rewrite, pageSize, base: options.base, now });
    header.lastRun = new Date(started).toISOString();
    await writeState(join(staging, STATE_FILE), state);
    options.signal?.throwIfAborted();
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
    await spool.close().catch(() => {});
    await removeTree(staging).catch(() => {});
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
  return {
    /** @param {string[]} urls */
    async add(urls) {
      if (urls.length === 0) return;
      if (!stream) {
        await mkdir(join(file, '..'), { recursive: true });
        stream ??= createWriteStream(file, { encoding: 'utf8' });
      }
      if (!stream.write(`${urls.join('\n')}\n`)) await once(stream, 'drain');
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
