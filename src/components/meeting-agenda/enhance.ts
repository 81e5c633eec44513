/*
 * What the agenda does after its first render, loaded from a chunk of its own so that the first render
 * carries none of it: paper chips for the items on screen, opening a decision in place, and jumping to the
 * item a link points to.
 */
export { DecisionToggles } from './decisions.js';
export { PaperChipLoader } from './paper-chips.js';

/**
 * Fragment links cannot reach into a shadow root by themselves: shows, marks and focuses the agenda item
 * named in the address ("#top-oe-15"). Returns its id, or undefined when the address names none here.
 */
export function showItemFromHash(root: ParentNode): string | undefined {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id.startsWith('top-')) return undefined;
  const target = root.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`);
  if (!target) return undefined;
  root.querySelectorAll('.targeted').forEach((element) => element.classList.remove('targeted'));
  target.classList.add('targeted');
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
  return id;
}
