import MiniSearch, { type Query } from 'minisearch';
import { isRecord } from '../../core/sanitize.js';
import { textOf } from '../../hsds/text.js';
import { compoundParts, indexTerms, queryTerm, synonymsOf } from './german.js';
import { placeByCode, type Offer, type Topic } from './profile.js';

/*
 * The search: minisearch with German term processing. Loaded when a person first uses the search box (or a link
 * carries search words), so that the start screen, the topics and the districts work without it.
 */

/** Words are runs of letters and digits (Latin, Greek, Cyrillic, Arabic, … and CJK); everything else separates. */
const WORD_BREAK = /[^0-9A-Za-z\u00c0-\u024f\u0370-\u1fff\u3040-\u9fff\uac00-\ud7af]+/;
export const tokenize = (text: string): string[] => text.split(WORD_BREAK).filter(Boolean);

/** The query terms of a search text (folded, stemmed, without stop words); empty when there is nothing to search. */
export function queryTerms(text: string): string[] {
  return tokenize(text).flatMap((word) => queryTerm(word) ?? []);
}

/**
 * How often a term occurs in each offer of one field, as minisearch reads it while searching (`size`, `keys()`,
 * `get(offer)`). Two parallel arrays in offer order instead of a Map: filled with pushes, no hash table per term
 * and field (a city's 2,000 offers make some 80,000 entries), looked up by binary search.
 */
class Frequencies {
  readonly docs: number[] = [];
  readonly counts: number[] = [];
  get size(): number {
    return this.docs.length;
  }
  keys(): IterableIterator<number> {
    return this.docs.values();
  }
  get(doc: number): number | undefined {
    const { docs } = this;
    let low = 0;
    let high = docs.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const at = docs[middle]!;
      if (at === doc) return this.counts[middle];
      if (at < doc) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }
}

/** One term while indexing: its frequencies per field (by field id), also kept as minisearch keeps them. */
interface TermPostings {
  fields: Array<Frequencies | undefined>;
  data: Map<number, Frequencies>;
}

/** A word while indexing: its terms, and the offer and field it was last seen in (`doc * 3 + field`: each counts once). */
interface WordEntry {
  stamp: number;
  terms: TermPostings[];
}

/** The index's fields (their ids are their positions), and how much a match in each weighs. */
export const FIELDS = ['name', 'keywords', 'text'];
export const SEARCH_OPTIONS = { tokenize, processTerm: (term: string) => term, boost: { name: 4, keywords: 2 } };

/** The short texts that describe an offer: topics, provider, quarter and district, areas served. */
function keywordParts({ service, topics, place }: Offer, topicName: (topic: Topic) => string): string[] {
  const organization = service.source['organization'];
  const parts = topics.map(topicName);
  parts.push((isRecord(organization) && textOf(organization['name'])) || '', place?.name ?? '', placeByCode(place?.district)?.name ?? '', ...service.areas);
  return parts;
}

/**
 * What the index reads of an offer, in FIELDS order: the name; the keywords (topics, provider, quarter and
 * district, areas served); the description.
 */
export function searchFields(offer: Offer, topicName: (topic: Topic) => string): string[] {
  return [offer.service.name, keywordParts(offer, topicName).join(' '), offer.service.description ?? ''];
}

/**
 * minisearch filled in one go. Its own `add` walks the radix tree of terms for every word of every offer; here
 * each term's postings are collected in hash maps first and the tree gets each distinct term once, through the
 * members minisearch keeps `protected` for subclasses. Search is minisearch's own, unchanged.
 */
class Engine extends MiniSearch {
  constructor(ids: readonly string[], fieldLength: Map<number, number[]>, averageFieldLength: number[], terms: Map<string, TermPostings>) {
    super({ fields: FIELDS, searchOptions: SEARCH_OPTIONS });
    ids.forEach((id, doc) => {
      this._documentIds.set(doc, id);
      this._idToShortId.set(id, doc);
    });
    this._documentCount = this._nextId = ids.length;
    this._fieldLength = fieldLength;
    this._avgFieldLength = averageFieldLength;
    // Frequencies offers what minisearch's search reads of its Map (size, keys, get); the index is not changed later.
    for (const [term, { data }] of terms) this._index.set(term, data as unknown as Map<number, Map<number, number>>);
  }
}

/**
 * The full-text index of the offers: minisearch with German term processing. A name match weighs most, then
 * keywords, then running text. Every word of the query must match (AND): by prefix, with small typos forgiven
 * from five letters on, through its compound parts ("Seniorenberatung" finds "Senioren- und Pflegeberatung"),
 * or through everyday synonyms, which together weigh at most half a direct match.
 */
export class OfferIndex {
  constructor(private readonly mini: MiniSearch) {}

  /** Scores by offer id for a search text; undefined when the text has no searchable word. */
  search(text: string): Map<string, number> | undefined {
    const terms = queryTerms(text);
    if (!terms.length) return undefined;
    const query: Query = {
      combineWith: 'AND',
      queries: terms.map((term): Query => {
        const synonyms = synonymsOf(term);
        const parts = compoundParts(term);
        const alternatives: Query[] = [{ queries: [term], prefix: term.length >= 3, fuzzy: term.length >= 5 ? 0.2 : false }];
        if (parts.length > 1) alternatives.push({ queries: parts, combineWith: 'AND', prefix: true, fuzzy: false, boostTerm: () => 0.5 / parts.length });
        if (synonyms.length) alternatives.push({ queries: synonyms, combineWith: 'OR', prefix: true, fuzzy: false, boostTerm: () => 0.5 / synonyms.length });
        return { combineWith: 'OR', queries: alternatives };
      }),
    };
    return new Map(this.mini.search(query).map((result) => [String(result.id), result.score]));
  }
}

/**
 * Indexes the offers; `topicName` gives the words a topic is found by. Each word counts once per field: term
 * frequency matters little in texts this short. The index is the one minisearch's `addAll` builds with the same
 * tokenizer and term processing, to the last score (the tests compare them), in far less time (see Engine).
 * Plain loops: this runs over some 70,000 words for 2,000 offers.
 */
export function buildIndex(offers: readonly Offer[], topicName: (topic: Topic) => string): OfferIndex {
  const terms = new Map<string, TermPostings>();
  const words = new Map<string, WordEntry>();
  // The keywords are a few short texts that recur on many offers (topic names, providers, places): each text's
  // words are looked up once.
  const partWords = new Map<string, WordEntry[]>();
  const fieldLength = new Map<number, number[]>();
  // Running means, computed as minisearch's `add` computes them.
  const averageFieldLength = [0, 0, 0];

  /** The word's entry, made on first sight with the postings of its terms. */
  const entryOf = (word: string): WordEntry => {
    let entry = words.get(word);
    if (entry === undefined) {
      entry = { stamp: -1, terms: [] };
      for (const term of indexTerms(word) ?? []) {
        let postings = terms.get(term);
        if (!postings) terms.set(term, (postings = { fields: [], data: new Map() }));
        entry.terms.push(postings);
      }
      words.set(word, entry);
    }
    return entry;
  };
  /** Counts a word's terms for an offer's field. */
  const post = (termsOfWord: readonly TermPostings[], field: number, doc: number) => {
    for (let t = 0; t < termsOfWord.length; t += 1) {
      const postings = termsOfWord[t]!;
      let frequencies = postings.fields[field];
      if (frequencies === undefined) postings.data.set(field, (postings.fields[field] = frequencies = new Frequencies()));
      // Offers come in order: only the last one can have the term already (two words, one term).
      const last = frequencies.docs.length - 1;
      if (last >= 0 && frequencies.docs[last] === doc) frequencies.counts[last]! += 1;
      else {
        frequencies.docs.push(doc);
        frequencies.counts.push(1);
      }
    }
  };

  /** Counts a word for an offer's field unless the field had it already (`stamp`); 1 when counted. */
  const count = (entry: WordEntry, stamp: number, field: number, doc: number): number => {
    if (entry.stamp === stamp) return 0;
    entry.stamp = stamp;
    post(entry.terms, field, doc);
    return 1;
  };
  /** The entries of the words of a text. */
  const entriesOf = (text: string): WordEntry[] => {
    const entries: WordEntry[] = [];
    const list = text.split(WORD_BREAK);
    for (let w = 0; w < list.length; w += 1) if (list[w]) entries.push(entryOf(list[w]!));
    return entries;
  };

  for (let doc = 0; doc < offers.length; doc += 1) {
    const offer = offers[doc]!;
    const lengths = [0, 0, 0];
    for (let field = 0; field < 3; field += 1) {
      // The field's length is its number of different words, stop words included (as minisearch counts them).
      let length = 0;
      const stamp = doc * 3 + field;
      if (field === 1) {
        for (const part of keywordParts(offer, topicName)) {
          let entries = partWords.get(part);
          if (entries === undefined) partWords.set(part, (entries = entriesOf(part)));
          for (let e = 0; e < entries.length; e += 1) length += count(entries[e]!, stamp, field, doc);
        }
      } else {
        const list = (field === 0 ? offer.service.name : (offer.service.description ?? '')).split(WORD_BREAK);
        for (let w = 0; w < list.length; w += 1) if (list[w]) length += count(entryOf(list[w]!), stamp, field, doc);
      }
      lengths[field] = length;
      averageFieldLength[field] = (averageFieldLength[field]! * doc + length) / (doc + 1);
    }
    fieldLength.set(doc, lengths);
  }
  return new OfferIndex(new Engine(offers.map((offer) => offer.id), fieldLength, averageFieldLength, terms));
}
