/*
 * The normalised OParl model the widgets render. Everything optional is `undefined` when the server did not
 * say it (or said it in a form we cannot trust): unknown stays unknown, never a guessed "public" or "0".
 */

/** A document (OParl File) as a person sees it: a name, a type label, a size, a link. */
export interface OParlDocument {
  id: string | undefined;
  name: string;
  /** "PDF", "DOCX" ...: from the MIME type, else the file extension; undefined when neither tells. */
  typeLabel: string | undefined;
  mimeType: string | undefined;
  /** Bytes; undefined when missing or 0. */
  size: number | undefined;
  date: Date | undefined;
  /** The link to open it (accessUrl, else downloadUrl); only http(s). */
  url: string | undefined;
}

export type DocumentRole = 'invitation' | 'results-protocol' | 'verbatim-protocol' | 'auxiliary';

export interface MeetingDocument extends OParlDocument {
  role: DocumentRole;
  /** True when the document is the minutes, by role or by a name like "Niederschrift" or "Protokoll". */
  isMinutes: boolean;
}

export interface GeoPoint {
  lat: number;
  lon: number;
}

export interface OParlLocationInfo {
  id: string | undefined;
  room: string | undefined;
  streetAddress: string | undefined;
  postalCode: string | undefined;
  locality: string | undefined;
  description: string | undefined;
  /** Display lines, most specific first ("Volkshaus Röhlinghausen", "Am Alten Hof 28", "44651 Herne"). */
  lines: string[];
}

export interface OParlOrganizationInfo {
  id: string;
  name: string | undefined;
  shortName: string | undefined;
  classification: string | undefined;
  organizationType: string | undefined;
  /** URL of the organization's meeting list. */
  meetingListUrl: string | undefined;
  web: string | undefined;
}

/** What the server says about public access: true, false, or not said. */
export type Publicity = boolean | undefined;

export interface AgendaItemInfo {
  kind: 'item';
  id: string;
  /** The number exactly as the server writes it ("Ö 15", "10.1"). */
  number: string | undefined;
  /** First line of the name. */
  title: string;
  /** The rest ("hier: ..."). */
  subtitle: string | undefined;
  public: Publicity;
  consultationUrl: string | undefined;
  result: string | undefined;
  resolutionText: string | undefined;
  resolutionFile: OParlDocument | undefined;
  files: OParlDocument[];
  /** Fragment id for links to this item, unique within the agenda ("top-oe-15"). */
  anchor: string;
  /** Back-reference, present when the item was fetched on its own. */
  meetingUrl: string | undefined;
  children: AgendaItemInfo[];
}

/** A part of the agenda: the public or non-public part, or the whole agenda when the server does not say. */
export interface AgendaPart {
  public: Publicity;
  /** The heading as the server wrote it in a section row, if it had one. */
  heading: string | undefined;
  /** Files the server attached to the section row itself. */
  files: OParlDocument[];
  items: AgendaItemInfo[];
}

export interface MeetingInfo {
  id: string;
  name: string | undefined;
  start: Date | undefined;
  /** Undefined when missing, at midnight or not after the start (placeholders of real servers). */
  end: Date | undefined;
  /** The server only knows the day (a start at 00:00 or a bare date); `start` is then 00:00 Berlin time. */
  dateOnly: boolean;
  cancelled: boolean;
  location: OParlLocationInfo | undefined;
  organizationUrls: string[];
  documents: MeetingDocument[];
  agenda: AgendaPart[];
  /** Number of agenda items, sub-items included, section rows excluded. */
  itemCount: number;
  modified: Date | undefined;
  web: string | undefined;
}

/** A meeting as lists show it, without agenda and documents. */
export type MeetingSummary = Omit<MeetingInfo, 'documents' | 'agenda' | 'itemCount'>;

export interface ConsultationInfo {
  id: string;
  paperUrl: string | undefined;
  meetingUrl: string | undefined;
  agendaItemUrl: string | undefined;
  organizationUrls: string[];
  role: string | undefined;
  /** True: this body decides ("beschließend"). Undefined when the server does not say. */
  authoritative: boolean | undefined;
}

export interface PaperInfo {
  id: string;
  name: string | undefined;
  reference: string | undefined;
  paperType: string | undefined;
  date: Date | undefined;
  mainFile: OParlDocument | undefined;
  auxiliaryFiles: OParlDocument[];
  underDirectionOfUrls: string[];
  originatorPersonUrls: string[];
  originatorOrganizationUrls: string[];
  consultations: ConsultationInfo[];
  modified: Date | undefined;
  web: string | undefined;
}
