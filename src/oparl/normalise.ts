import { invalidData } from '../core/errors.js';
import { berlinParts } from '../core/i18n.js';
import { asArray, cleanDate, cleanNumber, cleanText, isBareDate, isRecord, safeUrl, slugify, WEB_SCHEMES } from '../core/sanitize.js';
import type {
  AgendaItemInfo,
  AgendaPart,
  DocumentRole,
  GeoPoint,
  MeetingDocument,
  MeetingInfo,
  MeetingSummary,
  OParlDocument,
  OParlLocationInfo,
  OParlOrganizationInfo,
  Publicity,
} from './types.js';

/*
 * Pure functions from untrusted OParl 1.0/1.1 JSON to the model in ./types.ts. They never throw on odd
 * fields (unknown ones are ignored, wrong types count as absent); they throw a LoadError of kind
 * 'invalid-data' only when the object as a whole is not what was asked for.
 */

type Json = Record<string, unknown>;

const TYPE_PATTERN = /^https?:\/\/schema\.oparl\.org\/1\.[01]\/([A-Za-z]+)\/?$/;

/** The OParl type name ("Meeting") of an object, for 1.0 and 1.1 alike. */
export function oparlType(raw: unknown): string | undefined {
  if (!isRecord(raw) || typeof raw['type'] !== 'string') return undefined;
  return TYPE_PATTERN.exec(raw['type'].trim())?.[1];
}

/** Deleted objects ("tombstones") stay in lists of some servers; they are never shown. */
export function isDeleted(raw: unknown): boolean {
  return isRecord(raw) && raw['deleted'] === true;
}

/** The URL of a reference, whether the server linked it (a string) or embedded the object. */
export function referenceUrl(value: unknown): string | undefined {
  return safeUrl(isRecord(value) ? value['id'] : value);
}

export function referenceUrls(value: unknown): string[] {
  return unique(asArray(value).map(referenceUrl).filter((url): url is string => url !== undefined));
}

/** Checks that `raw` is a live object of the expected type and returns it with its id. */
export function expectObject(raw: unknown, expected: string, url?: string): { json: Json; id: string } {
  // Developer-facing detail (in the widget-error event); people see the plain "unexpected format" text.
  const fail = (problem: string) => invalidData(`OParl ${expected} erwartet: ${problem}`, url);
  if (Array.isArray(raw) || (isRecord(raw) && Array.isArray(raw['data']))) throw fail('eine Liste geliefert.');
  if (!isRecord(raw)) throw fail('kein Objekt geliefert.');
  if (raw['deleted'] === true) throw fail('das Objekt wurde gelöscht.');
  const type = oparlType(raw);
  if (type !== expected && (type !== undefined || raw['type'] !== undefined)) {
    throw fail(`Typ ${type ?? JSON.stringify(raw['type']).slice(0, 80)} geliefert.`);
  }
  // Without a usable id, the address it was fetched from (relative to the page) identifies the object.
  const id = safeUrl(raw['id']) ?? (url === undefined ? undefined : safeUrl(url, WEB_SCHEMES, globalThis.document?.baseURI));
  if (id === undefined) throw fail('ohne gültige id.');
  return { json: raw, id };
}

// ---------------------------------------------------------------------------------------------------------
// Files

// MIME subtypes with a label other than their own name; short subtypes ("pdf", "zip", "csv") are their label.
const MIME_LABELS: [RegExp, string][] = [
  [/wordprocessingml/, 'DOCX'],
  [/spreadsheetml/, 'XLSX'],
  [/presentationml/, 'PPTX'],
  [/opendocument\.text/, 'ODT'],
  [/opendocument\.spreadsheet/, 'ODS'],
  [/msword/, 'DOC'],
  [/ms-excel/, 'XLS'],
  [/ms-powerpoint/, 'PPT'],
  [/^message\/rfc822/, 'EML'],
  [/^text\/plain/, 'TXT'],
  [/jpeg/, 'JPG'],
];

/** A type label from the MIME type ("application/pdf", or "pdf" as some servers write), else the extension. */
export function documentTypeLabel(mimeType: string | undefined, ...names: (string | undefined)[]): string | undefined {
  const mime = mimeType?.toLowerCase().split(';')[0]!.trim();
  if (mime) {
    const known = MIME_LABELS.find(([pattern]) => pattern.test(mime));
    if (known) return known[1];
    // "application/pdf" and the bare "pdf" some servers send alike; "application/octetstream" says nothing.
    const subtype = /^(?:[a-z]+\/)?([a-z0-9]{2,5})$/.exec(mime)?.[1];
    if (subtype) return subtype.toUpperCase();
  }
  for (const name of names) {
    const extension = /\.([a-z0-9]{2,5})$/i.exec(name?.split(/[?#]/)[0] ?? '')?.[1];
    if (extension && !/^(html?|php|aspx?|jsp)$/i.test(extension)) return extension.toUpperCase();
  }
  return undefined;
}

/** An embedded OParl File as a document; a bare reference or a deleted file gives undefined. */
export function normaliseDocument(raw: unknown): OParlDocument | undefined {
  if (!isRecord(raw) || isDeleted(raw)) return undefined;
  const type = oparlType(raw);
  if (type !== undefined && type !== 'File') return undefined;
  const accessUrl = safeUrl(raw['accessUrl']);
  const downloadUrl = safeUrl(raw['downloadUrl']);
  const url = accessUrl ?? downloadUrl;
  const fileName = cleanText(raw['fileName']);
  const name = cleanText(raw['name']) ?? fileName ?? cleanText(raw['text'])?.slice(0, 80);
  if (name === undefined && url === undefined) return undefined;
  const mimeType = cleanText(raw['mimeType']);
  const size = cleanNumber(raw['size']);
  return {
    id: safeUrl(raw['id']),
    name: name ?? fileName ?? '',
    typeLabel: documentTypeLabel(mimeType, fileName, accessUrl, downloadUrl),
    mimeType,
    size: size !== undefined && size > 0 ? Math.round(size) : undefined,
    date: cleanDate(raw['date']),
    url,
  };
}

export function normaliseDocuments(value: unknown): OParlDocument[] {
  return dedupeDocuments(asArray(value).map(normaliseDocument).filter((doc): doc is OParlDocument => doc !== undefined));
}

function documentKey(doc: OParlDocument): string {
  return doc.url ?? doc.id ?? doc.name;
}

function dedupeDocuments<T extends OParlDocument>(docs: T[]): T[] {
  const seen = new Set<string>();
  return docs.filter((doc) => {
    const key = documentKey(doc);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const MINUTES_NAME = /niederschrift|protokoll|ergebnisprotokoll|wortprotokoll/i;

/** Invitation, minutes and other files of a meeting, each once, in that order. */
export function meetingDocuments(json: Json): MeetingDocument[] {
  const slots: [DocumentRole, unknown][] = [
    ['invitation', json['invitation']],
    ['results-protocol', json['resultsProtocol']],
    ['verbatim-protocol', json['verbatimProtocol']],
    ['auxiliary', json['auxiliaryFile']],
  ];
  const docs: MeetingDocument[] = [];
  for (const [role, value] of slots) {
    for (const doc of asArray(value).map(normaliseDocument)) {
      if (!doc) continue;
      const isMinutes = role === 'results-protocol' || role === 'verbatim-protocol' || (role === 'auxiliary' && MINUTES_NAME.test(doc.name));
      docs.push({ ...doc, role, isMinutes });
    }
  }
  return dedupeDocuments(docs);
}

// ---------------------------------------------------------------------------------------------------------
// Locations

// Germany's extent; coordinates are tested against it to spot latitude and longitude written the wrong way round.
const LAT_RANGE = [47, 55.2] as const;
const LON_RANGE = [5.5, 15.5] as const;
const within = (value: number, [min, max]: readonly [number, number]) => value >= min && value <= max;

/**
 * A point from GeoJSON (a Feature or a bare Point), with swapped latitude and longitude put right. Separate
 * from normaliseLocation, so that only a widget that draws or links a map pays for it.
 */
export function geoPoint(raw: unknown): GeoPoint | undefined {
  if (!isRecord(raw)) return undefined;
  const geometry = raw['type'] === 'Feature' ? raw['geometry'] : raw;
  if (!isRecord(geometry) || geometry['type'] !== 'Point' || !Array.isArray(geometry['coordinates'])) return undefined;
  const [first, second] = geometry['coordinates'].map(cleanNumber);
  if (first === undefined || second === undefined) return undefined;
  // GeoJSON is [longitude, latitude].
  let lon = first;
  let lat = second;
  const swapped = (Math.abs(second) > 90 && Math.abs(first) <= 90) || (within(first, LAT_RANGE) && within(second, LON_RANGE) && !within(second, LAT_RANGE));
  if (swapped) [lat, lon] = [first, second];
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || (lat === 0 && lon === 0)) return undefined;
  return { lat, lon };
}

export function normaliseLocation(raw: unknown): OParlLocationInfo | undefined {
  if (!isRecord(raw) || isDeleted(raw)) return undefined;
  const room = cleanText(raw['room']);
  const streetAddress = cleanText(raw['streetAddress']);
  const postalCode = cleanText(raw['postalCode']);
  const locality = cleanText(raw['locality']);
  const description = cleanText(raw['description']);
  const place = [postalCode, locality].filter(Boolean).join(' ') || undefined;
  const lines: string[] = [];
  if (room) lines.push(room);
  if (streetAddress && !room?.includes(streetAddress)) lines.push(streetAddress);
  if (place && !lines.some((line) => line.includes(place))) lines.push(place);
  if (lines.length === 0 && description) lines.push(description);
  if (lines.length === 0) return undefined;
  return { id: safeUrl(raw['id']), room, streetAddress, postalCode, locality, description, lines };
}

// ---------------------------------------------------------------------------------------------------------
// Organizations

export function normaliseOrganization(raw: unknown, url?: string): OParlOrganizationInfo {
  const { json, id } = expectObject(raw, 'Organization', url);
  return {
    id,
    name: cleanText(json['name']),
    shortName: cleanText(json['shortName']),
    classification: cleanText(json['classification']),
    organizationType: cleanText(json['organizationType']),
    meetingListUrl: safeUrl(json['meeting']),
    web: safeUrl(json['web']),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Meetings and their agenda

/** True at 00:00:00 Berlin time: servers use it for "no time known". */
function isMidnight(date: Date): boolean {
  const { hour, minute, second } = berlinParts(date);
  return hour === 0 && minute === 0 && second === 0;
}

/**
 * A meeting's start or end. A bare date ("2027-01-14", which OParl does not allow but servers send) is read as
 * 00:00 Berlin time of that day, the way other servers write a day without a time: a start then counts as
 * date-only, an end as unknown.
 */
function meetingTime(value: unknown): Date | undefined {
  return cleanDate(isBareDate(value) ? `${cleanText(value)}T00:00` : value);
}

/** The end time, unless it is a placeholder: missing, midnight, or not after the start. */
export function plausibleEnd(start: Date | undefined, end: Date | undefined): Date | undefined {
  if (!start || !end) return undefined;
  if (end.getTime() <= start.getTime() || isMidnight(end)) return undefined;
  return end;
}

const CANCELLED_STATE = /abgesagt|aufgehoben|ausgefallen|entf[aä]llt|storniert|cancel/i;

export function normaliseMeeting(raw: unknown, url?: string): MeetingInfo {
  const summary = normaliseMeetingSummary(raw, url);
  const json = raw as Json;
  const agenda = normaliseAgenda(json['agendaItem']);
  return { ...summary, documents: meetingDocuments(json), agenda, itemCount: countItems(agenda) };
}

/** A meeting without its agenda and documents: what a list of meetings shows (and bundles). */
export function normaliseMeetingSummary(raw: unknown, url?: string): MeetingSummary {
  const { json, id } = expectObject(raw, 'Meeting', url);
  const start = meetingTime(json['start']);
  const meetingState = cleanText(json['meetingState']);
  return {
    id,
    name: cleanText(json['name'], { multiline: false }),
    start,
    end: plausibleEnd(start, meetingTime(json['end'])),
    dateOnly: start !== undefined && isMidnight(start),
    cancelled: json['cancelled'] === true || (meetingState !== undefined && CANCELLED_STATE.test(meetingState)),
    location: normaliseLocation(json['location']),
    organizationUrls: referenceUrls(json['organization']),
    modified: cleanDate(json['modified']),
    web: safeUrl(json['web']),
  };
}

function countItems(parts: AgendaPart[]): number {
  const count = (items: AgendaItemInfo[]): number => items.reduce((sum, item) => sum + 1 + count(item.children), 0);
  return parts.reduce((sum, part) => sum + count(part.items), 0);
}

// "A Öffentliche Sitzung", "B) Nichtöffentlicher Teil", "Öffentlicher Sitzungsteil:", "II. Nicht öffentliche Sitzung"
const SECTION_ROW = /^(?:(?:[a-d]|[ivx]{1,3})[.)]?\s+)?(nicht[\s-]*)?öffentliche[rn]?\s+(?:sitzung|teil|sitzungsteil|beratung)(?:steil)?\s*:?$/i;
const PAGE_BREAK = /^(?:seitenumbruch|page ?break|-{3,}|_{3,})$/i;

/** If `raw` is a pseudo item that only marks a section, whether that section is public. */
export function sectionRowPublicity(raw: Json): boolean | 'page-break' | undefined {
  const name = cleanText(raw['name']);
  // Section rows may carry files (Hürtgenwald attaches the meeting's documents to them), never a decision.
  if (raw['consultation'] !== undefined || cleanText(raw['result']) !== undefined || raw['resolutionFile'] !== undefined) return undefined;
  if (name === undefined || PAGE_BREAK.test(name)) return cleanText(raw['number']) === undefined ? 'page-break' : undefined;
  const match = SECTION_ROW.exec(name);
  if (!match) return undefined;
  return match[1] === undefined;
}

// A line that starts a part of its own: "hier:", "a)", "1)", "- ", "– ", "•". Any other line break is a hard wrap
// of the server (Sternberg wraps long names at a fixed width) and is joined with the line before.
const TITLE_MARKER = /^(?:hier:|[a-z]\)|\d{1,2}\)|[-–•]\s)/i;

/**
 * Splits "Titel;\nhier: Sachstand" into the title and its subtitle. Only real markers split; wrapped lines are
 * joined. Several marked parts ("a) …", "b) …") stay separate lines of the subtitle, joined by "\n".
 */
export function splitTitle(name: string | undefined): { title: string; subtitle: string | undefined } {
  if (!name) return { title: '', subtitle: undefined };
  const parts: string[] = [];
  for (const line of name.split('\n')) {
    const text = line.trim();
    if (!text) continue;
    if (parts.length === 0 || TITLE_MARKER.test(text)) parts.push(text);
    else parts[parts.length - 1] = `${parts[parts.length - 1]} ${text}`;
  }
  let title = parts[0] ?? '';
  let subtitle = parts.slice(1).join('\n') || undefined;
  if (subtitle === undefined) {
    const inline = /^(.*?)[;,:]?\s+[-–]?\s*(hier:\s.*)$/i.exec(title);
    if (inline?.[1] && inline[2]) {
      title = inline[1];
      subtitle = inline[2];
    }
  }
  return { title: title.replace(/[;,]\s*$/, '').trim(), subtitle: subtitle?.trim() || undefined };
}

/** Each entry of a list normalised; one broken entry does not hide the others. */
export function normaliseEach<T>(entries: readonly unknown[], normalise: (entry: unknown) => T): T[] {
  const normalised: T[] = [];
  for (const entry of entries) {
    try {
      normalised.push(normalise(entry));
    } catch {
      // Skipped: the rest of the list still shows.
    }
  }
  return normalised;
}

/** A fragment id from an item number: "Ö 15" becomes "top-oe-15". */
export function anchorFor(number: string | undefined, index: number): string {
  return `top-${slugify(number ?? '') || `punkt-${index + 1}`}`;
}

/** Hierarchy key of a number: "Ö 4.1." gives "ö4.1"; "4 a)" gives "4.a". */
function numberKey(number: string | undefined): string | undefined {
  if (!number) return undefined;
  let key = number.toLowerCase().replace(/\s+/g, '').replace(/[.)]+$/, '');
  key = key.replace(/^(.*\d)\.?([a-z])$/, '$1.$2');
  return key || undefined;
}

function parentKey(key: string): string | undefined {
  const cut = key.lastIndexOf('.');
  return cut > 0 ? key.slice(0, cut) : undefined;
}

export function normaliseAgendaItem(raw: Json, index: number): AgendaItemInfo | undefined {
  const id = safeUrl(raw['id']);
  const number = cleanText(raw['number']);
  const { title, subtitle } = splitTitle(cleanText(raw['name'], { multiline: true }));
  if (!id && !title && !number) return undefined;
  const resolutionFile = normaliseDocument(raw['resolutionFile']);
  const publicValue = typeof raw['public'] === 'boolean' ? raw['public'] : undefined;
  return {
    kind: 'item',
    id: id ?? `#${index}`,
    number,
    title,
    subtitle,
    public: publicValue,
    consultationUrl: referenceUrl(raw['consultation']),
    result: cleanText(raw['result'], { multiline: true }),
    resolutionText: cleanText(raw['resolutionText'], { multiline: true }),
    resolutionFile,
    files: normaliseDocuments(raw['auxiliaryFile']).filter((doc) => !resolutionFile || documentKey(doc) !== documentKey(resolutionFile)),
    anchor: anchorFor(number, index),
    meetingUrl: referenceUrl(raw['meeting']),
    children: [],
  };
}

/** Puts the raw items in order: by `order` when every item has a distinct one (0-based, 1-based or a global counter alike), else as listed. */
function orderedItems(rawItems: unknown): Json[] {
  const items = asArray(rawItems).filter((item): item is Json => isRecord(item) && !isDeleted(item));
  const orders = items.map((item) => cleanNumber(item['order']));
  const usable = orders.every((order) => order !== undefined) && new Set(orders).size === orders.length;
  if (!usable) return items;
  return items.map((item, index) => ({ item, order: orders[index]! })).sort((a, b) => a.order - b.order).map(({ item }) => item);
}

/**
 * The agenda as parts (public, non-public, or unknown) with nested items. Section rows become part headings
 * and tell the items below them whether they are public when the items do not say so themselves.
 */
export function normaliseAgenda(rawItems: unknown): AgendaPart[] {
  const parts: AgendaPart[] = [];
  let current: AgendaPart | undefined;
  let sectionPublic: Publicity;
  let parentsByKey = new Map<string, AgendaItemInfo>();
  const anchors = new Set<string>();
  const startPart = (publicValue: Publicity, heading: string | undefined, files: OParlDocument[] = []) => {
    current = { public: publicValue, heading, files, items: [] };
    parts.push(current);
    parentsByKey = new Map();
  };

  orderedItems(rawItems).forEach((raw, index) => {
    const section = sectionRowPublicity(raw);
    if (section === 'page-break') return;
    if (section !== undefined) {
      sectionPublic = section;
      startPart(section, cleanText(raw['name']), normaliseDocuments(raw['auxiliaryFile']));
      return;
    }
    const item = normaliseAgendaItem(raw, index);
    if (!item) return;
    // A section row ("B Nichtöffentliche Sitzung") is the server's own word for the items below it.
    if (item.public === undefined) item.public = sectionPublic;
    // A known publicity that differs from the current part's opens a new part; unknown items stay put.
    if (!current || (item.public !== undefined && current.public !== undefined && item.public !== current.public)) {
      startPart(item.public, undefined);
    } else if (current.public === undefined && item.public !== undefined && current.items.length === 0) {
      current.public = item.public;
    }
    let anchor = item.anchor;
    for (let n = 2; anchors.has(anchor); n += 1) anchor = `${item.anchor}-${n}`;
    anchors.add(anchor);
    item.anchor = anchor;

    const key = numberKey(item.number);
    const parent = key === undefined ? undefined : findParent(parentsByKey, key);
    (parent ? parent.children : current!.items).push(item);
    if (key !== undefined) parentsByKey.set(key, item);
  });
  return parts.filter((part) => part.items.length > 0 || part.files.length > 0);
}

function findParent(parentsByKey: Map<string, AgendaItemInfo>, key: string): AgendaItemInfo | undefined {
  for (let candidate = parentKey(key); candidate !== undefined; candidate = parentKey(candidate)) {
    const parent = parentsByKey.get(candidate);
    if (parent) return parent;
  }
  return undefined;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
