import { expect } from '@open-wc/testing';
import { FinderEngine, languageNamesOf, pricesOf } from '../../../src/hsds/finder/engine.js';
import { priceText, shortDate } from '../../../src/hsds/finder/texts.js';
import { dayNumber, herneClock } from '../../../src/hsds/schedule.js';
import { finderMessages } from '../../../src/components/senior-service-finder/senior-service-finder.messages.js';
import { FILTER_KEYS, MONDAY_MORNING, at, offer, weekly } from './helpers.js';
import { EMPTY_STATE } from '../../../src/hsds/finder/state.js';

/* The texts the engine writes with its data so that the page needs no Intl for its first results (issue 11). */

/** Intl separates amount and currency with a no-break space; a person reads a space. */
const spaced = (text: string | undefined) => text?.replace(/\s/g, ' ');

describe('Finder texts made by the engine, in German and English', () => {
  it('names languages in both of the finder languages and in their own', () => {
    const names = languageNamesOf(['tr', 'ru']);
    expect(names.de).to.deep.equal({ tr: 'Türkisch (Türkçe)', ru: 'Russisch (русский)' });
    expect(names.en).to.deep.equal({ tr: 'Turkish (Türkçe)', ru: 'Russian (русский)' });
  });

  it('writes prices and short dates as the cards show them', () => {
    expect(spaced(priceText(7.9, 'EUR', 'de'))).to.equal('7,90 €');
    expect(priceText(7.9, undefined, 'en')).to.equal('€7.90');
    expect([shortDate(dayNumber(2026, 12, 7), 'de'), shortDate(dayNumber(2026, 12, 7), 'en')]).to.deep.equal(['7.12.', '7 Dec']);
  });

  it('gives each offer its prices, in the order of its costs with an amount', () => {
    const prices = pricesOf(offer({ cost_options: [{ amount: 7.9, currency: 'EUR' }, { amount_description: 'Spende erbeten' }, { amount: 25.5 }] }));
    expect(prices?.de.map(spaced)).to.deep.equal(['7,90 €', '25,50 €']);
    expect(prices?.en).to.deep.equal(['€7.90', '€25.50']);
    expect(pricesOf(offer({ cost_options: [] }))).to.equal(undefined);
  });

  it("gives the engine's catalogue the names of its languages, and its offers their prices", async () => {
    const engine = new FinderEngine();
    const catalogue = await engine.load({ src: new URL('/sample/hsds/services.json', location.href).href, timeoutMs: 5000, topicWords: finderMessages.de.topics });
    expect(catalogue.languages).to.not.be.empty;
    for (const code of catalogue.languages) {
      expect(catalogue.languageNames?.de[code], code).to.be.a('string').and.not.equal('');
      expect(catalogue.languageNames?.en[code], code).to.be.a('string').and.not.equal('');
    }
    expect(catalogue.languageNames?.de.tr).to.equal('Türkisch (Türkçe)');
    const priced = catalogue.offers.filter((each) => each.prices);
    expect(priced).to.not.be.empty;
    expect(priced.map((each) => each.prices)).to.deep.equal(priced.map(pricesOf));
  });

  it("answers a find with the instant's Herne clock and the dates of openings more than a week ahead", async () => {
    const engine = new FinderEngine();
    // Monday 23 November: the first-Monday meeting is next on 7 December, the weekly one tomorrow.
    const data = [
      { id: 'monthly', name: 'Erster Montag', schedules: [{ freq: 'MONTHLY', byday: '1MO', opens_at: '15:00', closes_at: '17:00' }] },
      { id: 'weekly', name: 'Dienstagskurs', schedules: [weekly('TU', '09:00', '11:00')] },
    ];
    await engine.load({ data, timeoutMs: 1000, topicWords: finderMessages.de.topics });
    const found = await engine.find({ state: { ...EMPTY_STATE, all: true }, instant: MONDAY_MORNING, filterKeys: FILTER_KEYS }, finderMessages.de.topics);
    expect(found.ids).to.deep.equal(['weekly', 'monthly']);
    expect(found.clock).to.deep.equal(herneClock(MONDAY_MORNING));
    expect(found.clock).to.deep.equal({ day: dayNumber(2026, 11, 23), minute: 10 * 60 + 15 });
    expect(found.dates).to.deep.equal([[dayNumber(2026, 12, 7), { de: '7.12.', en: '7 Dec' }]]);
    const later = await engine.find({ state: { ...EMPTY_STATE, all: true }, instant: at(2026, 12, 3, 12), filterKeys: FILTER_KEYS }, finderMessages.de.topics);
    expect(later.dates).to.deep.equal([]);
  });
});
