import { LoadError } from '../core/errors.js';
import { fetchJson } from '../core/fetch.js';
import { cleanText, isRecord, safeUrl } from '../core/sanitize.js';
import { meetingOver, type RequestOptions } from '../oparl/client.js';
import { fetchList, fetchListPage } from '../oparl/lists.js';
import { normaliseEach, normaliseMeeting, normaliseOrganization, oparlType, referenceUrl } from '../oparl/normalise.js';
import type { AgendaItemInfo, MeetingInfo, OParlOrganizationInfo } from '../oparl/types.js';

/*
 * What the embed builder finds behind an OParl address: the bodies, their organisations grouped the way an
 * editor thinks of them, and each committee's meetings one list page at a time. Data only, no rendering.
 */

type Json = Record<string, unknown>;

/** A Body as the builder offers it. */
export interface BodyChoice {
  id: string;
  name: string;
  /** URL of its organisation list. */
  organizationListUrl: string | undefined;
}

/** What the address pointed into, so the page can preselect it. */
export interface Preselection {
  body?: string;
  organization?: string;
  meeting?: string;
  agendaItem?: string;
}

export interface Discovery {
  bodies: BodyChoice[];
  preselect: Preselection;
}

/** Why an address could not be used; the page shows the message of its kind. */
export type ProblemKind = 'not-a-url' | 'not-http' | 'not-found' | 'http' | 'unreachable' | 'timeout' | 'not-json' | 'not-oparl' | 'no-bodies';

export class DiscoveryProblem extends Error {
  override readonly name = 'DiscoveryProblem';
  readonly kind: ProblemKind;
  readonly status: number | undefined;
  constructor(kind: ProblemKind, detail: string, status?: number) {
    super(detail);
    this.kind = kind;
    this.status = status;
  }
}

/** The problem behind anything a load threw (aborts are passed on unchanged by the caller before this). */
export function toProblem(error: unknown): DiscoveryProblem {
  if (error instanceof DiscoveryProblem) return error;
  if (!(error instanceof LoadError)) return new DiscoveryProblem('not-oparl', String(error));
  switch (error.kind) {
    case 'timeout':
      return new DiscoveryProblem('timeout', error.message);
    case 'network':
      return new DiscoveryProblem('unreachable', error.message);
    case 'invalid-json':
      return new DiscoveryProblem('not-json', error.message);
    case 'http':
      if (error.status === 404 || error.status === 410) return new DiscoveryProblem('not-found', error.message, error.status);
      return new DiscoveryProblem('http', error.message, error.status);
    default:
      return new DiscoveryProblem('not-oparl', error.message);
  }
}

/** Checks what a person typed: an absolute http(s) URL, or a path on this server (as the demo passes). */
export function parseAddress(input: string, base: string): string {
  const trimmed = input.trim();
  if (trimmed === '') throw new DiscoveryProblem('not-a-url', 'empty');
  let url: URL;
  try {
    // Only paths are resolved against the page; "ris.example.org/oparl" without a scheme is no address.
    url = trimmed.startsWith('/') ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    throw new DiscoveryProblem('not-a-url', trimmed);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new DiscoveryProblem('not-http', url.protocol);
  return url.href;
}

function bodyChoice(json: Json, url: string): BodyChoice {
  const id = safeUrl(json['id']) ?? url;
  return {
    id,
    name: cleanText(json['name'], { multiline: false }) ?? cleanText(json['shortName'], { multiline: false }) ?? id,
    organizationListUrl: safeUrl(json['organization']),
  };
}

/** How many links the builder follows upwards from an object to its body (AgendaItem → Meeting → Organization → Body). */
const MAX_HOPS = 4;

/**
 * Reads the object at `url` and finds the bodies: a System lists them, a Body is one, and any other object
 * leads up to its body through `body`, `meeting`, `organization` or `paper`, remembering what it passed.
 */
export async function discover(url: string, options: RequestOptions): Promise<Discovery> {
  const preselect: Preselection = {};
  let current = url;
  for (let hop = 0; hop <= MAX_HOPS; hop += 1) {
    const raw = await fetchJson(current, options);
    const type = oparlType(raw);
    if (!isRecord(raw) || type === undefined) throw new DiscoveryProblem('not-oparl', current);
    if (type === 'System') {
      const listUrl = safeUrl(raw['body']);
      if (!listUrl) throw new DiscoveryProblem('no-bodies', current);
      const bodies = (await fetchList(listUrl, { ...options, maxPages: 5 })).map((body) => bodyChoice(body, listUrl));
      if (bodies.length === 0) throw new DiscoveryProblem('no-bodies', listUrl);
      return { bodies, preselect };
    }
    if (type === 'Body') {
      const body = bodyChoice(raw, current);
      return { bodies: [body], preselect: { ...preselect, body: body.id } };
    }
    const id = safeUrl(raw['id']) ?? current;
    if (type === 'AgendaItem') preselect.agendaItem ??= id;
    if (type === 'Meeting') preselect.meeting ??= id;
    if (type === 'Organization') preselect.organization ??= id;
    const up = upwards(raw);
    if (!up) throw new DiscoveryProblem('not-oparl', `${type} ohne Verweis auf die Körperschaft`);
    current = up;
  }
  throw new DiscoveryProblem('not-oparl', 'zu viele Verweise bis zur Körperschaft');
}

/** The next object towards the body. */
function upwards(raw: Json): string | undefined {
  for (const key of ['body', 'meeting', 'organization', 'paper']) {
    const value = raw[key];
    const first: unknown = Array.isArray(value) ? (value as unknown[])[0] : value;
    const url = referenceUrl(first);
    if (url) return url;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Organisations

export type OrganizationGroupKind = 'council' | 'committees' | 'districts' | 'others';

export interface OrganizationGroup {
  kind: OrganizationGroupKind;
  organizations: OParlOrganizationInfo[];
}

const GROUP_ORDER: OrganizationGroupKind[] = ['council', 'committees', 'districts', 'others'];

/** Which group an organisation belongs to, by its classification (else its name): Rat, Ausschuss, Bezirksvertretung. */
export function groupOf(organization: OParlOrganizationInfo): OrganizationGroupKind {
  const kind = `${organization.classification ?? ''} ${organization.organizationType ?? ''} ${organization.name ?? ''}`;
  // Districts first: "Ortschaftsrat" and "Bezirksausschuss" would otherwise pass for a council or a committee.
  if (DISTRICT.test(kind)) return 'districts';
  if (COMMITTEE.test(kind)) return 'committees';
  if (COUNCIL.test(organization.classification ?? '') || COUNCIL.test(organization.name ?? '')) return 'council';
  return 'others';
}

const DISTRICT = /bezirksvertretung|bezirksausschuss|bezirksbeirat|ortschaftsrat|ortsbeirat|ortsrat|stadtbezirksrat/i;
const COMMITTEE = /ausschuss|kommission/i;
const COUNCIL = /^(?:rat|stadtrat|gemeinderat|kreistag|ratsversammlung|stadtverordnetenversammlung|gemeindevertretung|bürgerschaft)\b|^rat der /i;

/** A name to list and search by: "Ausschuss für Soziales … (ASAGS)". */
export function organizationLabel(organization: OParlOrganizationInfo): string {
  const name = organization.name ?? organization.shortName ?? organization.id;
  return organization.shortName && organization.shortName !== name ? `${name} (${organization.shortName})` : name;
}

/** Groups in the order Rat, Ausschüsse, Bezirksvertretungen, others; names sorted within each; empty groups left out. */
export function groupOrganizations(organizations: OParlOrganizationInfo[]): OrganizationGroup[] {
  const collator = new Intl.Collator('de');
  return GROUP_ORDER.map((kind) => ({
    kind,
    organizations: organizations
      .filter((organization) => groupOf(organization) === kind)
      .sort((a, b) => collator.compare(organizationLabel(a), organizationLabel(b))),
  })).filter((group) => group.organizations.length > 0);
}

/** Case- and umlaut-insensitive search in the label: every word typed must occur. */
export function filterGroups(groups: OrganizationGroup[], query: string): OrganizationGroup[] {
  const fold = (text: string) => text.toLocaleLowerCase('de').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const words = fold(query).split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) return groups;
  return groups
    .map((group) => ({
      kind: group.kind,
      organizations: group.organizations.filter((organization) => {
        const label = fold(organizationLabel(organization));
        return words.every((word) => label.includes(word));
      }),
    }))
    .filter((group) => group.organizations.length > 0);
}

/** The body's organisations (organisation lists are short; at most 20 pages are read). */
export async function loadOrganizations(body: BodyChoice, options: RequestOptions): Promise<OParlOrganizationInfo[]> {
  if (!body.organizationListUrl) return [];
  const entries = await fetchList(body.organizationListUrl, { ...options, maxPages: 20 });
  return normaliseEach(entries, (entry) => normaliseOrganization(entry));
}

// ---------------------------------------------------------------------------------------------------------
// Meetings

export interface OrderedMeetings {
  /** Soonest first; running meetings count as upcoming. */
  upcoming: MeetingInfo[];
  /** Newest first. */
  past: MeetingInfo[];
}

/** Upcoming meetings first (soonest first), then past ones (newest first); meetings without a date are left out. */
export function orderMeetings(meetings: MeetingInfo[], now: number): OrderedMeetings {
  const dated = meetings.filter((meeting) => meeting.start !== undefined);
  const byStart = (a: MeetingInfo, b: MeetingInfo) => a.start!.getTime() - b.start!.getTime();
  return {
    upcoming: dated.filter((meeting) => meetingOver(meeting)! > now).sort(byStart),
    past: dated.filter((meeting) => meetingOver(meeting)! <= now).sort((a, b) => byStart(b, a)),
  };
}

/**
 * A committee's meetings, read one list page per step. Servers sort oldest first, so when the list names its
 * last page the pager starts there (the newest meetings) and goes back through `links.prev`; otherwise it
 * goes forward through `links.next`. It never reads the whole history at once.
 */
export class MeetingPager {
  readonly listUrl: string;
  readonly meetings: MeetingInfo[] = [];
  #cursor: string | undefined;
  #backwards = false;
  #started = false;
  readonly #seen = new Set<string>();
  readonly #ids = new Set<string>();

  constructor(listUrl: string) {
    this.listUrl = listUrl;
  }

  /** True while older (or, reading forwards, further) pages are left. */
  get hasMore(): boolean {
    return !this.#started || this.#cursor !== undefined;
  }

  /** Reads the next step: the first call the newest page (and the first, to find it), each later call one more page. */
  async loadMore(options: RequestOptions): Promise<void> {
    if (!this.#started) {
      const first = await fetchListPage(this.listUrl, options);
      this.#started = true;
      this.#seen.add(this.listUrl);
      await this.#rememberNamesOfFirst(options);
      this.#add(first.items);
      if (first.next && first.last && !this.#seen.has(first.last)) {
        this.#backwards = true;
        await this.#read(first.last, options);
      } else {
        this.#cursor = this.#fresh(first.next);
      }
      return;
    }
    if (this.#cursor) await this.#read(this.#cursor, options);
  }

  /**
   * The first page often calls itself "…?page=1" in `links.self` and `links.first`; walking back, that is
   * the page already read. The answer is in the fetch cache, so this costs no request.
   */
  async #rememberNamesOfFirst(options: RequestOptions): Promise<void> {
    const raw = await fetchJson(this.listUrl, options).catch(() => undefined);
    const links = isRecord(raw) && isRecord(raw['links']) ? raw['links'] : {};
    for (const name of ['self', 'first']) {
      const url = safeUrl(links[name]);
      if (url) this.#seen.add(url);
    }
  }

  async #read(url: string, options: RequestOptions): Promise<void> {
    this.#seen.add(url);
    const page = await fetchListPage(url, options);
    this.#add(page.items);
    this.#cursor = this.#fresh(this.#backwards ? page.prev : page.next);
  }

  /** A link not read yet (a page that links to itself or back to the first page ends the walk). */
  #fresh(url: string | undefined): string | undefined {
    return url && !this.#seen.has(url) ? url : undefined;
  }

  #add(items: Json[]): void {
    for (const meeting of normaliseEach(items, (item) => normaliseMeeting(item))) {
      if (!this.#ids.has(meeting.id)) {
        this.#ids.add(meeting.id);
        this.meetings.push(meeting);
      }
    }
  }
}

/** A meeting with its agenda: the list's copy when it embeds the agenda, else the meeting fetched on its own. */
export async function meetingWithAgenda(meeting: MeetingInfo, options: RequestOptions): Promise<MeetingInfo> {
  if (meeting.itemCount > 0) return meeting;
  return normaliseMeeting(await fetchJson(meeting.id, options), meeting.id);
}

/** The agenda items one can show a decision of, in agenda order, sub-items after their parent. */
export function decisionChoices(meeting: MeetingInfo): AgendaItemInfo[] {
  const flat: AgendaItemInfo[] = [];
  const walk = (items: AgendaItemInfo[]) => {
    for (const item of items) {
      flat.push(item);
      walk(item.children);
    }
  };
  for (const part of meeting.agenda) walk(part.items);
  return flat;
}
