import type { Catalogue } from '../../core/i18n.js';
import type { HolidayKey } from '../../hsds/finder/holidays.js';

/** Texts of the detail view, the Merkliste and the hours in words (loaded with those views). */
export interface DetailMessages {
  call: string;
  phone: string;
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

function ordinal(n: number): string {
  const tens = n % 100;
  return `${n}${tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
}

export const detailMessages: Catalogue<DetailMessages> = {
  de: {
    call: 'Anrufen',
    phone: 'Telefon',
    email: 'E-Mail schreiben',
    route: 'Weg dorthin',
    website: 'Website öffnen',
    print: 'Drucken',
    hours: 'Öffnungszeiten',
    address: 'Adresse',
    forWhom: 'Für wen?',
    ages: (min, max) => (min && max ? `Von ${min} bis ${max} Jahren` : min ? `Ab ${min} Jahren` : `Bis ${max} Jahre`),
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
    monthly: (nth, weekday) => `Jeden ${nth === -1 ? 'letzten' : nth < 0 ? `${-nth}.-letzten` : `${nth}.`} ${weekday} im Monat`,
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
  en: {
    call: 'Call',
    phone: 'Phone',
    email: 'Write an e-mail',
    route: 'How to get there',
    website: 'Open the website',
    print: 'Print',
    hours: 'Opening hours',
    address: 'Address',
    forWhom: 'Who is it for?',
    ages: (min, max) => (min && max ? `Aged ${min} to ${max}` : min ? `Aged ${min} and over` : `Up to the age of ${max}`),
    apply: 'What to do',
    bring: 'Please bring',
    languages: 'Languages',
    interpretation: 'Interpreting',
    about: 'Description',
    provider: 'Provider',
    notice: 'Please note',
    checked: (date) => `Last checked: ${date}`,
    stale: (months) => `This information is more than ${months} months old. Please phone before you visit.`,
    notFound: 'This service does not exist or no longer exists.',
    savedTitle: 'Your saved list',
    savedEmpty: 'Your saved list is empty. Press “Save” to keep a service here. The list stays on this device.',
    savedMissing: (n) => `${n === 1 ? 'One saved service is' : `${n} saved services are`} no longer available.`,
    remove: 'Remove',
    printSaved: 'Print the saved list',
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    dayRange: (from, to) => `${from} to ${to}`,
    daily: 'Daily',
    everyWeeks: (interval, weekday) => `Every ${interval} weeks on ${weekday}`,
    monthly: (nth, weekday) => `Every ${nth === -1 ? 'last' : nth < 0 ? `${ordinal(-nth)} to last` : ordinal(nth)} ${weekday} of the month`,
    monthDay: (day) => (day < 0 ? 'On the last day of the month' : `On the ${ordinal(day)} of every month`),
    validFrom: (date) => `from ${date}`,
    validTo: (date) => `until ${date}`,
    holidaysClosed: 'Closed on public holidays.',
    closedOnHoliday: (date, name) => `Closed on ${date} (${name}).`,
    holidays: {
      neujahr: 'New Year’s Day',
      karfreitag: 'Good Friday',
      ostermontag: 'Easter Monday',
      maifeiertag: 'Labour Day',
      himmelfahrt: 'Ascension Day',
      pfingstmontag: 'Whit Monday',
      fronleichnam: 'Corpus Christi',
      einheit: 'German Unity Day',
      allerheiligen: 'All Saints’ Day',
      weihnachten1: 'Christmas Day',
      weihnachten2: 'Boxing Day',
      reformationstag: 'Reformation Day',
    },
  },
};
