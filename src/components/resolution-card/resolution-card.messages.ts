import type { Catalogue } from '../../core/i18n.js';
import type { LoadError } from '../../core/errors.js';
import type { Publicity } from '../../oparl/types.js';
import type { ParsedResult, VoteChoice } from '../../oparl/result.js';

/** The linked objects a card may fail to load, each named in its own note. */
export type Part = 'item' | 'meeting' | 'committee' | 'paper';
/** Why a linked object is missing (the states of `fetchLinked`). */
export type Absence = 'restricted' | 'missing' | 'failed';
/** What a copy button copied. */
export type CopyTarget = 'reference' | 'citation';

/** Every text of <resolution-card>; English must have each key (the type checks it). */
export interface ResolutionMessages {
  loading: string;
  errorTitle: string;
  loadingPart: string;
  decision: string;
  kind(result: ParsedResult): string;
  inferred: string;
  original: string;
  fromTitle: string;
  noResult: string;
  noItem: string;
  untitled: string;
  upcoming(date: string): string;
  amended: string;
  votes: string;
  readFromText: string;
  readFromResolution: string;
  voteOn(label: string): string;
  count(choice: VoteChoice, count: number): string;
  unanimous: string;
  majority: string;
  conflicting: string;
  unreadableTable: string;
  resolutionText: string;
  showMore: string;
  showLess: string;
  resolutionFile: string;
  noText: string;
  minutes: string;
  nonPublic: string;
  nonPublicNote: string;
  publicity(publicity: Publicity): string;
  item(number: string): string;
  cancelled: string;
  paper: string;
  reference: string;
  paperType: string;
  title: string;
  date: string;
  lead: string;
  originators: string;
  files: string;
  fileDetails(type: string | undefined, size: string | undefined): string;
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
  absent(part: Part, why: Absence, error: LoadError): string;
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

const KIND_DE: Record<string, string> = {
  adopted: 'Beschlossen',
  'adopted-amended': 'Geändert beschlossen',
  rejected: 'Abgelehnt',
  partially: 'Teilweise beschlossen',
  noted: 'Zur Kenntnis genommen',
  referred: 'Verwiesen',
  postponed: 'Vertagt',
  withdrawn: 'Zurückgezogen',
  removed: 'Abgesetzt',
  settled: 'Erledigt',
  'no-vote': 'Keine Abstimmung',
  recommended: 'Empfohlen (Vorberatung)',
  unknown: 'Ergebnis nicht eindeutig',
  none: 'Noch kein Ergebnis',
};

/** A decision in words from a table of labels; a referral names its body. */
export const label = (labels: Record<string, string>, to: string, result: ParsedResult): string => {
  const base = labels[result.withdrawal ?? result.kind]!;
  return result.referredTo ? `${base} ${to}: ${result.referredTo}` : base;
};

export const resolutionMessages: Catalogue<ResolutionMessages> = {
  de: {
    loading: 'Der Beschluss wird geladen …',
    errorTitle: 'Der Beschluss konnte nicht geladen werden.',
    loadingPart: 'wird geladen …',
    decision: 'Beschluss',
    kind: (result) => label(KIND_DE, 'an', result),
    inferred: 'abgeleitet aus dem Abstimmungsergebnis',
    original: 'Wortlaut des Ergebnisses',
    fromTitle: 'Laut Titel des Tagesordnungspunkts',
    noResult: 'Für diesen Tagesordnungspunkt ist kein Ergebnis veröffentlicht.',
    noItem: 'Für diese Beratung ist noch kein Tagesordnungspunkt veröffentlicht.',
    untitled: 'Ohne Bezeichnung',
    upcoming: (date) => `Der Punkt wird in der Sitzung am ${date} beraten.`,
    amended: 'Der Beschluss weicht vom Vorschlag der Vorlage ab.',
    votes: 'Abstimmung',
    readFromText: 'aus dem Ergebnistext gelesen',
    readFromResolution: 'aus dem Beschlusstext gelesen',
    voteOn: (label) => `Zu ${label})`,
    count: (choice, count) =>
      `${count} ${{ yes: 'Ja', no: 'Nein', abstain: count === 1 ? 'Enthaltung' : 'Enthaltungen', recused: 'befangen' }[choice]}`,
    unanimous: 'einstimmig',
    majority: 'mehrheitlich',
    conflicting: 'Der Text nennt widersprüchliche Zahlen; sie werden nicht angezeigt.',
    unreadableTable: 'Der Text enthält eine Abstimmungstabelle, deren Zahlen sich nicht sicher lesen lassen. Bitte den Wortlaut oder die Niederschrift beachten.',
    resolutionText: 'Beschlusstext',
    showMore: 'Ganzen Beschlusstext anzeigen',
    showLess: 'Beschlusstext kürzen',
    resolutionFile: 'Beschluss als Datei',
    noText: 'Beschlusstext liegt nicht vor.',
    minutes: 'Niederschrift der Sitzung',
    nonPublic: 'Nicht öffentlich beraten',
    nonPublicNote: 'Dieser Punkt wurde in nicht öffentlicher Sitzung beraten. Der Beschluss wird gegebenenfalls später bekannt gegeben.',
    publicity: (publicity) => (publicity === true ? 'öffentlich' : publicity === false ? 'nicht öffentlich' : 'Öffentlichkeit unbekannt'),
    item: (number) => `TOP ${number}`,
    cancelled: 'Sitzung abgesagt',
    paper: 'Vorlage',
    reference: 'Vorlagennummer',
    paperType: 'Art',
    title: 'Betreff',
    date: 'Datum',
    lead: 'Federführung',
    originators: 'Eingereicht von',
    files: 'Dokumente',
    fileDetails: (type, size) => [type, size].filter(Boolean).join(', '),
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
    absent: (part, why, error) =>
      `${{ item: 'Der Tagesordnungspunkt', meeting: 'Die Sitzung', committee: 'Das Gremium', paper: 'Die Vorlage' }[part]} ${
        why === 'restricted' ? 'ist nicht öffentlich verfügbar' : why === 'missing' ? 'wurde nicht gefunden' : `konnte nicht geladen werden${reason(error, false)}`
      }.`,
  },
  en: () => import('./resolution-card.messages.en.js').then((module) => module.resolutionMessagesEn),
};
