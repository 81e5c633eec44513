// @ts-check
// `herne-widgets mirror`: crawls a body of an OParl server and writes it as static OParl files, plus the
// meeting indexes and iCalendar feeds of the mirror index contract (README "Mirror"). Objects are written one
// by one as they arrive; what stays in memory is a small index (id -> path, modified, meeting dates).
// The new state is built in `<out>.staging` and swapped in only when complete.
import { existsSync } from 'node:fs';
import { link, mkdir, readdir, readFile, rename, rm, writeFile, copyFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { buildCalendar } from './ical.mjs';
import { BrokenJsonError, createHttpClient, HttpError } from './http.mjs';
import { createRewriter, mirrorPath, organizationKey } from './paths.mjs';

export const INDEX_TYPE = 'https://schema.herne.de/herne-widgets/meeting-index/1';
const STATE_FILE = 'herne-widgets/mirror-state.json';
const STATE_VERSION = 1;
const PAST_LIMIT = 100;
/** Lists of a Body that the mirror crawls; person and membership only with --persons. */
const BODY_LISTS = ['organization', 'meeting', 'paper', 'consultation', 'agendaItem', 'file', 'locationList', 'legislativeTermList'];
const PERSON_LISTS = ['person', 'membership'];
/** modified_since asks from a little before the last run, so that clocks that differ a little lose nothing. */
const SINCE_OVERLAP_MS = 10 * 60_000;

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
 * @typedef {{ pagesDone: number, pagesTotal: number, objects: number, embedded: number, requests: number, errors: number }} Progress
 * @typedef {{ m?: string }} ObjectEntry
 * @typedef {{ ids: string[], complete: boolean, mirrored: string }} ListEntry
 * @typedef {{ start?: string, orgs: string[], seq: number, m?: string }} MeetingEntry
 * @typedef {{ version: number, from: string, base: string, persons: boolean, lastRun: string,
 *   objects: Record<string, ObjectEntry>, lists: Record<string, ListEntry>, meetings: Record<string, MeetingEntry>,
 *   organizations: Record<string, { name?: string, meetingList?: string }>, bodies: string[] }} MirrorState
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
  const http = createHttpClient(options);
  /** @type {string[]} */
  const problems = [];
  let fatal = 0;
  const progress = { pagesDone: 0, pagesTotal: 0, objects: 0, embedded: 0, requests: 0, errors: 0 };
  const report = () => {
    progress.requests = http.stats.requests;
    progress.errors = problems.length;
    options.onProgress?.({ ...progress });
  };
  /** @param {string} line */
  const problem = (line) => {
    problems.push(line);
    log(`Fehler: ${line}`);
    report();
  };

  // A run killed between the two renames of the swap left only the previous copy: put it back.
  if (!existsSync(out) && existsSync(previousCopy)) await rename(previousCopy, out);
  const previous = await readState(out, options);
  await rm(staging, { recursive: true, force: true });
  if (previous) await linkTree(out, staging);
  else await mkdir(staging, { recursive: true });

  /** @type {MirrorState} */
  const state = previous ?? { version: STATE_VERSION, from: options.from, base: options.base, persons, lastRun: '', objects: {}, lists: {}, meetings: {}, organizations: {}, bodies: [] };
  const since = previous ? new Date(Date.parse(previous.lastRun) - SINCE_OVERLAP_MS).toISOString() : undefined;
  const origins = new Set([new URL(options.from).origin]);
  let rewrite = createRewriter({ base: options.base, origins, persons });
  const madeDirectories = new Set();

  /** @param {string} relative @param {string} text */
  async function put(relative, text) {
    const file = join(staging, relative);
    const directory = dirname(file);
    if (!madeDirectories.has(directory)) {
      await mkdir(directory, { recursive: true });
      madeDirectories.add(directory);
    }
    // The staging tree shares files with the served mirror (hard links): replace, never write into them.
    await rm(file, { force: true });
    await writeFile(file, text);
  }

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
   * Stores an object and the objects nested in it (agenda items, files, locations, consultations).
   * @param {Record<string, any>} object
   */
  async function store(object) {
    for (const nested of nestedObjects(object)) {
      // An object read from its own list is complete; an embedded copy of it does not replace it.
      if (state.objects[nested.id] || !rewrite.isMirrored(nested.id) || validationProblem(nested)) continue;
      await put(mirrorPath(nested.id), JSON.stringify(rewrite(withBackReference(nested, object))));
      progress.embedded += 1;
    }
    await storeOne(object);
  }

  /**
   * Writes an object read from a list (or the system or body) and notes it in the state. Embedded objects are
   * only written: keeping the state to the listed objects keeps the index small.
   * @param {Record<string, any>} object
   */
  async function storeOne(object) {
    await put(mirrorPath(object.id), JSON.stringify(rewrite(object)));
    progress.objects += 1; // only new or changed objects get here (the system and the body every run)
    state.objects[object.id] = typeof object.modified === 'string' ? { m: object.modified } : {};
    if (typeof object.type === 'string' && object.type.endsWith('/Meeting')) {
      const old = state.meetings[object.id];
      const changed = old !== undefined && old.m !== object.modified;
      state.meetings[object.id] = {
        ...(typeof object.start === 'string' ? { start: object.start } : {}),
        orgs: Array.isArray(object.organization) ? object.organization.filter((/** @type {unknown} */ org) => typeof org === 'string') : [],
        seq: old ? old.seq + (changed ? 1 : 0) : 0,
        ...(typeof object.modified === 'string' ? { m: object.modified } : {}),
      };
    }
    if (typeof object.type === 'string' && object.type.endsWith('/Organization')) {
      state.organizations[object.id] = { ...(typeof object.name === 'string' ? { name: object.name } : {}), ...(typeof object.meeting === 'string' ? { meetingList: object.meeting } : {}) };
    }
  }

  /** @param {string} id */
  async function remove(id) {
    const entry = state.objects[id];
    if (entry) await rm(join(staging, mirrorPath(id)), { force: true });
    delete state.objects[id];
    delete state.meetings[id];
    delete state.organizations[id];
  }

  /**
   * Crawls one list (all pages, or what changed since the last run) and updates its entry in the state.
   * @param {string} listUrl
   */
  async function crawlList(listUrl) {
    const before = state.lists[listUrl];
    const incremental = Boolean(since && before?.complete);
    let url = incremental ? withParam(listUrl, 'modified_since', /** @type {string} */ (since)) : listUrl;
    const seenPages = new Set();
    const seenIds = new Set();
    const ids = incremental && before ? [...before.ids] : [];
    const known = new Set(ids);
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
        if (seenIds.has(object.id)) continue; // the same object on two pages
        seenIds.add(object.id);
        if (object.deleted === true) {
          await remove(object.id);
          continue;
        }
        const old = state.objects[object.id];
        if (!old || old.m === undefined || old.m !== object.modified) await store(object);
        if (!known.has(object.id)) {
          ids.push(object.id);
          known.add(object.id);
        }
      }
      progress.pagesDone += 1;
      report();
      const next = page.links?.next;
      url = typeof next === 'string' && /^https?:\/\//.test(next) ? next : '';
    }
    // Deletions: a full list names every object; what it no longer names is gone (an incomplete list deletes nothing).
    const fullList = complete && (!incremental || !honoured);
    let kept = ids.filter((id) => state.objects[id] !== undefined);
    if (fullList) {
      for (const id of kept) if (!seenIds.has(id)) await remove(id);
      kept = kept.filter((id) => seenIds.has(id));
    }
    if (incremental && !honoured) log(`modified_since nicht beachtet, ganze Liste gelesen: ${listUrl}`);
    state.lists[listUrl] = { ids: kept, complete: complete || Boolean(before?.complete), mirrored: mirrorPath(listUrl) };
  }

  try {
    /** @type {any} */
    const root = await getFirst(options.from);
    if (!root || typeof root !== 'object' || typeof root.id !== 'string' || typeof root.type !== 'string') {
      throw new MirrorError(`Keine OParl-Antwort (System oder Body erwartet): ${options.from}`, 2);
    }
    /** @type {any[]} */
    const bodies = [];
    if (root.type.endsWith('/System')) {
      origins.add(new URL(root.id).origin);
      await storeOne(root);
      if (typeof root.body === 'string') {
        const seen = new Set();
        let url = root.body;
        while (url && !seen.has(url)) {
          seen.add(url);
          /** @type {any} */
          const page = await getFirst(url);
          if (Array.isArray(page?.data)) bodies.push(...page.data.filter((/** @type {any} */ body) => !validationProblem(body)));
          url = typeof page?.links?.next === 'string' ? page.links.next : '';
        }
        state.lists[root.body] = { ids: bodies.map((body) => body.id), complete: true, mirrored: mirrorPath(root.body) };
      }
    } else if (root.type.endsWith('/Body')) {
      bodies.push(root);
    } else {
      throw new MirrorError(`${options.from} ist weder ein OParl-System noch eine Körperschaft (type ${root.type})`, 2);
    }
    for (const body of bodies) origins.add(new URL(body.id).origin);
    rewrite = createRewriter({ base: options.base, origins, persons });
    state.bodies = bodies.map((body) => body.id);
    const listUrls = [];
    for (const body of bodies) {
      await store(body);
      for (const key of [...BODY_LISTS, ...(persons ? PERSON_LISTS : [])]) {
        if (typeof body[key] === 'string' && rewrite.isMirrored(body[key])) listUrls.push(body[key]);
      }
    }
    log(`${bodies.length === 1 ? 'Körperschaft' : `${bodies.length} Körperschaften`}, ${listUrls.length} Listen${since ? `, Änderungen seit ${since}` : ''}`);
    // Lists run side by side (pages of one list one after another); the HTTP client keeps to --concurrency.
    await Promise.all(listUrls.map((url) => crawlList(url)));
    if (fatal > 0) throw new MirrorError(`${fatal} Listenseite(n) nicht geladen; der bisherige Spiegel bleibt unverändert`, 1);

    await writeLists(state, staging, put, rewrite, pageSize, options.base);
    await writeIndexes(state, staging, put, rewrite, now, options.base);
    await writeHosting(put);
    state.lastRun = new Date(started).toISOString();
    state.from = options.from;
    state.base = options.base;
    state.persons = persons;
    await put(STATE_FILE, JSON.stringify(state));
    options.signal?.throwIfAborted();
    // The swap: two renames; a run killed between them is healed by the next run (see above).
    if (existsSync(out)) await rename(out, previousCopy);
    await rename(staging, out);
    await rm(previousCopy, { recursive: true, force: true });
  } catch (error) {
    await rm(staging, { recursive: true, force: true }).catch(() => {});
    throw error;
  } finally {
    report();
  }
  // objects: listed objects in the mirror; changed: of them new or changed in this run; embedded: embedded objects written.
  return { objects: Object.keys(state.objects).length, changed: progress.objects, embedded: progress.embedded, requests: http.stats.requests, retries: http.stats.retries, errors: problems.length, problems, timeMs: Date.now() - started };
}

/** @param {string} out @param {MirrorOptions} options @returns {Promise<MirrorState | undefined>} */
async function readState(out, options) {
  try {
    /** @type {MirrorState} */
    const state = JSON.parse(await readFile(join(out, STATE_FILE), 'utf8'));
    // Another source, base or person choice means other files: start afresh.
    if (state.version !== STATE_VERSION || state.from !== options.from || state.base !== options.base || state.persons !== (options.persons ?? false)) return undefined;
    return state;
  } catch {
    return undefined;
  }
}

/** Mirrors a folder into another by hard links (cheap; files are replaced, never written into). @param {string} from @param {string} to */
async function linkTree(from, to) {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) await linkTree(source, target);
    else await link(source, target).catch(() => copyFile(source, target));
  }
}

/**
 * Embedded agenda items and consultations may leave out the object they are embedded in; the card, reading
 * them by URL from the mirror, needs it.
 * @param {Record<string, any>} nested @param {Record<string, any>} parent
 */
function withBackReference(nested, parent) {
  const parentKind = String(parent.type).split('/').pop();
  const kind = String(nested.type).split('/').pop();
  if (kind === 'AgendaItem' && parentKind === 'Meeting' && nested.meeting === undefined) return { ...nested, meeting: parent.id };
  if (kind === 'Consultation' && parentKind === 'Paper' && nested.paper === undefined) return { ...nested, paper: parent.id };
  return nested;
}

/** @param {string} url @param {string} name @param {string} value */
function withParam(url, name, value) {
  const parsed = new URL(url);
  parsed.searchParams.set(name, value);
  return parsed.href;
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

/**
 * Writes every crawled list (and each organisation's meeting list) as OParl list pages of the mirrored objects.
 * @param {MirrorState} state @param {string} staging @param {(relative: string, text: string) => Promise<void>} put
 * @param {ReturnType<typeof createRewriter>} rewrite @param {number} pageSize @param {string} base
 */
async function writeLists(state, staging, put, rewrite, pageSize, base) {
  /** @type {Array<[string, string[]]>} */
  const lists = Object.entries(state.lists).map(([url, entry]) => [url, entry.ids]);
  /** @type {Map<string, string[]>} */
  const byOrganization = new Map();
  const meetingIds = Object.keys(state.meetings).sort((a, b) => (state.meetings[a].start ?? '').localeCompare(state.meetings[b].start ?? ''));
  for (const id of meetingIds) {
    for (const org of state.meetings[id].orgs) {
      const list = byOrganization.get(org) ?? [];
      list.push(id);
      byOrganization.set(org, list);
    }
  }
  for (const [org, entry] of Object.entries(state.organizations)) {
    if (entry.meetingList && rewrite.isMirrored(entry.meetingList) && !state.lists[entry.meetingList]) lists.push([entry.meetingList, byOrganization.get(org) ?? []]);
  }
  for (const [url, ids] of lists) {
    const totalPages = Math.max(1, Math.ceil(ids.length / pageSize));
    const pageUrl = (/** @type {number} */ number) => (number === 1 ? rewrite.url(url) : rewrite.url(withParam(url, 'page', String(number))));
    for (let number = 1; number <= totalPages; number += 1) {
      const data = [];
      for (const id of ids.slice((number - 1) * pageSize, number * pageSize)) {
        const entry = state.objects[id];
        if (!entry) continue;
        data.push(await readFile(join(staging, mirrorPath(id)), 'utf8'));
      }
      const links = {
        first: pageUrl(1),
        ...(number > 1 ? { prev: pageUrl(number - 1) } : {}),
        self: pageUrl(number),
        ...(number < totalPages ? { next: pageUrl(number + 1) } : {}),
        last: pageUrl(totalPages),
      };
      const pagination = { totalElements: ids.length, elementsPerPage: pageSize, currentPage: number, totalPages };
      // The objects are already rewritten JSON text: join them instead of parsing them again.
      const text = `{"data":[${data.join(',')}],"pagination":${JSON.stringify(pagination)},"links":${JSON.stringify(links)}}`;
      const relative = number === 1 ? mirrorPath(url) : mirrorPath(withParam(url, 'page', String(number)));
      if (!rewrite.url(url).startsWith(base.endsWith('/') ? base : `${base}/`)) continue;
      await put(relative, text);
    }
  }
}

/**
 * The index files and iCalendar feeds of the mirror index contract.
 * @param {MirrorState} state @param {string} staging @param {(relative: string, text: string) => Promise<void>} put
 * @param {ReturnType<typeof createRewriter>} rewrite @param {Date} now @param {string} base
 */
async function writeIndexes(state, staging, put, rewrite, now, base) {
  const root = base.endsWith('/') ? base : `${base}/`;
  const generated = now.toISOString();
  const dated = Object.entries(state.meetings).filter(([, entry]) => entry.start && !Number.isNaN(Date.parse(entry.start)));
  /** @param {string} id */
  const startOf = (id) => Date.parse(/** @type {string} */ (state.meetings[id].start));
  /** @param {string[]} ids */
  const split = (ids) => {
    const upcoming = ids.filter((id) => startOf(id) >= now.getTime()).sort((a, b) => startOf(a) - startOf(b));
    const past = ids.filter((id) => startOf(id) < now.getTime()).sort((a, b) => startOf(b) - startOf(a)).slice(0, PAST_LIMIT);
    return { upcoming, past };
  };
  /** @param {string} id */
  const readMeeting = async (id) => JSON.parse(await readFile(join(staging, mirrorPath(id)), 'utf8'));
  /** @param {string} folder @param {string[]} ids @param {Record<string, string>} owner @param {string} calendarName */
  const writeGroup = async (folder, ids, owner, calendarName) => {
    const { upcoming, past } = split(ids);
    const feed = `${root}${folder}/meetings.ics`;
    for (const [kind, list] of /** @type {const} */ ([['upcoming', upcoming], ['past', past]])) {
      const data = [];
      for (const id of list) data.push(await readMeeting(id));
      await put(`${folder}/${kind}.json`, JSON.stringify({ type: INDEX_TYPE, kind, ...owner, generated, feed, data }));
    }
    const feedMeetings = [];
    for (const id of [...past.slice().reverse(), ...upcoming]) {
      const meeting = await readMeeting(id);
      feedMeetings.push({ ...meeting, id: meeting.id, originalId: id, location: await locationText(meeting.location), sequence: state.meetings[id].seq, cancelled: meeting.cancelled === true });
    }
    await put(`${folder}/meetings.ics`, buildCalendar(calendarName, feedMeetings));
  };
  /** @param {unknown} location @returns {Promise<string | undefined>} */
  const locationText = async (location) => {
    /** @type {any} */
    let object = location;
    if (typeof location === 'string') {
      // A location given by URL is on the mirror already: its file is the URL's path below the base.
      object = location.startsWith(root) ? JSON.parse(await readFile(join(staging, location.slice(root.length)), 'utf8').catch(() => 'null')) : undefined;
    }
    if (!object || typeof object !== 'object') return undefined;
    if (typeof object.description === 'string') return object.description;
    const parts = [object.room, object.streetAddress, [object.postalCode, object.locality].filter(Boolean).join(' ')].filter((part) => typeof part === 'string' && part);
    return parts.length ? parts.join(', ') : undefined;
  };
  const allIds = dated.map(([id]) => id);
  const bodyId = state.bodies[0];
  await writeGroup('herne-widgets/body', allIds, bodyId ? { body: rewrite.url(bodyId) } : {}, 'Sitzungen');
  for (const [org, entry] of Object.entries(state.organizations)) {
    const ids = allIds.filter((id) => state.meetings[id].orgs.includes(org));
    await writeGroup(`herne-widgets/organizations/${organizationKey(org)}`, ids, { organization: rewrite.url(org) }, entry.name ?? 'Sitzungen');
  }
}

/** Headers for static hosts that read `_headers` (Netlify, Cloudflare Pages) and an nginx snippet. @param {(relative: string, text: string) => Promise<void>} put */
async function writeHosting(put) {
  const cache = 'public, max-age=300, stale-while-revalidate=86400';
  await put('_headers', [
    '/*', '  Access-Control-Allow-Origin: *', `  Cache-Control: ${cache}`,
    '/*.json', '  Content-Type: application/json; charset=utf-8',
    '/*.ics', '  Content-Type: text/calendar; charset=utf-8', '',
  ].join('\n'));
  await put('herne-widgets/nginx.conf', [
    '# include inside the server { } block that serves the mirror folder',
    'location ~ \\.json$ {',
    '    types { } default_type "application/json; charset=utf-8";',
    '    add_header Access-Control-Allow-Origin "*" always;',
    `    add_header Cache-Control "${cache}" always;`,
    '}',
    'location ~ \\.ics$ {',
    '    types { } default_type "text/calendar; charset=utf-8";',
    '    add_header Access-Control-Allow-Origin "*" always;',
    `    add_header Cache-Control "${cache}" always;`,
    '}',
    'location ~ (^|/)(_headers|herne-widgets/mirror-state\\.json)$ { return 404; }',
    '',
  ].join('\n'));
}
