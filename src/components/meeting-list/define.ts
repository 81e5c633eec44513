import { MeetingList } from './meeting-list.js';

/*
 * The CDN's meeting-list.js (budget 12 KB, no Lit: see CONTRIBUTING). It registers with the plain guard, as
 * the consent core does (a tag already taken, say by herne-widgets.js on the same page, is left alone),
 * rather than core/define.ts's defineElement: its version warning and re-registration under a second tag
 * cost 0.18 KB here, which the budget does not have. A partner who registers the class under a tag of their
 * own uses defineElement from the package as usual.
 */
if (!customElements.get('meeting-list')) customElements.define('meeting-list', MeetingList);

export { MeetingList };

declare global {
  interface HTMLElementTagNameMap {
    'meeting-list': MeetingList;
  }
}
