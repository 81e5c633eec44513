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
  /** Topics, audience, district and quarter, provider, alternate name: short words that describe the offer. */
  keywords: string;
  /** Summary, description and other running text. */
  text: string;
}

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];

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
      processTerm: (term) => indexTerms(term),
      searchOptions: { processTerm: (term) => term, boost: { name: 4, keywords: 2 } },
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
        keywords: [
          ...topics.map(topicName),
          ...service.attributes.map((attribute) => attribute.label ?? ''),
          (isRecord(organization) && cleanText(organization['name'])) || '',
          place?.name ?? '',
          placeByCode(place?.district)?.name ?? '',
          ...service.areas,
        ].join(' '),
        text: `${service.description ?? ''} ${service.fees ?? ''}`,
      };
    }),
  );
}
