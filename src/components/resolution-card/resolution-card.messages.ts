import type { Catalogue } from '../../core/i18n.js';
import type { Publicity } from '../../oparl/types.js';
import type { ParsedResult, VoteChoice } from '../../oparl/result.js';
import { byPublicity } from '../../oparl/publicity.js';

/**
 * The texts of the card's first render (the decision); English must have each key (the type checks it). The
 * texts of the parts that render after it are in details.messages.ts.
 */
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
  /** The verdict when the decision is published only as a file. */
  decisionDocument: string;
  noText: string;
  minutes: string;
  nonPublic: string;
  nonPublicNote: string;
  publicity(publicity: Publicity): string;
  item(number: string): string;
  /** Where a part would be when the code that renders it could not load. */
  unavailable: string;
  detailsUnavailable: string;
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
    decisionDocument: 'Beschluss als Dokument',
    noText: 'Beschlusstext liegt nicht vor.',
    minutes: 'Niederschrift der Sitzung',
    nonPublic: 'Nicht öffentlich beraten',
    nonPublicNote: 'Dieser Punkt wurde in nicht öffentlicher Sitzung beraten. Der Beschluss wird gegebenenfalls später bekannt gegeben.',
    publicity: (publicity) => byPublicity(publicity, { public: 'öffentlich', closed: 'nicht öffentlich', unknown: 'Öffentlichkeit unbekannt' }),
    item: (number) => `TOP ${number}`,
    unavailable: 'Dieser Teil konnte nicht geladen werden.',
    detailsUnavailable: 'Sitzung, Vorlage, Beratungsfolge und Zitat konnten nicht geladen werden.',
  },
  en: () => import('./resolution-card.messages.en.js').then((module) => module.resolutionMessagesEn),
};
