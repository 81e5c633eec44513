import type { LoadError } from '../../core/errors.js';
import { reason, type Absence, type DetailsMessages, type Part } from './details.messages.js';

const NOUNS_EN: Record<Part, string> = { item: 'the agenda item', meeting: 'the meeting', committee: 'the committee', paper: 'the paper' };

const capitalise = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** "the meeting and the committee", "the meeting, the committee and the paper". */
const listEn = (words: string[]): string => (words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : (words[0] ?? ''));

/** "is not publicly available" / "were not found" / "could not be loaded (error 500)". */
function absenceEn(why: Absence, error: LoadError, plural: boolean): string {
  if (why === 'restricted') return plural ? 'are not publicly available' : 'is not publicly available';
  if (why === 'missing') return plural ? 'were not found' : 'was not found';
  return `could not be loaded${reason(error, true)}`;
}

/** English texts of the parts a card renders after its first render; loaded only by pages in English. */
export const detailsMessagesEn: DetailsMessages = {
  cancelled: 'Meeting cancelled',
  paper: 'Paper',
  absent: (part, why, error) => `${capitalise(NOUNS_EN[part])} ${absenceEn(why, error, false)}.`,
  absentTogether: (parts, why, error) => `${capitalise(listEn(parts.map((part) => NOUNS_EN[part])))} ${absenceEn(why, error, true)}.`,
  reference: 'Reference',
  paperType: 'Type',
  title: 'Subject',
  date: 'Date',
  lead: 'Lead department',
  originators: 'Submitted by',
  files: 'Documents',
  openPaper: 'Paper in the council information system',
  copy: 'Copy',
  copyCitation: 'Copy citation',
  copied: (target) => (target === 'reference' ? 'Reference copied.' : 'Citation copied.'),
  copyFailed: 'Copying is not possible here. Please select and copy the text yourself.',
  path: 'Path through the committees',
  noPath: 'No path through the committees has been published for this paper.',
  authoritative: 'deciding',
  thisItem: 'This decision',
  currentStep: 'Current stage',
  nextStep: 'Next step',
  notYet: 'Not discussed yet',
  noStepResult: 'No result published',
  unknownCommittee: 'Committee not stated',
  whatNext: 'What happens next?',
  next: (committee, date, role) => `Next step: ${committee}, ${date}${role ? ` (${role})` : ''}.`,
  concluded: (verdict, committee, date) => `The deliberation is complete: ${verdict} – ${committee}, ${date}.`,
  openEnd: 'No further meeting has been published.',
  stillLoading: 'Still loading the path …',
  cite: 'Cite',
  citation: (decided, committee, date, number, reference) => {
    let text = decided ? 'Decision' : 'Deliberation';
    if (committee) text += ` of the ${committee}`;
    if (date) text += ` of ${date}`;
    if (number) text += `, item ${number}`;
    return reference ? `${text} (paper ${reference})` : text;
  },
};
