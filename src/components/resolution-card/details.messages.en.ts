import { reason, type DetailsMessages } from './details.messages.js';

/** English texts of the parts a card renders after its first render; loaded only by pages in English. */
export const detailsMessagesEn: DetailsMessages = {
  cancelled: 'Meeting cancelled',
  paper: 'Paper',
  absent: (part, why, error) =>
    `${{ item: 'The agenda item', meeting: 'The meeting', committee: 'The committee', paper: 'The paper' }[part]} ${
      why === 'restricted' ? 'is not publicly available' : why === 'missing' ? 'was not found' : `could not be loaded${reason(error, true)}`
    }.`,
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
