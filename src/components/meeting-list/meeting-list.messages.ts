import type { Catalogue } from '../../core/i18n.js';
import type { ListStatus } from '../../oparl/meetings.js';

/** Every text of <meeting-list>; English must have each key (the type checks it). */
export interface ListMessages {
  loading: string;
  errorTitle: string;
  missingSource: string;
  upcomingHeading: string;
  pastHeading: string;
  noneUpcoming: string;
  lastMeeting: string;
  nonePast: string;
  statuses: Record<ListStatus, string>;
  cancelledNotice: string;
  rescheduledNotice: string;
  timeRange(start: string, end: string): string;
  timeStart(start: string): string;
  noTime: string;
  place: string;
  untitled: string;
  /** The agenda link's and button's visible text; the meeting follows for screen readers and translation. */
  agenda: string;
  /** Visually hidden after "Tagesordnung" and "Zum Kalender": which meeting. */
  ofMeeting(committee: string, day: string): string;
  addToCalendar: string;
  calendarFailed: string;
  calendarCancelled: string;
  calendarOpenEnd: string;
  subscribe: string;
  subscribeHttps: string;
  subscribeHelp: string;
  downloadAll(count: number): string;
  downloadAllFile: string;
  partial: string;
}

export const listMessages: Catalogue<ListMessages> = {
  de: {
    loading: 'Die Sitzungen werden geladen …',
    errorTitle: 'Die Sitzungen konnten nicht geladen werden.',
    missingSource: 'Es ist kein Gremium angegeben. Bitte das Attribut „organization“ (Gremium), „body“ (Kommune) oder „src“ (Übersicht des Spiegels) setzen.',
    upcomingHeading: 'Nächste Sitzungen',
    pastHeading: 'Vergangene Sitzungen',
    noneUpcoming: 'Zurzeit sind keine Sitzungen geplant.',
    lastMeeting: 'Die letzte Sitzung:',
    nonePast: 'Es sind keine Sitzungen veröffentlicht.',
    statuses: { cancelled: 'abgesagt', running: 'läuft gerade', rescheduled: 'geändert' },
    cancelledNotice: 'Diese Sitzung wurde abgesagt.',
    rescheduledNotice: 'Der Termin wurde geändert.',
    timeRange: (start, end) => `${start} bis ${end} Uhr`,
    timeStart: (start) => `${start} Uhr`,
    noTime: 'Uhrzeit nicht angegeben',
    place: 'Ort',
    untitled: 'Sitzung',
    agenda: 'Tagesordnung',
    ofMeeting: (committee, day) => ` – ${committee}, ${day}`,
    addToCalendar: 'Zum Kalender',
    calendarFailed: 'Die Kalenderdatei konnte nicht erstellt werden. Bitte versuchen Sie es gleich noch einmal.',
    calendarCancelled: 'ABGESAGT',
    calendarOpenEnd: 'Ende offen',
    subscribe: 'Kalender abonnieren',
    subscribeHttps: 'Adresse des Kalenders',
    subscribeHelp:
      'Auf dem Smartphone und in Apple Kalender öffnet „Kalender abonnieren“ das Abonnement. In Outlook und Google Kalender wählen Sie „Kalender hinzufügen“ → „Aus dem Internet“ und fügen die Adresse des Kalenders ein. Neue und geänderte Termine erscheinen dann von selbst.',
    downloadAll: (count) => (count === 1 ? 'Diesen Termin herunterladen (.ics)' : `Diese ${count} Termine herunterladen (.ics)`),
    downloadAllFile: 'sitzungen',
    partial: 'Einige Angaben konnten nicht geladen werden; die Liste ist vielleicht unvollständig.',
  },
  en: () => import('./meeting-list.messages.en.js').then((module) => module.listMessagesEn),
};
