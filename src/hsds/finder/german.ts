/*
 * German term processing for the search: case, umlauts and ß folded both ways ("Ärztin", "aerztin" and
 * "arztin" become one term), a light suffix stemmer, compound parts from a small domain lexicon
 * ("Pflegeberatung" is also found as "Beratung") and everyday words for official terms ("Rente" finds
 * "Grundsicherung"). Index and query go through the same steps, so they meet.
 */
import { fold } from './fold.js';

export { fold };

// Longest first; a stem keeps at least four letters, so "Haus" stays "haus" and "Rente" becomes "rent".
const SUFFIXES = ['innen', 'en', 'er', 'es', 'in', 'e', 'n', 's'];

/** Strips one inflection suffix: "Seniorinnen" → "senior", "Apotheken" → "apothek". */
export function stem(folded: string): string {
  for (const suffix of SUFFIXES) {
    if (folded.endsWith(suffix) && folded.length - suffix.length >= 4) return folded.slice(0, -suffix.length);
  }
  return folded;
}

/** Words that carry no meaning in a search for an offer (folded); leaving them out also keeps the index small. */
const STOP_WORDS = new Set([
  'und', 'oder', 'aber', 'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines',
  'fur', 'mit', 'von', 'vom', 'zu', 'zum', 'zur', 'im', 'in', 'am', 'an', 'auf', 'aus', 'bei', 'bis', 'nach', 'uber',
  'um', 'unter', 'vor', 'durch', 'ohne', 'gegen', 'ich', 'du', 'er', 'sie', 'es', 'wir', 'ihr', 'mir', 'mich', 'dir',
  'dich', 'uns', 'euch', 'ihn', 'ihm', 'ihnen', 'mein', 'meine', 'meinen', 'meinem', 'meiner', 'dein', 'deine',
  'sein', 'seine', 'ihre', 'ihren', 'ihrem', 'ihrer', 'unser', 'unsere', 'unseren', 'sich', 'ist', 'sind', 'war',
  'wird', 'werden', 'wurde', 'kann', 'konnen', 'soll', 'sollen', 'muss', 'mussen', 'will', 'auch', 'noch', 'nur',
  'schon', 'sehr', 'mehr', 'nicht', 'kein', 'keine', 'so', 'als', 'wie', 'was', 'wer', 'wo', 'wenn', 'dass', 'da',
  'hier', 'dort', 'man', 'alle', 'jede', 'jeden', 'jeder', 'suche', 'brauche', 'gibt', 'the', 'and', 'of', 'to',
]);

/** Parts of compounds worth finding on their own ("Tagespflege" → "Tage", "Pflege"), written as words. */
const LEXICON = [
  'Beratung', 'Pflege', 'Hilfe', 'Dienst', 'Wohnen', 'Wohnung', 'Haus', 'Gruppe', 'Treff', 'Arzt', 'Apotheke',
  'Rente', 'Demenz', 'Sport', 'Frühstück', 'Café', 'Netz', 'Nachbar', 'Sicherheit', 'Notruf', 'Essen', 'Mahlzeit',
  'Fahrt', 'Begleitung', 'Besuch', 'Selbsthilfe', 'Angehörige', 'Senioren', 'Tage', 'Kurzzeit', 'Quartier',
  'Begegnung', 'Stelle', 'Büro', 'Verein', 'Kurs', 'Tanz', 'Gymnastik', 'Bewegung', 'Einkauf', 'Haushalt',
  'Vorsorge', 'Vollmacht', 'Betreuung', 'digital', 'Handy', 'Computer', 'Medikament', 'Gesundheit', 'Praxis',
  'Mobilität', 'Gemeinschaft', 'Generation', 'Kultur', 'Sprechstunde', 'Zentrum',
];

/**
 * Everyday words and the official terms they should find, as groups. Any word of a group finds the others, so
 * "Pflegegrad" finds "Pflegekasse" and "Quartiersbüro" finds "Nachbarschaft".
 */
const SYNONYM_GROUPS = [
  ['Rente', 'Grundsicherung', 'Rentenversicherung', 'Altersrente', 'Geld', 'Wohngeld'],
  ['Pflegegrad', 'Pflegestufe', 'Pflegekasse', 'Pflegeversicherung', 'Begutachtung', 'Pflegeberatung'],
  ['Demenz', 'Alzheimer', 'Gedächtnis', 'vergesslich'],
  ['Nachbarschaft', 'Nachbarn', 'Quartier', 'Quartiersbüro', 'ZWAR', 'Begegnung', 'Netzwerk', 'Treffpunkt'],
  ['Arzt', 'Ärztin', 'Hausarzt', 'Doktor', 'Praxis'],
  ['Essen', 'Mahlzeit', 'Mittagstisch', 'Menüservice'],
  ['Notruf', 'Hausnotruf', 'Notrufknopf'],
  ['Wohnung', 'Wohnen', 'WG', 'Wohngemeinschaft', 'Mehrgenerationenhaus'],
  ['putzen', 'Haushalt', 'Haushaltshilfe'],
  ['Betrug', 'Enkeltrick', 'Sicherheitsberater', 'Sicherheit'],
  ['Sport', 'Bewegung', 'Gymnastik', 'Sturzprävention'],
  ['Vollmacht', 'Vorsorgevollmacht', 'Betreuungsverfügung', 'Patientenverfügung'],
  ['einsam', 'allein', 'Besuchsdienst'],
  ['Heim', 'Pflegeheim', 'Kurzzeitpflege', 'Tagespflege'],
  ['Handy', 'Smartphone', 'Computer', 'Internet', 'digital'],
  ['Fahrdienst', 'Begleitung', 'Mobilität'],
];

/** A query or document word as a search term: folded and stemmed, or null for stop words, numbers and single letters. */
export function queryTerm(word: string): string | null {
  const folded = fold(word);
  // Bare numbers (house numbers, years) are not searched for and would only fill the index.
  return folded.length < 2 || STOP_WORDS.has(folded) || /^\d+$/.test(folded) ? null : stem(folded);
}

const termsOf = (words: readonly string[]) => words.flatMap((word) => queryTerm(word) ?? []);

/*
 * The lexicon's pattern and the synonym table are made on first use: only the search needs them, and code that
 * only folds names (the element on the page) does not carry them.
 */
let lexiconPattern: RegExp | undefined;
let synonyms: Map<string, string[]> | undefined;

/** All lexicon terms, longest first. */
function lexicon(): RegExp {
  lexiconPattern ??= new RegExp(
    termsOf(LEXICON)
      .sort((a, b) => b.length - a.length)
      .join('|'),
    'g',
  );
  return lexiconPattern;
}

/** From a term to the other terms of its group. */
function synonymTable(): Map<string, string[]> {
  if (!synonyms) {
    synonyms = new Map();
    for (const group of SYNONYM_GROUPS) {
      const words = termsOf(group);
      for (const word of words) synonyms.set(word, [...new Set([...(synonyms.get(word) ?? []), ...words.filter((other) => other !== word)])]);
    }
  }
  return synonyms;
}

const indexCache = new Map<string, string[] | null>();

/** The lexicon words inside a long term ("pflegeberatung" → "pfleg", "beratung"). */
export function compoundParts(term: string): string[] {
  return term.length > 6 ? [...new Set(term.match(lexicon()))].filter((part) => part !== term) : [];
}

/** A document word as index terms: the term, and the lexicon words inside a compound. Cached: words repeat. */
export function indexTerms(word: string): string[] | null {
  let terms = indexCache.get(word);
  if (terms === undefined) {
    const term = queryTerm(word);
    terms = term === null ? null : [term, ...compoundParts(term)];
    if (indexCache.size > 50_000) indexCache.clear();
    indexCache.set(word, terms);
  }
  return terms;
}

/** The other terms an everyday word should also find. */
export function synonymsOf(term: string): string[] {
  return synonymTable().get(term) ?? [];
}
