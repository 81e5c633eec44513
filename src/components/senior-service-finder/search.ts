import MiniSearch, { type Query } from 'minisearch';
import { cleanText, isRecord } from '../../core/sanitize.js';
import { compoundParts, indexTerms, queryTerm, synonymsOf } from './german.js';
import { placeByCode, type Offer, type Topic } from './profile.js';

/*
 * The search: minisearch with German term processing. Loaded when a person first uses the search box (or a link
 * carries search words), so that the start screen, the topics and the districts work without it.
 */

/** What the index knows of one offer. */
export interface SearchDocument {
  id: string;
  name: string;
  /** Topics, provider, quarter and district, areas served: short words that describe the offer. */
  keywords: string;
  /** The description. */
  text: string;
}

/** Words are runs of letters and digits (Latin, Greek, Cyrillic, Arabic, … and CJK); everything else separates. */
const WORD_BREAK = /[^0-9A-Za-z\u00c0-\u024f\u0370-\u1fff\u3040-\u9fff\uac00-\ud7af]+/;
const tokenize = (text: string): string[] => text.split(WORD_BREAK).filter(Boolean);

/** The query terms of a search text (folded, stemmed, without stop words); empty when there is nothing to search. */
export function queryTerms(text: string): string[] {
  return tokenize(text).flatMap((word) => queryTerm(word) ?? []);
}

/**
 * The full-text index of the offers: minisearch with German term processing. A name match weighs most, then
 * keywords, then running text. Every word of the query must match (AND): by prefix, with small typos forgiven
 * from five letters on, through its compound parts ("Seniorenberatung" finds "Senioren- und Pflegeberatung"),
 * or through everyday synonyms, which together weigh at most half a direct match.
 */
export class OfferIndex {
  private readonly mini: MiniSearch<SearchDocument>;

  constructor(documents: readonly SearchDocument[]) {
    this.mini = new MiniSearch<SearchDocument>({
      fields: ['name', 'keywords', 'text'],
      // Each word once per field: term frequency matters little in texts this short, and indexing 2,000
      // offers stays fast.
      tokenize: (text) => [...new Set(tokenize(text))],
      processTerm: (term) => indexTerms(term),
      searchOptions: { tokenize, processTerm: (term) => term, boost: { name: 4, keywords: 2 } },
    });
    this.mini.addAll(documents);
  }

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

/** Indexes the offers; `topicName` gives the words a topic is found by. */
export function buildIndex(offers: readonly Offer[], topicName: (topic: Topic) => string): OfferIndex {
  return new OfferIndex(
    offers.map(({ id, service, topics, place }) => {
      const organization = service.source['organization'];
      return {
        id,
        name: service.name,
        keywords: [...topics.map(topicName), (isRecord(organization) && cleanText(organization['name'])) || '', place?.name ?? '', placeByCode(place?.district)?.name ?? '', ...service.areas].join(' '),
        text: service.description ?? '',
      };
    }),
  );
}
