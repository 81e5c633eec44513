import { defineElement } from '../../core/define.js';
import { MeetingAgenda } from './meeting-agenda.js';

defineElement('meeting-agenda', MeetingAgenda);

export { MeetingAgenda };

declare global {
  interface HTMLElementTagNameMap {
    'meeting-agenda': MeetingAgenda;
  }
}
