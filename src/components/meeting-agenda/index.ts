export { MeetingAgenda, meetingStatus, type AgendaData } from './meeting-agenda.js';
export { calendarFile, calendarFileName, type CalendarEvent } from './ics.js';
export type { AgendaMessages } from './meeting-agenda.messages.js';
