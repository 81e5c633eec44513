import { expect } from '@open-wc/testing';
import MiniSearch from 'minisearch';
import { fold, indexTerms, queryTerm, stem, synonymsOf } from '../../../src/hsds/finder/german.js';
import { buildCatalogue, type Catalogue, type Topic } from '../../../src/hsds/finder/catalogue.js';
import { FIELDS, OfferIndex, SEARCH_OPTIONS, buildIndex, queryTerms, searchFields, tokenize } from '../../../src/hsds/finder/search.js';
import { finderMessages, type FinderMessages } from '../../../src/components/senior-service-finder/senior-service-finder.messages.js';
import { readServices } from '../../../src/hsds/normalise.js';

const de: FinderMessages = finderMessages.de;

async function sample(): Promise<{ catalogue: Catalogue; index: OfferIndex }> {
  const { services } = readServices(await (await fetch('/sample/hsds/services.json')).json());
  const catalogue = buildCatalogue(services, { skipped: 0, incomplete: false });
  return { catalogue, index: buildIndex(catalogue.offers, (topic) => de.topics[topic]) };
}

/** The names of the offers a search finds, best first. */
function names(catalogue: Catalogue, index: OfferIndex, text: string): string[] {
  const scores = index.search(text);
  if (!scores) return [];
  return [...scores.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => catalogue.byId.get(id)!.service.name);
}

describe('German term processing', () => {
  it('folds case, umlauts and ß both ways', () => {
    expect(fold('Ärztin')).to.equal('arztin');
    expect(fold('AERZTIN')).to.equal('arztin');
    expect(fold('Straße')).to.equal('strasse');
    expect(fold('Café')).to.equal('cafe');
    expect(queryTerm('Ärztin')).to.equal(queryTerm('aerztin'));
    expect(queryTerm('Ärztin')).to.equal(queryTerm('arztin'));
  });

  it('stems plural and feminine endings but keeps short words whole', () => {
    expect(stem('seniorinnen')).to.equal('senior');
    expect(stem('apotheken')).to.equal(stem('apotheke'));
    expect(stem('haus')).to.equal('haus');
    expect(queryTerm('Wohnungen')).to.equal(queryTerm('Wohnung'));
  });

  it('drops stop words and single letters', () => {
    expect(queryTerms('Ich suche Hilfe für meine Mutter')).to.deep.equal(['hilf', 'mutt']);
    expect(queryTerm('a')).to.equal(null);
  });

  it('indexes the parts of compounds from the domain lexicon', () => {
    expect(indexTerms('Pflegeberatung')).to.include.members(['pflegeberatung', 'pfleg', 'beratung']);
    expect(indexTerms('Seniorenfrühstück')).to.include.members(['senior', 'fruhstuck']);
    expect(indexTerms('der')).to.equal(null);
  });

  it('knows everyday words for official terms, both ways', () => {
    expect(synonymsOf(queryTerm('Rente')!)).to.include(queryTerm('Grundsicherung'));
    expect(synonymsOf(queryTerm('Grundsicherung')!)).to.include(queryTerm('Rente'));
    expect(synonymsOf(queryTerm('Nachbarschaft')!)).to.include(queryTerm('Quartiersbüro'));
  });
});

describe('Offer search on the sample data', () => {
  let catalogue: Catalogue;
  let index: OfferIndex;
  before(async () => ({ catalogue, index } = await sample()));

  it('finds nothing to search for in stop words only', () => {
    expect(index.search('und der die')).to.equal(undefined);
    expect(index.search('   ')).to.equal(undefined);
  });

  it('ignores case, umlauts and ß', () => {
    expect(names(catalogue, index, 'ESSEN AUF RAEDERN')).to.include('Essen auf Rädern');
    expect(names(catalogue, index, 'essen auf radern')).to.include('Essen auf Rädern');
    expect(names(catalogue, index, 'Strasse des Bohrhammers')).to.deep.equal([]);
    expect(names(catalogue, index, 'Mehrgenerationenhaus')).to.include('Mehrgenerationenhaus Horsthausen');
  });

  it('finds by prefix while typing', () => {
    expect(names(catalogue, index, 'Tagesp')).to.include('Tagespflege Sodingen');
    expect(names(catalogue, index, 'Apoth')).to.include('Markt-Apotheke Sodingen (Beispiel)');
  });

  it('forgives small typos in longer words', () => {
    expect(names(catalogue, index, 'Demnz')).to.include('Demenz-Café „Vergissmeinnicht“');
    expect(names(catalogue, index, 'Hausnotrf')).to.include('Hausnotruf');
    expect(names(catalogue, index, 'Pflegegard')).to.not.be.empty;
  });

  it('finds offers by everyday words ("Rente", "Pflegegrad", "Demenz", "Nachbarschaft")', () => {
    expect(names(catalogue, index, 'Rente')).to.include('Sprechstunde der Versichertenberater (Rente)');
    // "Pflegegrad" appears in few texts; the synonyms bring the care advice and the care insurer's services.
    expect(names(catalogue, index, 'Pflegegrad')).to.include.members(['Pflegeberatung der Stadt Herne', 'Senioren- und Pflegeberatung Wanne']);
    expect(names(catalogue, index, 'Demenz')).to.include('Demenz-Café „Vergissmeinnicht“');
    expect(names(catalogue, index, 'Nachbarschaft')).to.include.members(['Quartiersbüro Herne-Mitte', 'ZWAR-Netzwerk Eickel/Röhlinghausen']);
    expect(names(catalogue, index, 'Betrug')).to.include('Sicherheitsberaterinnen und -berater für Senioren');
  });

  it('finds the part of a compound ("Beratung" finds "Pflegeberatung")', () => {
    expect(names(catalogue, index, 'Beratung')).to.include.members(['Pflegeberatung der Stadt Herne', 'Kultursensible Pflegeberatung', 'Wohnberatung: Wohnung anpassen']);
  });

  it('ranks a match in the name above matches in the text', () => {
    const found = names(catalogue, index, 'Hausnotruf');
    expect(found[0]).to.equal('Hausnotruf');
    const care = names(catalogue, index, 'Tagespflege');
    expect(care[0]).to.equal('Tagespflege Sodingen');
  });

  it('needs every word of the query (AND), including a place', () => {
    const both = names(catalogue, index, 'Seniorenberatung Wanne');
    expect(both[0]).to.equal('Senioren- und Pflegeberatung Wanne');
    expect(both).to.not.include('Seniorenberatung Sodingen');
  });
});

describe('Offer index', () => {
  it('is the index minisearch’s own addAll builds, to the score', async () => {
    const { catalogue, index } = await sample();
    const topicName = (topic: Topic) => de.topics[topic];
    // As the finder indexed before it filled minisearch in one go: document by document, each word once per field.
    const reference = new MiniSearch<Record<string, string>>({
      fields: [...FIELDS],
      tokenize: (text) => [...new Set(tokenize(text))],
      processTerm: (term) => indexTerms(term),
      searchOptions: SEARCH_OPTIONS,
    });
    reference.addAll(
      catalogue.offers.map((offer): Record<string, string> => {
        const [name, keywords, text] = searchFields(offer, topicName);
        return { id: offer.id, name: name!, keywords: keywords!, text: text! };
      }),
    );
    const expected = new OfferIndex(reference);
    const words = new Set(catalogue.offers.flatMap((offer) => tokenize(`${offer.service.name} ${offer.service.description ?? ''}`)));
    const queries = [...words, ...[...words].map((word) => word.slice(0, 4)), 'Rente', 'Pflegegrad', 'Seniorenberatung Wanne', 'Demnz', 'Nachbarschaft Eickel'];
    for (const query of queries) expect([...(index.search(query) ?? [])], query).to.deep.equal([...(expected.search(query) ?? [])]);
  });
});
