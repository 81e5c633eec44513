import type { Catalogue } from '../../core/i18n.js';
import type { DocumentRole, Publicity } from '../../oparl/types.js';
import type { MeetingStatus } from './meeting-agenda.js';
import { byPublicity } from '../../oparl/publicity.js';

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
  statuses: Record<MeetingStatus, string>;
  cancelledNotice: string;
  timeRange(start: string, end: string): string;
  timeOpenEnd(start: string): string;
  noTime: string;
  updated(when: string): string;
  agenda: string;
  agendaEmpty: string;
  /** A meeting that is over and has no agenda items: "not yet" would promise what will not come. */
  agendaNone: string;
  part(publicity: Publicity): string;
  publicity(publicity: Publicity): string;
  result: string;
  /** Before the paper's reference and type: "Vorlage 2024/0815 (Beschlussvorlage)". */
  paper: string;
  paperRestricted: string;
  paperMissing: string;
  itemLink(number: string): string;
  /** The item link's visible text; its accessible name (`itemLink`) starts with it. */
  itemLinkText: string;
  files: string;
  documents: string;
  documentRole(role: DocumentRole): string | undefined;
  fileDetails(type: string | undefined, size: string | undefined): string;
  addToCalendar: string;
  calendarFailed: string;
  openInRis: string;
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
    statuses: { cancelled: 'abgesagt', running: 'läuft gerade', started: 'hat begonnen', ended: 'beendet', upcoming: 'geplant' },
    cancelledNotice: 'Diese Sitzung wurde abgesagt. Die Tagesordnung bleibt zur Information sichtbar.',
    timeRange: (start, end) => `${start} bis ${end} Uhr`,
    timeOpenEnd: (start) => `${start} Uhr, Ende offen`,
    noTime: 'Uhrzeit nicht angegeben',
    updated: (when) => `Stand: ${when}`,
    agenda: 'Tagesordnung',
    agendaEmpty: 'Die Tagesordnung ist noch nicht veröffentlicht.',
    agendaNone: 'Zu dieser Sitzung ist keine Tagesordnung veröffentlicht.',
    part: (publicity) => byPublicity(publicity, { public: 'Öffentlicher Teil', closed: 'Nichtöffentlicher Teil', unknown: 'Tagesordnungspunkte' }),
    publicity: (publicity) => byPublicity(publicity, { public: 'öffentlich', closed: 'nicht öffentlich', unknown: 'Öffentlichkeit unbekannt' }),
    result: 'Ergebnis',
    paper: 'Vorlage',
    paperRestricted: 'Vorlage nicht öffentlich verfügbar',
    paperMissing: 'Vorlage nicht gefunden',
    itemLink: (number) => `Link zu Tagesordnungspunkt ${number}`,
    itemLinkText: 'Link',
    files: 'Unterlagen',
    documents: 'Sitzungsunterlagen',
    documentRole: (role) => ({ invitation: 'Einladung', 'results-protocol': 'Niederschrift', 'verbatim-protocol': 'Wortprotokoll', auxiliary: undefined })[role],
    fileDetails: (type, size) => [type, size].filter(Boolean).join(', '),
    addToCalendar: 'In den Kalender eintragen',
    calendarFailed: 'Die Kalenderdatei konnte nicht erstellt werden. Bitte versuchen Sie es gleich noch einmal.',
    openInRis: 'Im Ratsinformationssystem öffnen',
    calendarCancelled: 'ABGESAGT',
    calendarOpenEnd: 'Ende offen',
    untitled: 'Ohne Bezeichnung',
  },
  en: () => import('./meeting-agenda.messages.en.js').then((module) => module.agendaMessagesEn),
};
