import MiniSearch, { type Options, type Query } from 'minisearch';
import { isRecord } from '../../core/sanitize.js';
import { textOf } from '../text.js';
import { placeByCode, type Offer, type Topic } from './catalogue.js';
import { compoundParts, indexTerms, queryTerm, synonymsOf } from './german.js';

/*
 * The search: minisearch (through its public API only) with German term processing. The index is built in the
 * finder's worker right after the catalogue, so that the start screen, the topics and the districts never wait
 * for it.
 */

/** Words are runs of letters and digits (Latin, Greek, Cyrillic, Arabic, … and CJK); everything else separates. */
const WORD_BREAK = /[^0-9A-Za-z\u00c0-\u024f\u0370-\u1fff\u3040-\u9fff\uac00-\ud7af]+/;
export const tokenize = (text: string): string[] => text.split(WORD_BREAK).filter(Boolean);

/** The query terms of a search text (folded, stemmed, without stop words); empty when there is nothing to search. */
export function queryTerms(text: string): string[] {
  return tokenize(text).flatMap((word) => queryTerm(word) ?? []);
}

/** The index's fields (their ids are their positions), and how much a match in each weighs. */
export const FIELDS = ['name', 'keywords', 'text'] as const;
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
 * The full-text index of the offers: minisearch with German term processing. A name match weighs most, then
 * keywords, then running text. Every word of the query must match (AND): by prefix, with small typos forgiven
 * from five letters on, through its compound parts ("Seniorenberatung" finds "Senioren- und Pflegeberatung"),
 * or through everyday synonyms, which together weigh at most half a direct match.
 */
export class OfferIndex {
  constructor(private readonly mini: MiniSearch<IndexedOffer>) {}

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

/** One offer as the index reads it: its id and the FIELDS. */
export type IndexedOffer = { id: string } & Record<(typeof FIELDS)[number], string>;

/** The minisearch options of the offer index (the same when an index is built and when it is loaded). */
export const INDEX_OPTIONS: Options<IndexedOffer> = {
  fields: [...FIELDS],
  // Each word counts once per field: term frequency matters little in texts this short. The field's length is
  // its number of different words, stop words included.
  tokenize: (text) => [...new Set(tokenize(text))],
  processTerm: (word) => indexTerms(word),
  searchOptions: SEARCH_OPTIONS,
};

/** An empty minisearch index with the offer index's options (filled with its public `add` or `addAll`). */
export function createIndex(): MiniSearch<IndexedOffer> {
  return new MiniSearch<IndexedOffer>(INDEX_OPTIONS);
}

/** The documents minisearch indexes for some offers. */
export function indexedOffers(offers: readonly Offer[], topicName: (topic: Topic) => string): IndexedOffer[] {
  return offers.map((offer) => {
    const [name, keywords, text] = searchFields(offer, topicName) as [string, string, string];
    return { id: offer.id, name, keywords, text };
  });
}

/** Indexes the offers in one go; `topicName` gives the words a topic is found by. */
export function buildIndex(offers: readonly Offer[], topicName: (topic: Topic) => string): OfferIndex {
  const mini = createIndex();
  mini.addAll(indexedOffers(offers, topicName));
  return new OfferIndex(mini);
}
