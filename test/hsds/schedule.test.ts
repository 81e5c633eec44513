import { expect } from '@open-wc/testing';
import { fromBerlinTime } from '../../src/core/i18n.js';
import { dayNumber, hoursOn, occursOn, openingStatus, parseSchedule, parseTime, type ScheduleRule } from '../../src/hsds/schedule.js';

/** Parses a schedule row that must become a rule. */
function rule(raw: Record<string, unknown>): ScheduleRule {
  const parsed = parseSchedule(raw);
  if (!parsed.rule) throw new Error(`no rule from ${JSON.stringify(raw)}`);
  return parsed.rule;
}

/** The rows of the HSDS field guidance on schedules (split hours, a monthly rule), from the fixture CSV. */
async function fieldGuidanceRows(): Promise<Array<Record<string, string>>> {
  const text = await (await fetch('/test/fixtures/hsds/3.0/field-guidance-schedules.csv')).text();
  const [header, ...lines] = text.trim().split('\n');
  const split = (line: string) => [...line.matchAll(/("([^"]*)"|[^,]*)(,|$)/g)].map((m) => m[2] ?? m[1]!).slice(0, -1);
  const keys = split(header!);
  return lines.map((line) => Object.fromEntries(split(line).map((value, i) => [keys[i]!, value === 'null' ? '' : value])));
}

const at = (y: number, mo: number, d: number, h: number, mi = 0) => fromBerlinTime(y, mo, d, h, mi).getTime();
const hm = (h: number, m = 0) => h * 60 + m;

describe('HSDS schedules: reading rows', () => {
  it('reads times with seconds, Z or an offset as Herne wall-clock time', () => {
    expect(parseTime('09:00')).to.equal(540);
    expect(parseTime('9:30')).to.equal(570);
    expect(parseTime('09:00:00Z')).to.equal(540);
    expect(parseTime('17:15:00+01:00')).to.equal(1035);
    expect(parseTime('24:00')).to.equal(1440);
    expect(parseTime('25:00')).to.equal(undefined);
    expect(parseTime('9 Uhr')).to.equal(undefined);
    expect(parseTime(900)).to.equal(undefined);
  });

  it('keeps the words of a row it cannot evaluate and drops broken fields', () => {
    expect(parseSchedule({ description: 'Nach Vereinbarung' })).to.deep.equal({ text: 'Nach Vereinbarung' });
    expect(parseSchedule({ freq: 'YEARLY', byday: 'MO', opens_at: '09:00', closes_at: '10:00' }).rule).to.equal(undefined);
    expect(parseSchedule({ freq: 'WEEKLY', byday: 'XX', opens_at: '09:00', closes_at: '10:00' }).rule).to.equal(undefined);
    expect(parseSchedule({ freq: 'WEEKLY', byday: { evil: true }, opens_at: '09:00', closes_at: '10:00' }).rule).to.equal(undefined);
    expect(parseSchedule({ freq: 'WEEKLY', byday: 'MO', opens_at: null, closes_at: '10:00' }).rule).to.equal(undefined);
    expect(parseSchedule({})).to.deep.equal({});
  });

  it('takes WEEKLY when only byday is given, and numbers sent as strings', () => {
    const r = rule({ byday: 'mo, we', opens_at: '10:00', closes_at: '12:00', interval: '1' });
    expect(r.freq).to.equal('WEEKLY');
    expect(r.days.map((d) => d.weekday)).to.deep.equal([1, 3]);
  });
});

describe('HSDS schedules: which days and hours', () => {
  it('evaluates split weekly hours from the HSDS field guidance within their validity', async () => {
    const rows = await fieldGuidanceRows();
    const rules = rows.map((row) => parseSchedule(row).rule).filter((r): r is ScheduleRule => !!r);
    expect(rules).to.have.length(3);
    // Monday 1 June 2020: 9–12 and 15–17.
    expect(hoursOn(rules, dayNumber(2020, 6, 1))).to.deep.equal([
      [hm(9), hm(12)],
      [hm(15), hm(17)],
    ]);
    // Friday: closed; after valid_to (20 Dec 2020): closed; before valid_from: closed.
    expect(hoursOn(rules, dayNumber(2020, 6, 5))).to.deep.equal([]);
    expect(hoursOn(rules, dayNumber(2020, 12, 21))).to.deep.equal([]);
    expect(hoursOn(rules, dayNumber(2020, 3, 30))).to.deep.equal([]);
  });

  it('evaluates the monthly "first Saturday" rule of the field guidance until its end', async () => {
    const monthly = (await fieldGuidanceRows()).map((row) => parseSchedule(row).rule!).find((r) => r.freq === 'MONTHLY')!;
    expect(occursOn(monthly, dayNumber(2020, 7, 4))).to.be.true;
    expect(occursOn(monthly, dayNumber(2020, 8, 1))).to.be.true;
    expect(occursOn(monthly, dayNumber(2020, 8, 8))).to.be.false;
    expect(occursOn(monthly, dayNumber(2020, 11, 7))).to.be.true;
    expect(occursOn(monthly, dayNumber(2020, 12, 5))).to.be.false;
  });

  it('finds the nth and the last weekday of a month ("jeden 2. Mittwoch", "jeden letzten Freitag")', () => {
    const second = rule({ freq: 'MONTHLY', byday: '2WE', opens_at: '15:00', closes_at: '17:00' });
    const last = rule({ freq: 'MONTHLY', byday: '-1FR', opens_at: '09:00', closes_at: '11:00' });
    // November 2026 starts on a Sunday: Wednesdays 4, 11, 18, 25; Fridays 6, 13, 20, 27.
    expect([4, 11, 18, 25].map((d) => occursOn(second, dayNumber(2026, 11, d)))).to.deep.equal([false, true, false, false]);
    expect([6, 13, 20, 27].map((d) => occursOn(last, dayNumber(2026, 11, d)))).to.deep.equal([false, false, false, true]);
    // A month with five Fridays: January 2027 (1, 8, 15, 22, 29).
    expect(occursOn(last, dayNumber(2027, 1, 29))).to.be.true;
    expect(occursOn(last, dayNumber(2027, 1, 22))).to.be.false;
  });

  it('repeats every other week from its start, and monthly on a day of the month', () => {
    const fortnightly = rule({ freq: 'WEEKLY', interval: 2, dtstart: '2026-01-08', byday: 'TH', opens_at: '17:00', closes_at: '19:00' });
    expect(occursOn(fortnightly, dayNumber(2026, 1, 8))).to.be.true;
    expect(occursOn(fortnightly, dayNumber(2026, 1, 15))).to.be.false;
    expect(occursOn(fortnightly, dayNumber(2026, 1, 22))).to.be.true;
    expect(occursOn(fortnightly, dayNumber(2026, 1, 1))).to.be.false;
    const fifteenth = rule({ freq: 'MONTHLY', bymonthday: '15', opens_at: '10:00', closes_at: '11:00' });
    expect(occursOn(fifteenth, dayNumber(2026, 2, 15))).to.be.true;
    expect(occursOn(fifteenth, dayNumber(2026, 2, 16))).to.be.false;
  });

  it('ends a rule after `count` occurrences', () => {
    const course = rule({ freq: 'WEEKLY', byday: 'TU', dtstart: '2026-09-01', count: 3, opens_at: '10:00', closes_at: '11:00' });
    expect(occursOn(course, dayNumber(2026, 9, 15))).to.be.true;
    expect(occursOn(course, dayNumber(2026, 9, 22))).to.be.false;
  });

  it('carries hours past midnight into the next morning', () => {
    const night = rule({ freq: 'WEEKLY', byday: 'FR', opens_at: '20:00', closes_at: '02:00' });
    expect(hoursOn([night], dayNumber(2026, 11, 27))).to.deep.equal([[hm(20), 1440]]);
    expect(hoursOn([night], dayNumber(2026, 11, 28))).to.deep.equal([[0, hm(2)]]);
  });

  it('closes on the days the context marks (public holidays)', () => {
    const weekdays = rule({ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '12:00' });
    const christmas = dayNumber(2026, 12, 25);
    expect(hoursOn([weekdays], christmas)).to.have.length(1);
    expect(hoursOn([weekdays], christmas, { isClosedDay: (day) => day === christmas })).to.deep.equal([]);
  });
});

describe('HSDS schedules: open now and next opening (Europe/Berlin)', () => {
  const office = [
    rule({ freq: 'WEEKLY', byday: 'MO,TU,WE,TH', opens_at: '09:00', closes_at: '12:00' }),
    rule({ freq: 'WEEKLY', byday: 'MO,TU,WE,TH', opens_at: '14:00', closes_at: '16:00' }),
    rule({ freq: 'WEEKLY', byday: 'FR', opens_at: '09:00', closes_at: '12:00' }),
  ];

  it('is open inside split hours and says when it closes', () => {
    expect(openingStatus(office, at(2026, 11, 23, 10, 15))).to.deep.equal({ open: true, closesAt: hm(12) });
    expect(openingStatus(office, at(2026, 11, 23, 15, 59))).to.deep.equal({ open: true, closesAt: hm(16) });
  });

  it('is closed in the lunch break and opens the same afternoon', () => {
    const status = openingStatus(office, at(2026, 11, 23, 12, 0));
    expect(status.open).to.be.false;
    expect(status.next).to.deep.equal({ day: dayNumber(2026, 11, 23), minute: hm(14) });
  });

  it('after Friday noon opens next on Monday at 9', () => {
    expect(openingStatus(office, at(2026, 11, 27, 13, 0)).next).to.deep.equal({ day: dayNumber(2026, 11, 30), minute: hm(9) });
  });

  it('skips a public holiday when looking for the next opening', () => {
    const christmas = dayNumber(2026, 12, 25);
    const status = openingStatus(office, at(2026, 12, 24, 17, 0), { isClosedDay: (day) => day === christmas });
    // Thursday 24th evening: Friday 25th is a holiday, so Monday 28th.
    expect(status.next).to.deep.equal({ day: dayNumber(2026, 12, 28), minute: hm(9) });
  });

  it('reads the wall clock in Herne across the change to summer time (29 March 2026)', () => {
    const daily = [rule({ freq: 'DAILY', opens_at: '09:00', closes_at: '12:00' })];
    // 07:30 UTC is 09:30 in summer time (after the change) but 08:30 in winter time (the day before).
    expect(openingStatus(daily, Date.UTC(2026, 2, 29, 7, 30)).open).to.be.true;
    expect(openingStatus(daily, Date.UTC(2026, 2, 28, 7, 30)).open).to.be.false;
    // 10:30 UTC is 12:30 in summer time: closed; it was 11:30 the day before: open.
    expect(openingStatus(daily, Date.UTC(2026, 2, 29, 10, 30)).open).to.be.false;
    expect(openingStatus(daily, Date.UTC(2026, 2, 28, 10, 30)).open).to.be.true;
  });

  it('reads the wall clock in Herne across the change back to winter time (25 October 2026)', () => {
    const daily = [rule({ freq: 'DAILY', opens_at: '09:00', closes_at: '12:00' })];
    expect(openingStatus(daily, Date.UTC(2026, 9, 25, 7, 30)).open).to.be.false; // 08:30 CET
    expect(openingStatus(daily, Date.UTC(2026, 9, 24, 7, 30)).open).to.be.true; // 09:30 CEST
  });

  it('has neither an open state nor a next opening without hours', () => {
    expect(openingStatus([], at(2026, 11, 23, 10))).to.deep.equal({ open: false });
  });
});
