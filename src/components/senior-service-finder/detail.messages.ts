import type { Catalogue } from '../../core/i18n.js';
import type { HolidayKey } from '../../hsds/finder/holidays.js';

/** Texts of the detail view, the Merkliste and the hours in words (loaded with those views). */
export interface DetailMessages {
  call: string;
  phone: string;
  contact: string;
  emailAddress: string;
  websiteAddress: string;
  email: string;
  route: string;
  website: string;
  print: string;
  hours: string;
  address: string;
  forWhom: string;
  ages(min: number | undefined, max: number | undefined): string;
  apply: string;
  bring: string;
  languages: string;
  interpretation: string;
  about: string;
  provider: string;
  notice: string;
  checked(date: string): string;
  stale(months: number): string;
  notFound: string;
  savedTitle: string;
  savedEmpty: string;
  savedMissing(count: number): string;
  remove: string;
  printSaved: string;
  weekdays: string[];
  dayRange(from: string, to: string): string;
  daily: string;
  everyWeeks(interval: number, weekday: string): string;
  monthly(nth: number, weekday: string): string;
  monthDay(day: number): string;
  validFrom(date: string): string;
  validTo(date: string): string;
  holidaysClosed: string;
  closedOnHoliday(date: string, name: string): string;
  holidays: Record<HolidayKey, string>;
}

export const detailMessages: Catalogue<DetailMessages> = {
  de: {
    call: 'Anrufen',
    phone: 'Telefon',
    contact: 'E-Mail und Internet',
    emailAddress: 'E-Mail',
    websiteAddress: 'Internet',
    email: 'E-Mail schreiben',
    route: 'Weg dorthin',
    website: 'Website öffnen',
    print: 'Drucken',
    hours: 'Öffnungszeiten',
    address: 'Adresse',
    forWhom: 'Für wen?',
    ages: (min, max) => {
      if (min && max) return `Von ${min} bis ${max} Jahren`;
      return min ? `Ab ${min} Jahren` : `Bis ${max} Jahre`;
    },
    apply: 'So gehen Sie vor',
    bring: 'Bitte mitbringen',
    languages: 'Sprachen',
    interpretation: 'Dolmetschen',
    about: 'Beschreibung',
    provider: 'Anbieter',
    notice: 'Hinweis',
    checked: (date) => `Zuletzt geprüft: ${date}`,
    stale: (months) => `Diese Angaben sind älter als ${months} Monate. Bitte fragen Sie vor einem Besuch telefonisch nach.`,
    notFound: 'Dieses Angebot gibt es nicht oder nicht mehr.',
    savedTitle: 'Ihre Merkliste',
    savedEmpty: 'Ihre Merkliste ist leer. Mit „Merken“ legen Sie ein Angebot hier ab. Die Liste bleibt auf diesem Gerät gespeichert.',
    savedMissing: (n) => `${n === 1 ? 'Ein gemerktes Angebot ist' : `${n} gemerkte Angebote sind`} nicht mehr verfügbar.`,
    remove: 'Entfernen',
    printSaved: 'Merkliste drucken',
    weekdays: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
    dayRange: (from, to) => `${from} bis ${to}`,
    daily: 'Täglich',
    everyWeeks: (interval, weekday) => `Alle ${interval} Wochen am ${weekday}`,
    monthly: (nth, weekday) => {
      if (nth === -1) return `Jeden letzten ${weekday} im Monat`;
      return nth < 0 ? `Jeden ${-nth}.-letzten ${weekday} im Monat` : `Jeden ${nth}. ${weekday} im Monat`;
    },
    monthDay: (day) => (day < 0 ? 'Am letzten Tag des Monats' : `Am ${day}. jedes Monats`),
    validFrom: (date) => `ab ${date}`,
    validTo: (date) => `bis ${date}`,
    holidaysClosed: 'An Feiertagen geschlossen.',
    closedOnHoliday: (date, name) => `Am ${date} geschlossen (${name}).`,
    holidays: {
      neujahr: 'Neujahr',
      karfreitag: 'Karfreitag',
      ostermontag: 'Ostermontag',
      maifeiertag: 'Tag der Arbeit',
      himmelfahrt: 'Christi Himmelfahrt',
      pfingstmontag: 'Pfingstmontag',
      fronleichnam: 'Fronleichnam',
      einheit: 'Tag der Deutschen Einheit',
      allerheiligen: 'Allerheiligen',
      weihnachten1: '1. Weihnachtstag',
      weihnachten2: '2. Weihnachtstag',
      reformationstag: 'Reformationstag',
    },
  },
  en: () => import('./detail.messages.en.js').then((module) => module.detailMessagesEn),
};
