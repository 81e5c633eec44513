/*
 * The decision behind an OParl `result` text. OParl has no structured outcome and no vote counts, so real
 * servers write both as free text ("mehrheitlich beschlossen", "Einstimmig15 Ja-Stimmen, 0 Nein-Stimmen",
 * "Ja: 6, Nein: 3, Enthaltungen: 0"). This module maps the text to a small vocabulary and reads the votes it
 * states. It is pure and never guesses a number: a count is only ever one the text spells out.
 */

/** The normalised decision. `none`: the server gave no result at all. */
export type ResultKind =
  | 'adopted'
  | 'adopted-amended'
  | 'rejected'
  | 'partially'
  | 'noted'
  | 'referred'
  | 'postponed'
  | 'withdrawn'
  | 'no-vote'
  | 'recommended'
  | 'unknown'
  | 'none';

/** The four ways to vote, as German council minutes count them. */
export type VoteChoice = 'yes' | 'no' | 'abstain' | 'recused';
export const VOTE_CHOICES: readonly VoteChoice[] = ['yes', 'no', 'abstain', 'recused'];

/** One vote as stated in the text. Every count is optional: a count the text does not state stays unknown. */
export interface VoteTally {
  /** The sub-question the vote was on ("a" for "a) …"), when the text holds several votes. */
  label: string | undefined;
  counts: Partial<Record<VoteChoice, number>>;
  /** Who cast those votes, as written: "CDU-Fraktion" in "1 Enthaltung CDU-Fraktion". */
  groups: Partial<Record<VoteChoice, string>>;
  /** "einstimmig" (no votes against). */
  unanimous: boolean;
  /** "mehrheitlich" or "mit Mehrheit". */
  majority: boolean;
  /** The text contradicts itself (a count stated twice with different values, or "einstimmig" with votes against). */
  conflicting: boolean;
}

export interface ParsedResult {
  kind: ResultKind;
  /** The kind follows from the votes alone: the text names no decision ("Einstimmig, 0 Enthaltungen"). */
  inferred: boolean;
  /** The decision departs from the proposal ("geändert beschlossen", "mit Änderungen"). */
  amended: boolean;
  /** For `referred`: the body it went to, as written ("Haupt- und Personalausschuss"). */
  referredTo: string | undefined;
  /** For `withdrawn`: which of the three it was. */
  withdrawal: 'withdrawn' | 'removed' | 'settled' | undefined;
  /** The votes read from the text (several when it lists votes on sub-questions a), b) …). */
  votes: VoteTally[];
  /** The text holds a vote table whose cells run together ("JaNeinEnthaltungBM1CDU91…"): not readable safely. */
  unreadableTable: boolean;
  /** The cleaned text that was read. */
  text: string | undefined;
}

// Numbers are digits (never a fourth digit: "2021 Ja" is not a vote) or spelled out up to twelve.
const NUMBER_WORDS = ['kein', 'ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'];
const NUMBER = `(?<!\\d)\\d{1,3}(?!\\d)|\\b(?:ohne|keine?[rn]?|eine?[rnm]?|${NUMBER_WORDS.slice(2).join('|')})\\b`;
// "Ja" must not start a longer word ("4 Jahre"); the other words may run into the next one, as they do in
// Hürtgenwald's texts ("0 Nein-Stimmend) 8 Ja-Stimmen").
const VOTE_WORD =
  '(?<![a-zäöüß])(ja(?:[\\s-]*stimmen?|(?![a-zäöüß]))|nein(?:[\\s-]*stimmen?)?|gegen[\\s-]*stimmen?|für[\\s-]*stimmen?|dafür|dagegen|(?:stimm)?enthaltung(?:en)?|befangen\\w*)';
/** "23 Ja- Stimmen", "1 Enthaltung", "ohne Gegenstimmen", "einer Enthaltung", "15-Ja-Stimmen". */
const COUNT_FIRST = new RegExp(`(${NUMBER})[\\s-]*${VOTE_WORD}`, 'gi');
/** "Ja: 6", "Enthaltungen = 0", "Ja 6 Nein 3". */
const WORD_FIRST = new RegExp(`${VOTE_WORD}\\s*[:=]?\\s*(\\d{1,3})(?!\\d)`, 'gi');
const ANY_VOTE_WORD = new RegExp(VOTE_WORD, 'i');
const ENDS_WITH_NUMBER = new RegExp(`(?:${NUMBER})[\\s-]*$`, 'i');
const GROUP = /^\s*(?:\(([^()]{2,80})\)|(?:(?:der|des|von|aus)\s+)?([^\s,;:.()\d][^,;:.()\d]{1,70}))/i;
/** A verdict word after the group ends it: "3 Gegenstimmen der Fraktion X beschlossen". */
const GROUP_END = /\s+(?:beschlossen|abgelehnt|zugestimmt|angenommen|empfohlen|genehmigt)\b.*$/i;
const GROUP_WORD = /fraktion|gruppe|partei|mitglied|\b(?:cdu|csu|spd|fdp|grüne|die linke|linke|afd|bsw|ödp|freie wähler|fw|piraten|volt)\b/i;
// Also the misspelling "einstimimig" of a real server; "nicht einstimmig" is not unanimous.
const UNANIMOUS = /(?<!nicht\s)\bein\s?sti[m]+i?m*ig/i;
const MAJORITY = /mehrheitlich|mit (?:großer |knapper )?mehrheit|stimmenmehrheit/i;
const TABLE = /ja\s*nein\s*(?:stimm)?enthaltung/i;

function numberValue(word: string): number {
  if (/^\d+$/.test(word)) return Number(word);
  const lower = word.toLowerCase();
  if (lower === 'ohne' || lower.startsWith('kein')) return 0;
  if (lower.startsWith('ein')) return 1;
  return NUMBER_WORDS.indexOf(lower);
}

function choiceOf(word: string): VoteChoice {
  const lower = word.toLowerCase();
  if (lower.startsWith('ja') || lower.startsWith('für') || lower === 'dafür') return 'yes';
  if (lower.startsWith('nein') || lower.startsWith('gegen') || lower === 'dagegen') return 'no';
  if (lower.startsWith('befangen')) return 'recused';
  return 'abstain';
}

/** Reads one vote from a piece of text; undefined when the text states nothing about votes. */
function readTally(text: string, label: string | undefined): VoteTally | undefined {
  const tally: VoteTally = { label, counts: {}, groups: {}, unanimous: UNANIMOUS.test(text), majority: MAJORITY.test(text), conflicting: false };
  const seen = new Set<VoteChoice>();
  const contradicted = new Set<VoteChoice>();
  const add = (choice: VoteChoice, value: number, rest: string) => {
    if (seen.has(choice)) {
      if (tally.counts[choice] !== value) contradicted.add(choice);
      return;
    }
    seen.add(choice);
    tally.counts[choice] = value;
    const group = GROUP.exec(rest);
    const name = (group?.[1] ?? group?.[2])?.replace(GROUP_END, '').trim();
    if (name && GROUP_WORD.test(name)) tally.groups[choice] = name;
  };
  // A text writes its counts one way; which way shows at its first vote word. Reading both ways at once would
  // pair a number with the wrong word ("Ja 6 Nein 3" is not "6 Nein").
  const first = ANY_VOTE_WORD.exec(text);
  const countFirst = first !== null && ENDS_WITH_NUMBER.test(text.slice(0, first.index));
  const pattern = countFirst ? COUNT_FIRST : WORD_FIRST;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const [whole, one = '', two = ''] = match;
    const rest = text.slice(match.index + whole.length);
    if (countFirst) add(choiceOf(two), numberValue(one), rest);
    else add(choiceOf(one), Number(two), rest);
  }
  // Stated twice with different values: keep neither rather than pick one.
  for (const choice of contradicted) {
    delete tally.counts[choice];
    tally.conflicting = true;
  }
  if (tally.unanimous && (tally.counts.no ?? 0) > 0) tally.conflicting = true;
  return seen.size > 0 || tally.unanimous || tally.majority ? tally : undefined;
}

/**
 * Splits "a) einstimmig, 0 Enthaltungenb) 9 Ja-Stimmen …" into its labelled parts. Only a run of labels
 * a), b), c) … in order counts, so a stray "c)" inside a sentence splits nothing.
 */
function labelledParts(text: string): { label: string | undefined; text: string }[] {
  const marks: { label: string; at: number; end: number }[] = [];
  const pattern = /([a-h])\)/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const expected = String.fromCharCode(97 + marks.length);
    if (match[1] === expected && (marks.length > 0 || /^\W*$/.test(text.slice(0, match.index)) || /\s$/.test(text.slice(0, match.index)))) {
      marks.push({ label: expected, at: match.index, end: match.index + match[0].length });
    }
  }
  if (marks.length < 2) return [{ label: undefined, text }];
  return marks.map((mark, index) => ({ label: mark.label, text: text.slice(mark.end, marks[index + 1]?.at ?? text.length) }));
}

/** Every vote the text states, in order. */
export function parseVotes(text: string | undefined): VoteTally[] {
  if (!text || TABLE.test(text)) return [];
  return labelledParts(text)
    .map((part) => readTally(part.text, part.label))
    .filter((tally): tally is VoteTally => tally !== undefined);
}

/** Whether a vote carried the proposal: more yes than no (a tie rejects), or unanimous; undefined when the text does not tell. */
export function carried(tally: VoteTally): boolean | undefined {
  const { yes, no } = tally.counts;
  if (yes !== undefined && no !== undefined && !tally.conflicting) return yes > no;
  // "einstimmig" or "mehrheitlich" without counts: the proposal carried, by all or by most.
  if ((tally.unanimous || tally.majority) && !tally.conflicting && yes === undefined && no === undefined) return true;
  if (tally.unanimous && !tally.conflicting && yes !== undefined && yes > 0) return true;
  return undefined;
}

// The verdict words, checked in this order: the first that matches decides. Earlier rules are the ones that
// contain later ones ("teilweise zugestimmt" is not "zugestimmt", "nicht beschlossen" is not "beschlossen").
const NOT_AMENDED = /\b(?:un|ohne\s+)(?:ge|ab|ver)?änder/i;
const AMENDED = /(?:ge|ab|ver)änderte[mnrs]?\b|geändert|änderung|modifiziert|ergänzt|in der fassung/i;
// No \b here: JavaScript's \b does not see a word start before "Ü" ("Überweisung").
const REFERRED = /(?:verwiesen|überwiesen|verweisung|überweisung|weitergeleitet|weiterbehandlung|beratung im fachgremium)/i;
const REFERRED_TO = /(?:verwiesen|überwiesen|verweisung|überweisung|weitergeleitet|weiterbehandlung|beratung)\s+(?:zur\s+\S+\s+beratung\s+)?(?:in|an|im|in den|in die|ins)\s+(?:den|die|das|dem|der)?\s*([^.;,()]{2,120})/i;
const RULES: [ResultKind, RegExp][] = [
  ['partially', /\bteilweise\b|\bin teilen\b|\bzum teil\b/i],
  ['referred', REFERRED],
  ['postponed', /vertagt|vertagung|verschoben|zurückgestellt|angehalten/i],
  ['withdrawn', /zurückgezogen|zurückgenommen|abgesetzt|\berledigt/i],
  ['recommended', /empf(?:ohlen|iehlt|ehlung)|vorberaten|vorberatung/i],
  ['rejected', /abgelehnt|ablehnung|stimmengleichheit|nicht\s+(?:beschlossen|zugestimmt|angenommen|genehmigt)/i],
  ['noted', /kenntnis/i],
  ['adopted', /beschlossen|beschließt|beschluss gefasst|zugestimmt|zustimmung|genehmigt|gewählt|einverstanden|angenommen|bestätigt|entsprochen/i],
  ['no-vote', /keine abstimmung|nicht zur abstimmung|ohne abstimmung|ohne beschluss|entf[äa]ll|^ohne\.?$/i],
];

/** How an item left the agenda: taken off it ("abgesetzt"), settled ("erledigt"), or withdrawn. */
function withdrawal(text: string): ParsedResult['withdrawal'] {
  if (/abgesetzt/i.test(text)) return 'removed';
  if (/erledigt/i.test(text)) return 'settled';
  return 'withdrawn';
}

/**
 * Maps a result text to the vocabulary and reads its votes. `undefined` or an empty text gives `none`.
 * With no verdict word the votes decide (`inferred`); with neither the kind is `unknown`.
 */
export function parseResult(text: string | undefined): ParsedResult {
  const clean = text?.replace(/\s+/g, ' ').trim() || undefined;
  const result: ParsedResult = {
    kind: clean ? 'unknown' : 'none',
    inferred: false,
    amended: false,
    referredTo: undefined,
    withdrawal: undefined,
    votes: parseVotes(clean),
    unreadableTable: clean !== undefined && TABLE.test(clean),
    text: clean,
  };
  if (!clean) return result;
  const rule = RULES.find(([, pattern]) => pattern.test(clean));
  if (rule) result.kind = rule[0];
  else if (result.votes.length) {
    const outcomes = result.votes.map(carried);
    if (outcomes.every((outcome) => outcome === true)) result.kind = 'adopted';
    else if (outcomes.every((outcome) => outcome === false)) result.kind = 'rejected';
    else if (outcomes.includes(true) && outcomes.includes(false)) result.kind = 'partially';
    result.inferred = result.kind !== 'unknown';
  }
  // Only a decision that was taken can depart from the proposal ("Änderungsantrag abgelehnt" departs from nothing).
  result.amended = ['adopted', 'recommended', 'partially'].includes(result.kind) && AMENDED.test(clean) && !NOT_AMENDED.test(clean);
  if (result.kind === 'adopted' && result.amended) result.kind = 'adopted-amended';
  if (result.kind === 'referred') result.referredTo = REFERRED_TO.exec(clean)?.[1]?.replace(/\s+(?:verwiesen|überwiesen|weitergeleitet)$/i, '').trim();
  if (result.kind === 'withdrawn') {
    result.withdrawal = withdrawal(clean);
  }
  return result;
}

/** True for a decision on the matter itself: the step is done and its outcome final. */
export function isFinal(kind: ResultKind): boolean {
  return kind === 'adopted' || kind === 'adopted-amended' || kind === 'rejected' || kind === 'partially' || kind === 'noted' || kind === 'withdrawn';
}

const TITLE_STATUS = /(?:^|[\s(–-])(vertagt|abgesetzt|zurückgezogen|entfällt|entfallen)(?=$|[\s).,;–-])/i;

/** A status word in an agenda item's title ("- vertagt -", Karlsruhe), the result when the server gives none. */
export function titleStatus(title: string | undefined): string | undefined {
  return TITLE_STATUS.exec(title ?? '')?.[1]?.toLowerCase();
}
