import { expect } from '@open-wc/testing';
import { getHolidays } from 'feiertagejs';
import { easterSunday, holidaysOf } from '../../../src/hsds/finder/holidays.js';
import { dayNumber } from '../../../src/hsds/schedule.js';

describe('NRW public holidays', () => {
  it('match feiertagejs for NW from 2000 to 2060', () => {
    for (let year = 2000; year <= 2060; year += 1) {
      const ours = [...holidaysOf(year).keys()].map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10)).sort();
      // Two holidays can fall on one day (1 May and Ascension Day in 2008): compare days.
      const theirs = [...new Set(getHolidays(year, 'NW').map((holiday) => holiday.dateString))].sort();
      expect(ours, String(year)).to.deep.equal(theirs);
    }
  });

  it('compute Easter Sunday', () => {
    expect(easterSunday(2026)).to.equal(dayNumber(2026, 4, 5));
    expect(easterSunday(2027)).to.equal(dayNumber(2027, 3, 28));
  });
});
