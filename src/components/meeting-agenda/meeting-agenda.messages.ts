import type { Catalogue } from '../../core/i18n.js';
import type { DocumentRole, Publicity } from '../../oparl/types.js';

/** Every text of <meeting-agenda>; English must have each key (the type checks it). */
export interface AgendaMessages {
  loading: string;
  errorTitle: string;
  missingSource: string;
  noMeeting: string;
  nextMeeting: string;
  latestMeeting: string;
  date: string;
  place: string;
  status: string;
  statusCancelled: string;
  statusRunning: string;
  statusStarted: string;
  statusEnded: string;
  statusUpcoming: string;
  cancelledNotice: string;
  timeRange(start: string, end: string): string;
  timeOpenEnd(start: string): string;
  noTime: string;
  updated(when: string): string;
  agenda: string;
  agendaEmpty: string;
  part(publicity: Publicity): string;
  publicity(publicity: Publicity): string;
  result: string;
  itemTime(start: string, end: string | undefined): string;
  paper(reference: string | undefined, type: string | undefined): string;
  paperRestricted: string;
  paperMissing: string;
  itemLink(number: string): string;
  files: string;
  documents: string;
  documentRole(role: DocumentRole): string | undefined;
  fileDetails(type: string | undefined, size: string | undefined): string;
  addToCalendar: string;
  print: string;
  openInRis: string;
  showOnMap: string;
  calendarCancelled: string;
  calendarOpenEnd: string;
  untitled: string;
}

export const agendaMessages: Catalogue<AgendaMessages> = {
  de: {
    loading: 'Die Tagesordnung wird geladen …',
    errorTitle: 'Die Tagesordnung konnte nicht geladen werden.',
    missingSource: 'Es ist keine Sitzung angegeben. Bitte das Attribut „src“ (Sitzung) oder „organization“ (Gremium) setzen.',
    noMeeting: 'Für dieses Gremium sind keine Sitzungen veröffentlicht.',
    nextMeeting: 'Nächste Sitzung',
    latestMeeting: 'Letzte Sitzung – eine weitere Sitzung ist noch nicht angekündigt.',
    date: 'Termin',
    place: 'Ort',
    status: 'Status',
    statusCancelled: 'abgesagt',
    statusRunning: 'läuft gerade',
    statusStarted: 'hat begonnen',
    statusEnded: 'beendet',
    statusUpcoming: 'geplant',
    cancelledNotice: 'Diese Sitzung wurde abgesagt. Die Tagesordnung bleibt zur Information sichtbar.',
    timeRange: (start, end) => `${start} bis ${end} Uhr`,
    timeOpenEnd: (start) => `${start} Uhr, Ende offen`,
    noTime: 'Uhrzeit nicht angegeben',
    updated: (when) => `Stand: ${when}`,
    agenda: 'Tagesordnung',
    agendaEmpty: 'Die Tagesordnung ist noch nicht veröffentlicht.',
    part: (publicity) => (publicity === true ? 'Öffentlicher Teil' : publicity === false ? 'Nichtöffentlicher Teil' : 'Tagesordnungspunkte'),
    publicity: (publicity) => (publicity === true ? 'öffentlich' : publicity === false ? 'nicht öffentlich' : 'Öffentlichkeit unbekannt'),
    result: 'Ergebnis',
    itemTime: (start, end) => (end ? `${start} bis ${end} Uhr` : `ab ${start} Uhr`),
    paper: (reference, type) => ['Vorlage', reference, type ? `(${type})` : undefined].filter(Boolean).join(' '),
    paperRestricted: 'Vorlage nicht öffentlich verfügbar',
    paperMissing: 'Vorlage nicht gefunden',
    itemLink: (number) => `Link zu Tagesordnungspunkt ${number}`,
    files: 'Unterlagen',
    documents: 'Sitzungsunterlagen',
    documentRole: (role) => ({ invitation: 'Einladung', 'results-protocol': 'Niederschrift', 'verbatim-protocol': 'Wortprotokoll', auxiliary: undefined })[role],
    fileDetails: (type, size) => [type, size].filter(Boolean).join(', '),
    addToCalendar: 'In den Kalender eintragen',
    print: 'Tagesordnung drucken',
    openInRis: 'Im Ratsinformationssystem öffnen',
    showOnMap: 'Auf der Karte zeigen (OpenStreetMap)',
    calendarCancelled: 'ABGESAGT',
    calendarOpenEnd: 'Ende offen',
    untitled: 'Ohne Bezeichnung',
  },
  en: {
    loading: 'Loading the agenda …',
    errorTitle: 'The agenda could not be loaded.',
    missingSource: 'No meeting is given. Please set the attribute “src” (meeting) or “organization” (committee).',
    noMeeting: 'This committee has not published any meetings.',
    nextMeeting: 'Next meeting',
    latestMeeting: 'Latest meeting – no further meeting has been announced yet.',
    date: 'Date',
    place: 'Place',
    status: 'Status',
    statusCancelled: 'cancelled',
    statusRunning: 'in progress',
    statusStarted: 'has started',
    statusEnded: 'ended',
    statusUpcoming: 'scheduled',
    cancelledNotice: 'This meeting has been cancelled. The agenda remains visible for information.',
    timeRange: (start, end) => `${start} to ${end}`,
    timeOpenEnd: (start) => `${start}, end not fixed`,
    noTime: 'time not given',
    updated: (when) => `Last updated: ${when}`,
    agenda: 'Agenda',
    agendaEmpty: 'The agenda has not been published yet.',
    part: (publicity) => (publicity === true ? 'Public session' : publicity === false ? 'Closed session' : 'Agenda items'),
    publicity: (publicity) => (publicity === true ? 'public' : publicity === false ? 'not public' : 'public access unknown'),
    result: 'Result',
    itemTime: (start, end) => (end ? `${start} to ${end}` : `from ${start}`),
    paper: (reference, type) => ['Paper', reference, type ? `(${type})` : undefined].filter(Boolean).join(' '),
    paperRestricted: 'Paper not publicly available',
    paperMissing: 'Paper not found',
    itemLink: (number) => `Link to agenda item ${number}`,
    files: 'Documents',
    documents: 'Meeting documents',
    documentRole: (role) => ({ invitation: 'Invitation', 'results-protocol': 'Minutes', 'verbatim-protocol': 'Verbatim minutes', auxiliary: undefined })[role],
    fileDetails: (type, size) => [type, size].filter(Boolean).join(', '),
    addToCalendar: 'Add to calendar',
    print: 'Print agenda',
    openInRis: 'Open in the council information system',
    showOnMap: 'Show on the map (OpenStreetMap)',
    calendarCancelled: 'CANCELLED',
    calendarOpenEnd: 'end not fixed',
    untitled: 'Untitled',
  },
};
