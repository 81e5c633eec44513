import type { DetailMessages } from './detail.messages.js';

function ordinal(n: number): string {
  const tens = n % 100;
  return `${n}${tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
}

/** English texts of the detail view, the Merkliste and the hours in words; loaded only by pages that show the finder in English. */
export const detailMessagesEn: DetailMessages = {
  call: 'Call',
  phone: 'Phone',
  contact: 'E-mail and web',
  emailAddress: 'E-mail',
  websiteAddress: 'Web',
  email: 'Write an e-mail',
  route: 'How to get there',
  website: 'Open the website',
  print: 'Print',
  hours: 'Opening hours',
  address: 'Address',
  forWhom: 'Who is it for?',
  ages: (min, max) => {
    if (min && max) return `Aged ${min} to ${max}`;
    return min ? `Aged ${min} and over` : `Up to the age of ${max}`;
  },
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
  monthly: (nth, weekday) => {
    if (nth === -1) return `Every last ${weekday} of the month`;
    return nth < 0 ? `Every ${ordinal(-nth)} to last ${weekday} of the month` : `Every ${ordinal(nth)} ${weekday} of the month`;
  },
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
};
