import type { ListMessages } from './meeting-list.messages.js';

/** English texts of <meeting-list>; loaded only by pages that show the list in English. */
export const listMessagesEn: ListMessages = {
  loading: 'Loading the meetings …',
  errorTitle: 'The meetings could not be loaded.',
  missingSource: 'No committee is given. Please set the attribute “organization” (committee), “body” (council) or “src” (mirror index).',
  upcomingHeading: 'Next meetings',
  pastHeading: 'Past meetings',
  noneUpcoming: 'No meetings are planned at the moment.',
  lastMeeting: 'The latest meeting:',
  nonePast: 'No meetings have been published.',
  statuses: { cancelled: 'cancelled', running: 'in progress', rescheduled: 'changed' },
  cancelledNotice: 'This meeting has been cancelled.',
  rescheduledNotice: 'The date has changed.',
  timeRange: (start, end) => `${start} to ${end}`,
  timeStart: (start) => start,
  noTime: 'time not given',
  place: 'Place',
  untitled: 'Meeting',
  agenda: 'Agenda',
  ofMeeting: (committee, day) => ` – ${committee}, ${day}`,
  addToCalendar: 'Add to calendar',
  calendarFailed: 'The calendar file could not be made. Please try again in a moment.',
  calendarCancelled: 'CANCELLED',
  calendarOpenEnd: 'end not fixed',
  subscribe: 'Subscribe to the calendar',
  subscribeHttps: 'Address of the calendar',
  subscribeHelp:
    'On a phone and in Apple Calendar, “Subscribe to the calendar” opens the subscription. In Outlook and Google Calendar, choose “Add calendar” → “From the internet” and paste the address of the calendar. New and changed meetings then appear by themselves.',
  downloadAll: (count) => (count === 1 ? 'Download this meeting (.ics)' : `Download these ${count} meetings (.ics)`),
  downloadAllFile: 'meetings',
  partial: 'Some details could not be loaded; the list may be incomplete.',
};
