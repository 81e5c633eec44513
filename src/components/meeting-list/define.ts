import { defineElement } from '../../core/define.js';
import { MeetingList } from './meeting-list.js';

defineElement('meeting-list', MeetingList);

export { MeetingList };

declare global {
  interface HTMLElementTagNameMap {
    'meeting-list': MeetingList;
  }
}
