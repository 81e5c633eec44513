export { MeetingAgenda, meetingStatus, type AgendaData, type MeetingStatus } from './meeting-agenda.js';
export type { AgendaMessages } from './meeting-agenda.messages.js';
