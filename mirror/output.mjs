// @ts-check
// What the mirror writes from its index after the crawl: OParl list pages, each organisation's meeting list,
// the meeting indexes and iCalendar feeds of the index contract, and the hosting headers. Each page and feed
// has a signature (the digests of what it is made of); one whose signature did not change is left as it is,
// so an incremental run rewrites only what changed. Files are read one at a time and written as streams.
import { digest } from './files.mjs';
import { CALENDAR_END, calendarEvent, calendarHead } from './ical.mjs';
import { mirrorPath, organizationKey } from './paths.mjs';

export const INDEX_TYPE = 'https://schema.herne.de/herne-widgets/meeting-index/1';
const PAST_LIMIT = 100;
const CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=86400';

/**
 * @typedef {import('./state.mjs').MirrorState} MirrorState
 * @typedef {import('./state.mjs').ObjectEntry} ObjectEntry
 * @typedef {import('./files.mjs').Tree} Tree
 * @typedef {ReturnType<typeof import('./paths.mjs').createRewriter>} Rewriter
 * @typedef {{ state: MirrorState, tree: Tree, rewrite: Rewriter, pageSize: number, base: string, now: Date }} OutputContext
 * @typedef {{ pagesWritten: number, pagesKept: number, feedsWritten: number, feedsKept: number }} OutputCounts
 */

/** @param {string} url @param {string} name @param {string} value */
export function withParam(url, name, value) {
  const parsed = new URL(url);
  parsed.searchParams.set(name, value);
  return parsed.href;
}

/**
 * Writes everything after the crawl. `previous` holds the signatures of the last run (the new ones replace
 * them in the state).
 * @param {OutputContext} context
 * @returns {Promise<OutputCounts>}
 */
export async function writeOutput(context) {
  const { state } = context;
  const previous = state.header.signatures;
  /** @type {Record<string, string[]>} */
  const signatures = {};
  const counts = { pagesWritten: 0, pagesKept: 0, feedsWritten: 0, feedsKept: 0 };
  for (const [position, list] of state.header.lists.entries()) {
    const members = () => membersOf(state, position);
    await writeListPages(context, list.url, members, previous[list.url] ?? [], signatures, counts);
  }
  const meetingsByOrganization = groupMeetings(state);
  for (const [org, entry] of Object.entries(state.header.organizations)) {
    const url = entry.meetingList;
    if (!url || !context.rewrite.isMirrored(url) || state.header.lists.some((list) => list.url === url)) continue;
    const meetings = meetingsByOrganization.get(org) ?? [];
    const sorted = meetings.slice().sort((a, b) => (a[1].meeting?.time ?? 0) - (b[1].meeting?.time ?? 0));
    await writeListPages(context, url, () => sorted, previous[url] ?? [], signatures, counts);
  }
  await writeIndexes(context, meetingsByOrganization, previous, signatures, counts);
  await writeHosting(context.tree);
  // What the last run wrote and this one did not (the meeting list, indexes and feed of a deleted organisation) is gone.
  for (const [key, old] of Object.entries(previous)) {
    if (signatures[key]) continue;
    if (/^https?:\/\//.test(key)) {
      for (let number = 1; number <= old.length; number += 1) await context.tree.remove(mirrorPath(number === 1 ? key : withParam(key, 'page', String(number))));
    } else await context.tree.remove(key);
  }
  state.header.signatures = signatures;
  return counts;
}

/** The listed objects of one list, in the order they were first seen. @param {MirrorState} state @param {number} position */
function* membersOf(state, position) {
  for (const member of state.objects) if (member[1].list === position) yield member;
}

/**
 * Pages of one list, `pageSize` objects each, with OParl pagination and links on the mirror. The first page
 * carries the list's totalElements, totalPages and `last` link (OParl makes them optional), the others do not,
 * so that an object added to or deleted from the end of a list rewrites the first and the last page only. The
 * objects are already rewritten JSON text: a page joins them instead of parsing them again.
 * @param {OutputContext} context @param {string} url @param {() => Iterable<[string, ObjectEntry]>} members
 * @param {string[]} oldSignatures @param {Record<string, string[]>} signatures @param {OutputCounts} counts
 */
async function writeListPages({ tree, rewrite, pageSize, base }, url, members, oldSignatures, signatures, counts) {
  const root = base.endsWith('/') ? base : `${base}/`;
  if (!rewrite.url(url).startsWith(root)) return;
  const total = countOf(members());
  const totalPages = Math.max(1, Math.ceil(total / pageSize));
  const pageUrl = (/** @type {number} */ number) => (number === 1 ? url : withParam(url, 'page', String(number)));
  /** @type {string[]} */
  const pageSignatures = [];
  /** @type {Array<[string, ObjectEntry]>} */
  let chunk = [];
  const flush = async () => {
    const number = pageSignatures.length + 1;
    // Only the first page names the list's size (and its last page): a change to the list does not rewrite every page.
    const whole = number === 1 ? [total, totalPages] : [number < totalPages];
    const signature = digest(JSON.stringify([...whole, number, chunk.map(([id, entry]) => [id, entry.hash])]));
    pageSignatures.push(signature);
    const relative = mirrorPath(pageUrl(number));
    const members = chunk;
    chunk = [];
    if (oldSignatures[number - 1] === signature && tree.exists(relative)) {
      counts.pagesKept += 1;
      return;
    }
    const data = [];
    for (const [id] of members) {
      const text = await tree.read(mirrorPath(id));
      if (text !== undefined) data.push(text);
    }
    const links = {
      first: rewrite.url(pageUrl(1)),
      ...(number > 1 ? { prev: rewrite.url(pageUrl(number - 1)) } : {}),
      self: rewrite.url(pageUrl(number)),
      ...(number < totalPages ? { next: rewrite.url(pageUrl(number + 1)) } : {}),
      ...(number === 1 ? { last: rewrite.url(pageUrl(totalPages)) } : {}),
    };
    const pagination = number === 1 ? { totalElements: total, elementsPerPage: pageSize, currentPage: number, totalPages } : { elementsPerPage: pageSize, currentPage: number };
    const text = `{"data":[${data.join(',')}],"pagination":${JSON.stringify(pagination)},"links":${JSON.stringify(links)}}`;
    if (await tree.putIfChanged(relative, text)) counts.pagesWritten += 1;
    else counts.pagesKept += 1;
  };
  for (const member of members()) {
    chunk.push(member);
    if (chunk.length === pageSize) await flush();
  }
  if (chunk.length > 0 || pageSignatures.length === 0) await flush();
  // A list that shrank: its last pages are gone.
  for (let number = totalPages + 1; number <= oldSignatures.length; number += 1) await tree.remove(mirrorPath(pageUrl(number)));
  signatures[url] = pageSignatures;
}

/** @param {Iterable<unknown>} items */
function countOf(items) {
  const iterator = items[Symbol.iterator]();
  let count = 0;
  while (!iterator.next().done) count += 1;
  return count;
}

/** Dated meetings by organisation id (the body's are all of them, under ''). @param {MirrorState} state */
function groupMeetings(state) {
  /** @type {Map<string, Array<[string, ObjectEntry]>>} */
  const groups = new Map([['', []]]);
  for (const member of state.objects) {
    const info = member[1].meeting;
    if (!info || info.time === undefined) continue;
    /** @type {Array<[string, ObjectEntry]>} */ (groups.get('')).push(member);
    for (const org of info.orgs) {
      const group = groups.get(org) ?? [];
      group.push(member);
      groups.set(org, group);
    }
  }
  return groups;
}

/**
 * @param {OutputContext} context @param {Map<string, Array<[string, ObjectEntry]>>} groups
 * @param {Record<string, string[]>} previous @param {Record<string, string[]>} signatures @param {OutputCounts} counts
 */
async function writeIndexes(context, groups, previous, signatures, counts) {
  const { state, tree, rewrite, base, now } = context;
  const root = base.endsWith('/') ? base : `${base}/`;
  /** @type {Map<string, string | undefined>} */
  const locations = new Map();
  /** A meeting's location as text for the feed; a location given by URL is read once from the mirror. @param {unknown} location */
  const locationText = async (location) => {
    if (typeof location === 'string') {
      if (!locations.has(location)) {
        const text = location.startsWith(root) ? await tree.read(location.slice(root.length)) : undefined;
        locations.set(location, describeLocation(text === undefined ? undefined : JSON.parse(text)));
      }
      return locations.get(location);
    }
    return describeLocation(location);
  };

  /** @param {string} folder @param {Array<[string, ObjectEntry]>} meetings @param {Record<string, string>} owner @param {string} calendarName */
  const writeGroup = async (folder, meetings, owner, calendarName) => {
    const time = (/** @type {[string, ObjectEntry]} */ member) => /** @type {number} */ (member[1].meeting?.time);
    const upcoming = meetings.filter((member) => time(member) >= now.getTime()).sort((a, b) => time(a) - time(b));
    const past = meetings.filter((member) => time(member) < now.getTime()).sort((a, b) => time(b) - time(a)).slice(0, PAST_LIMIT);
    const feed = `${root}${folder}/meetings.ics`;
    for (const [kind, list] of /** @type {const} */ ([['upcoming', upcoming], ['past', past]])) {
      const relative = `${folder}/${kind}.json`;
      const signature = digest(JSON.stringify([kind, owner, feed, list.map(([id, entry]) => [id, entry.hash])]));
      signatures[relative] = [signature];
      // `generated` is the time of the run that wrote the index; an index whose meetings did not change stays as it is.
      if (previous[relative]?.[0] === signature && tree.exists(relative)) {
        counts.pagesKept += 1;
        continue;
      }
      await tree.putStream(relative, indexPieces({ type: INDEX_TYPE, kind, ...owner, generated: now.toISOString(), feed }, list));
      counts.pagesWritten += 1;
    }
    const inFeed = [...past.slice().reverse(), ...upcoming];
    const relative = `${folder}/meetings.ics`;
    const signature = digest(JSON.stringify([calendarName, inFeed.map(([id, entry]) => [id, entry.hash, entry.meeting?.seq])]));
    signatures[relative] = [signature];
    if (previous[relative]?.[0] === signature && tree.exists(relative)) {
      counts.feedsKept += 1;
      return;
    }
    await tree.putStream(relative, feedPieces(calendarName, inFeed));
    counts.feedsWritten += 1;
  };

  /** @param {Record<string, unknown>} head @param {Array<[string, ObjectEntry]>} list */
  async function* indexPieces(head, list) {
    yield `${JSON.stringify(head).slice(0, -1)},"data":[`;
    let separator = '';
    for (const [id] of list) {
      const text = await tree.read(mirrorPath(id));
      if (text === undefined) continue;
      yield separator + text;
      separator = ',';
    }
    yield ']}';
  }

  /** @param {string} calendarName @param {Array<[string, ObjectEntry]>} list */
  async function* feedPieces(calendarName, list) {
    yield calendarHead(calendarName);
    for (const [id, entry] of list) {
      const text = await tree.read(mirrorPath(id));
      if (text === undefined) continue;
      const meeting = JSON.parse(text);
      yield calendarEvent({
        ...meeting, originalId: id, location: await locationText(meeting.location), sequence: entry.meeting?.seq ?? 0, cancelled: meeting.cancelled === true,
      });
    }
    yield CALENDAR_END;
  }

  const bodyId = state.header.bodies[0];
  await writeGroup('herne-widgets/body', groups.get('') ?? [], bodyId ? { body: rewrite.url(bodyId) } : {}, 'Sitzungen');
  for (const [org, entry] of Object.entries(state.header.organizations)) {
    await writeGroup(`herne-widgets/organizations/${organizationKey(org)}`, groups.get(org) ?? [], { organization: rewrite.url(org) }, entry.name ?? 'Sitzungen');
  }
}

/** @param {unknown} location @returns {string | undefined} */
function describeLocation(location) {
  if (!location || typeof location !== 'object') return undefined;
  const object = /** @type {Record<string, unknown>} */ (location);
  if (typeof object.description === 'string') return object.description;
  const town = [object.postalCode, object.locality].filter((part) => typeof part === 'string' && part).join(' ');
  const parts = [object.room, object.streetAddress, town].filter((part) => typeof part === 'string' && part);
  return parts.length ? parts.join(', ') : undefined;
}

/** Headers for static hosts that read `_headers` (Netlify, Cloudflare Pages) and an nginx snippet. @param {Tree} tree */
async function writeHosting(tree) {
  await tree.putIfChanged('_headers', [
    '/*', '  Access-Control-Allow-Origin: *', `  Cache-Control: ${CACHE_CONTROL}`,
    '/*.json', '  Content-Type: application/json; charset=utf-8',
    '/*.ics', '  Content-Type: text/calendar; charset=utf-8', '',
  ].join('\n'));
  await tree.putIfChanged('herne-widgets/nginx.conf', [
    '# include inside the server { } block that serves the mirror folder',
    'location ~ \\.json$ {',
    '    types { } default_type "application/json; charset=utf-8";',
    '    add_header Access-Control-Allow-Origin "*" always;',
    `    add_header Cache-Control "${CACHE_CONTROL}" always;`,
    '}',
    'location ~ \\.ics$ {',
    '    types { } default_type "text/calendar; charset=utf-8";',
    '    add_header Access-Control-Allow-Origin "*" always;',
    `    add_header Cache-Control "${CACHE_CONTROL}" always;`,
    '}',
    'location ~ (^|/)(_headers|herne-widgets/mirror-state\\.ndjson)$ { return 404; }',
    '',
  ].join('\n'));
}
