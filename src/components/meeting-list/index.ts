export { MeetingList, agendaLink, webcalLink } from './meeting-list.js';
export type { ListMessages } from './meeting-list.messages.js';
