// An emulated OParl server for the mirror's tests and bench: a body with generated organisations, meetings
// (with agenda items and a location) and papers (with a consultation and a file), paged lists, modified_since
// (honoured or ignored), changes and deletions, every object also at its own URL, and a hook to inject faults.
// Without `locationList` and with `consultationsByUrl` it is a server whose locations and consultations are
// in no list (only referred to by URL). It counts requests and the most it had to answer at once. Objects are made on request from
// their number, so that the server holds no body in memory (the bench measures the mirror, not this).
import { createServer } from 'node:http';

const T = 'https://schema.oparl.org/1.1/';
const BASE_MODIFIED = Date.parse('2026-01-01T00:00:00Z');
const FIRST_MEETING = Date.parse('2026-01-05T16:00:00+01:00');

/**
 * @param {{ meetings?: number, papers?: number, organizations?: number, pageSize?: number, honourSince?: boolean,
 *   locationList?: boolean, consultationsByUrl?: boolean, delayMs?: number, paperWords?: number,
 *   hook?: (url: URL, answer: { status: number, headers: Record<string, string>, body: any }) => any }} options
 */
export async function startEmulator({ meetings = 40, papers = 120, organizations = 4, pageSize = 25, honourSince = true, locationList = true, consultationsByUrl = false, delayMs = 0, paperWords = 0, hook } = {}) {
  /** @type {Map<string, number>} id path -> modified time of a change */
  const changed = new Map();
  /** @type {Map<string, number>} id path -> time of deletion */
  const deleted = new Map();
  const stats = { requests: 0, active: 0, maxActive: 0 };
  let origin = '';
  const state = { honourSince, hook };

  const modifiedOf = (/** @type {string} */ path) => new Date(changed.get(path) ?? BASE_MODIFIED).toISOString();
  const organization = (/** @type {number} */ n) => ({
    id: `${origin}/oparl/organization/${n}`, type: `${T}Organization`, name: `Ausschuss ${n}`, body: `${origin}/oparl/body/1`,
    meeting: `${origin}/oparl/organization/${n}/meeting`, web: `${origin}/ris/gremium/${n}`, modified: modifiedOf(`/oparl/organization/${n}`),
  });
  const meeting = (/** @type {number} */ n) => {
    const start = FIRST_MEETING + n * 86_400_000;
    const path = `/oparl/meeting/${n}`;
    return {
      id: `${origin}${path}`, type: `${T}Meeting`, name: `${n}. Sitzung, Komma; Semikolon und Umlaute äöü`,
      start: new Date(start).toISOString(), end: new Date(start + 2 * 3600_000).toISOString(),
      ...(changed.has(path) ? { cancelled: true } : {}),
      organization: [`${origin}/oparl/organization/${(n % organizations) + 1}`],
      location: `${origin}/oparl/location/${n % 3}`,
      agendaItem: [1, 2].map((item) => ({ id: `${origin}/oparl/agendaitem/${n}-${item}`, type: `${T}AgendaItem`, meeting: `${origin}${path}`, number: `Ö ${item}`, order: item, name: `Punkt ${item}`, public: true, consultation: `${origin}/oparl/consultation/${n * 2 + item}`, modified: modifiedOf(path) })),
      web: `${origin}/ris/sitzung/${n}`, modified: modifiedOf(path),
    };
  };
  const location = (/** @type {number} */ n) => ({ id: `${origin}/oparl/location/${n}`, type: `${T}Location`, description: `Rathaus, Raum ${n}`, modified: modifiedOf(`/oparl/location/${n}`) });
  const consultation = (/** @type {number} */ n) => ({
    id: `${origin}/oparl/consultation/${n}`, type: `${T}Consultation`, paper: `${origin}/oparl/paper/${n}`, meeting: `${origin}/oparl/meeting/${n % Math.max(1, meetings)}`, role: 'Entscheidung',
  });
  const paper = (/** @type {number} */ n) => {
    const path = `/oparl/paper/${n}`;
    return {
      id: `${origin}${path}`, type: `${T}Paper`, name: `Vorlage ${n}${' Betreff'.repeat(paperWords)}`, reference: `2026/${String(n).padStart(5, '0')}`, date: '2026-01-02',
      mainFile: { id: `${origin}/oparl/file/${n}`, type: `${T}File`, name: `Vorlage ${n}`, accessUrl: `${origin}/files/${n}.pdf`, modified: modifiedOf(path) },
      consultation: [consultationsByUrl ? consultation(n).id : consultation(n)],
      modified: modifiedOf(path),
    };
  };
  const lists = {
    organization: { count: () => organizations, make: (/** @type {number} */ i) => organization(i + 1), path: (/** @type {number} */ i) => `/oparl/organization/${i + 1}` },
    meeting: { count: () => meetings, make: meeting, path: (/** @type {number} */ i) => `/oparl/meeting/${i}` },
    paper: { count: () => papers, make: paper, path: (/** @type {number} */ i) => `/oparl/paper/${i}` },
    locationList: { count: () => 3, make: location, path: (/** @type {number} */ i) => `/oparl/location/${i}` },
  };

  /** @param {keyof typeof lists} name @param {URL} url */
  function listPage(name, url) {
    const list = lists[name];
    const since = state.honourSince ? url.searchParams.get('modified_since') : null;
    const sinceTime = since ? Date.parse(since) : undefined;
    /** @type {number[]} */
    const numbers = [];
    for (let i = 0; i < list.count(); i += 1) {
      const path = list.path(i);
      const gone = deleted.get(path);
      if (sinceTime === undefined) {
        if (gone === undefined) numbers.push(i);
      } else if ((gone ?? changed.get(path) ?? BASE_MODIFIED) >= sinceTime) numbers.push(i);
    }
    const totalPages = Math.max(1, Math.ceil(numbers.length / pageSize));
    const current = Math.min(Math.max(1, Number(url.searchParams.get('page')) || 1), totalPages);
    const at = (/** @type {number} */ page) => {
      const link = new URL(`${origin}${url.pathname}`);
      if (since) link.searchParams.set('modified_since', since);
      link.searchParams.set('page', String(page));
      return link.href;
    };
    const data = numbers.slice((current - 1) * pageSize, current * pageSize).map((i) => {
      const path = list.path(i);
      const gone = deleted.get(path);
      return gone === undefined ? list.make(i) : { id: `${origin}${path}`, type: `${T}${name === 'locationList' ? 'Location' : name[0].toUpperCase() + name.slice(1)}`, deleted: true, modified: new Date(gone).toISOString() };
    });
    return {
      data,
      pagination: { totalElements: numbers.length, elementsPerPage: pageSize, currentPage: current, totalPages },
      links: { first: at(1), ...(current > 1 ? { prev: at(current - 1) } : {}), self: at(current), ...(current < totalPages ? { next: at(current + 1) } : {}), last: at(totalPages) },
    };
  }

  /** @param {URL} url */
  function answer(url) {
    const path = url.pathname;
    if (path === '/oparl/system') return { id: `${origin}/oparl/system`, type: `${T}System`, oparlVersion: `${T}`, body: `${origin}/oparl/bodies`, name: 'Emulator' };
    if (path === '/oparl/bodies') return { data: [body()], pagination: { totalElements: 1, elementsPerPage: 25, currentPage: 1, totalPages: 1 }, links: {} };
    if (path === '/oparl/body/1') return body();
    const list = /^\/oparl\/body\/1\/(organization|meeting|paper|locationList)$/.exec(path);
    if (list && (list[1] !== 'locationList' || locationList)) return listPage(/** @type {keyof typeof lists} */ (list[1]), url);
    return single(path);
  }
  /** An object at its own URL (a deleted one says so). @param {string} path */
  function single(path) {
    const match = /^\/oparl\/(organization|meeting|paper|location|consultation)\/(\d+)$/.exec(path);
    if (!match) return undefined;
    const n = Number(match[2]);
    const kind = match[1];
    if (deleted.has(path)) return { id: `${origin}${path}`, type: `${T}${kind[0].toUpperCase()}${kind.slice(1)}`, deleted: true, modified: new Date(/** @type {number} */ (deleted.get(path))).toISOString() };
    if (kind === 'organization') return n >= 1 && n <= organizations ? organization(n) : undefined;
    if (kind === 'meeting') return n < meetings ? meeting(n) : undefined;
    if (kind === 'paper') return n < papers ? paper(n) : undefined;
    if (kind === 'location') return n < 3 ? location(n) : undefined;
    return n < papers ? consultation(n) : undefined;
  }
  function body() {
    return {
      id: `${origin}/oparl/body/1`, type: `${T}Body`, system: `${origin}/oparl/system`, name: 'Emulierte Stadt', shortName: 'Emu',
      organization: `${origin}/oparl/body/1/organization`, meeting: `${origin}/oparl/body/1/meeting`, paper: `${origin}/oparl/body/1/paper`,
      ...(locationList ? { locationList: `${origin}/oparl/body/1/locationList` } : {}), person: `${origin}/oparl/body/1/person`, modified: modifiedOf('/oparl/body/1'),
    };
  }

  const server = createServer(async (req, res) => {
    stats.requests += 1;
    stats.active += 1;
    stats.maxActive = Math.max(stats.maxActive, stats.active);
    res.once('close', () => {
      stats.active -= 1;
    });
    const url = new URL(req.url ?? '/', origin);
    // A slow server, so that requests overlap and the client's limit shows.
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    const body = answer(url);
    let reply = body === undefined ? { status: 404, headers: {}, body: { message: 'nicht gefunden' } } : { status: 200, headers: {}, body };
    if (state.hook) reply = state.hook(url, reply) ?? reply;
    if (reply === 'hang') return; // never answers; the client's time-out has to end it
    res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
    res.end(typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    stats,
    state,
    /** Marks an object (path like /oparl/meeting/3) changed now. @param {string} path */
    change: (path) => changed.set(path, Date.now()),
    /** @param {string} path */
    remove: (path) => deleted.set(path, Date.now()),
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve(undefined)); }),
  };
}
