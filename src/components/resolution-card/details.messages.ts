import type { LoadError } from '../../core/errors.js';
import type { Catalogue } from '../../core/i18n.js';

/** The linked objects a card may fail to load, each named in its own note. */
export type Part = 'item' | 'meeting' | 'committee' | 'paper';
/** Why a linked object is missing (the states of `fetchLinked`). */
export type Absence = 'restricted' | 'missing' | 'failed';
/** What a copy button copied. */
export type CopyTarget = 'reference' | 'citation';

/**
 * The texts of the parts a card renders after its first render (details.ts): the paper, the Beratungsfolge,
 * the citation and copying. English must have each key (the type checks it).
 */
export interface DetailsMessages {
  cancelled: string;
  paper: string;
  absent(part: Part, why: Absence, error: LoadError): string;
  /** Several parts missing for the same reason, in one sentence: "Sitzung und Gremium wurden nicht gefunden." */
  absentTogether(parts: Part[], why: Absence, error: LoadError): string;
  reference: string;
  paperType: string;
  title: string;
  date: string;
  lead: string;
  originators: string;
  files: string;
  openPaper: string;
  copy: string;
  copyCitation: string;
  copied(target: CopyTarget): string;
  copyFailed: string;
  path: string;
  noPath: string;
  authoritative: string;
  thisItem: string;
  currentStep: string;
  nextStep: string;
  notYet: string;
  noStepResult: string;
  unknownCommittee: string;
  whatNext: string;
  next(committee: string, date: string, role: string | undefined): string;
  concluded(verdict: string, committee: string, date: string): string;
  openEnd: string;
  stillLoading: string;
  cite: string;
  citation(decided: boolean, committee: string | undefined, date: string | undefined, number: string | undefined, reference: string | undefined): string;
}

/** The short cause behind "konnte nicht geladen werden" (shared with the English catalogue). */
export const reason = (error: LoadError, en: boolean): string => {
  if (error.kind === 'http') return ` (${en ? 'error' : 'Fehler'} ${error.status ?? '?'})`;
  if (error.kind === 'timeout') return en ? ' (no answer in time)' : ' (keine Antwort)';
  if (error.kind === 'invalid-json') return en ? ' (damaged answer)' : ' (Antwort beschädigt)';
  return '';
};

/** "Ausschuss für Soziales" → "des Ausschusses für Soziales"; names it cannot inflect safely stay undefined. */
export function genitive(name: string): string | undefined {
  const match = /^((?:\S+-\s+und\s+)?)(\S*?)(rat|ausschuss|beirat|tag|gremium|vertretung|kommission|konferenz|versammlung)(\b.*)$/i.exec(name);
  if (!match) return undefined;
  const [, prefix = '', stem = '', head = '', rest = ''] = match;
  const word = `${stem}${head}`;
  const lower = head.toLowerCase();
  if (/vertretung|kommission|konferenz|versammlung/.test(lower)) return `der ${prefix}${word}${rest}`;
  return `des ${prefix}${word}${lower === 'gremium' ? 's' : 'es'}${rest}`;
}

const SUBJECTS_DE: Record<Part, string> = { item: 'Der Tagesordnungspunkt', meeting: 'Die Sitzung', committee: 'Das Gremium', paper: 'Die Vorlage' };
const NOUNS_DE: Record<Part, string> = { item: 'Tagesordnungspunkt', meeting: 'Sitzung', committee: 'Gremium', paper: 'Vorlage' };

/** "Sitzung und Gremium", "Sitzung, Gremium und Vorlage". */
const listDe = (words: string[]): string => (words.length > 1 ? `${words.slice(0, -1).join(', ')} und ${words.at(-1)}` : (words[0] ?? ''));

/** "ist nicht öffentlich verfügbar" / "wurden nicht gefunden" / "konnte nicht geladen werden (Fehler 500)". */
function absenceDe(why: Absence, error: LoadError, plural: boolean): string {
  if (why === 'restricted') return plural ? 'sind nicht öffentlich verfügbar' : 'ist nicht öffentlich verfügbar';
  if (why === 'missing') return plural ? 'wurden nicht gefunden' : 'wurde nicht gefunden';
  return `${plural ? 'konnten' : 'konnte'} nicht geladen werden${reason(error, false)}`;
}

export const detailsMessages: Catalogue<DetailsMessages> = {
  de: {
    cancelled: 'Sitzung abgesagt',
    paper: 'Vorlage',
    absent: (part, why, error) => `${SUBJECTS_DE[part]} ${absenceDe(why, error, false)}.`,
    absentTogether: (parts, why, error) => `${listDe(parts.map((part) => NOUNS_DE[part]))} ${absenceDe(why, error, true)}.`,
    reference: 'Vorlagennummer',
    paperType: 'Art',
    title: 'Betreff',
    date: 'Datum',
    lead: 'Federführung',
    originators: 'Eingereicht von',
    files: 'Dokumente',
    openPaper: 'Vorlage im Ratsinformationssystem',
    copy: 'Kopieren',
    copyCitation: 'Zitat kopieren',
    copied: (target) => (target === 'reference' ? 'Vorlagennummer kopiert.' : 'Zitat kopiert.'),
    copyFailed: 'Kopieren ist hier nicht möglich. Bitte markieren und kopieren Sie den Text selbst.',
    path: 'Beratungsfolge',
    noPath: 'Zu dieser Vorlage ist keine Beratungsfolge veröffentlicht.',
    authoritative: 'beschließend',
    thisItem: 'Dieser Beschluss',
    currentStep: 'Aktueller Stand',
    nextStep: 'Nächster Schritt',
    notYet: 'Noch nicht beraten',
    noStepResult: 'Kein Ergebnis veröffentlicht',
    unknownCommittee: 'Gremium nicht angegeben',
    whatNext: 'Wie geht es weiter?',
    next: (committee, date, role) => `Nächster Schritt: ${committee}, ${date}${role ? ` (${role})` : ''}.`,
    concluded: (verdict, committee, date) => `Die Beratung ist abgeschlossen: ${verdict} – ${committee}, ${date}.`,
    openEnd: 'Ein weiterer Beratungstermin ist nicht veröffentlicht.',
    stillLoading: 'Die Beratungsfolge wird noch geladen …',
    cite: 'Zitieren',
    citation: (decided, committee, date, number, reference) => {
      const body = committee && genitive(committee);
      let text = decided ? 'Beschluss' : 'Beratung';
      if (body) text += ` ${body}`;
      else if (committee) text += ` (${committee})`;
      if (date) text += ` vom ${date}`;
      if (number) text += `, TOP ${number}`;
      return reference ? `${text} (Vorlage ${reference})` : text;
    },
  },
  en: () => import('./details.messages.en.js').then((module) => module.detailsMessagesEn),
};
