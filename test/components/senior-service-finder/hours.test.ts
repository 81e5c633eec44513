import { expect } from '@open-wc/testing';
import { detailMessages, type DetailMessages } from '../../../src/components/senior-service-finder/detail.messages.js';
import { OpeningFacts } from '../../../src/hsds/finder/find.js';
import { todayLine } from '../../../src/components/senior-service-finder/hours.js';
import type { Offer } from '../../../src/hsds/finder/catalogue.js';
import { finderMessages, type FinderMessages } from '../../../src/components/senior-service-finder/senior-service-finder.messages.js';
import { finderMessagesEn } from '../../../src/components/senior-service-finder/senior-service-finder.messages.en.js';
import { holidayLines, weekLines } from '../../../src/components/senior-service-finder/week.js';
import { dayNumber } from '../../../src/hsds/schedule.js';
import { MONDAY_MORNING, at, offer, weekly } from '../../hsds/finder/helpers.js';

const de: FinderMessages = finderMessages.de;
const deDetail: DetailMessages = detailMessages.de;

describe('Opening hours on cards (Europe/Berlin, pinned clock)', () => {
  const office = offer({
    schedules: [weekly('MO,TU,WE,TH', '09:00', '12:00'), weekly('MO,TU,WE,TH', '14:00', '16:00'), weekly('FR', '09:00', '12:00')],
  });
  const line = (o: Offer, instant: number, m: FinderMessages = de) => todayLine(o, new OpeningFacts(instant), m, m === de ? 'de' : 'en');

  it('shows split hours today and "jetzt geöffnet bis"', () => {
    expect(line(office, MONDAY_MORNING)).to.deep.equal({ today: 'Heute 9–12 und 14–16 Uhr', status: 'jetzt geöffnet bis 12 Uhr', open: true });
  });

  it('in the lunch break says when it opens again today', () => {
    expect(line(office, at(2026, 11, 23, 12, 30)).status).to.equal('öffnet heute 14 Uhr');
  });

  it('on Friday afternoon says "öffnet Mo 9 Uhr"', () => {
    expect(line(office, at(2026, 11, 27, 13, 0))).to.deep.equal({ today: 'Heute 9–12 Uhr', status: 'öffnet Mo 9 Uhr', open: false });
  });

  it('is closed on a public holiday and skips it', () => {
    // Friday 25 December 2026, Christmas Day; Thursday evening before it.
    expect(line(office, at(2026, 12, 25, 10, 0))).to.deep.equal({ today: 'Heute geschlossen', status: 'öffnet Mo 9 Uhr', open: false });
    expect(line(office, at(2026, 12, 24, 17, 0)).status).to.equal('öffnet Mo 9 Uhr');
  });

  it('stays open on holidays when the service says so', () => {
    const emergency = offer({ schedules: [{ freq: 'DAILY', opens_at: '00:00', closes_at: '00:00' }], attributes: [{ link_type: 'schedule', value: 'feiertags-geoeffnet' }] });
    expect(line(emergency, at(2026, 12, 25, 3, 0))).to.deep.equal({ today: 'Heute 0–24 Uhr', status: 'jetzt geöffnet', open: true });
  });

  it('names the date of a monthly meeting more than a week away', () => {
    const zwar = offer({ schedules: [{ freq: 'MONTHLY', byday: '2WE', opens_at: '18:00', closes_at: '20:00' }] });
    // After the 2nd Wednesday of November (11th): next is 9 December.
    expect(line(zwar, MONDAY_MORNING).status).to.equal('öffnet am 9.12. um 18 Uhr');
    expect(line(zwar, MONDAY_MORNING, finderMessagesEn).status).to.equal('opens on 9 Dec at 18:00');
  });

  it('says plainly when there are no hours, or shows the words of hours it cannot evaluate', () => {
    expect(line(offer({}), MONDAY_MORNING)).to.deep.equal({ today: 'Keine Öffnungszeiten angegeben', open: false });
    expect(line(offer({ schedules: [{ description: 'Nach Vereinbarung' }] }), MONDAY_MORNING).today).to.equal('Nach Vereinbarung');
  });

  it('speaks English with 24-hour times', () => {
    expect(line(office, MONDAY_MORNING, finderMessagesEn)).to.deep.equal({ today: 'Today 9:00–12:00 and 14:00–16:00', status: 'open now until 12:00', open: true });
  });
});

describe('Weekly hours in words (detail view)', () => {
  const today = dayNumber(2026, 11, 23);
  it('joins weekdays with equal split hours and lists monthly rules and validity', () => {
    const o = offer({
      schedules: [
        weekly('MO,TU,WE,TH', '09:00', '12:00'),
        weekly('MO,TU,WE,TH', '14:00', '16:00'),
        weekly('FR', '09:00', '12:30'),
        { freq: 'MONTHLY', byday: '2WE', opens_at: '15:00', closes_at: '17:00' },
        { freq: 'MONTHLY', byday: '-1FR', opens_at: '09:00', closes_at: '11:00' },
        { freq: 'WEEKLY', byday: 'SA', opens_at: '10:00', closes_at: '12:00', valid_from: '2027-01-01' },
        { ...weekly('SU', '10:00', '11:00'), valid_to: '2026-01-31' },
      ],
    });
    expect(weekLines(o, today, de, deDetail, 'de')).to.deep.equal([
      'Montag bis Donnerstag: 9–12 und 14–16 Uhr',
      'Freitag: 9–12:30 Uhr',
      'Jeden 2. Mittwoch im Monat: 15–17 Uhr',
      'Jeden letzten Freitag im Monat: 9–11 Uhr',
      'Samstag: 10–12 Uhr (ab 1.1.2027)',
    ]);
  });

  it('names the public holidays of the next two weeks on which it would open', () => {
    const o = offer({ schedules: [weekly('MO,TU,WE,TH,FR', '09:00', '12:00')] });
    expect(holidayLines(o, dayNumber(2026, 12, 20), deDetail, 'de')).to.deep.equal([
      'An Feiertagen geschlossen.',
      'Am Freitag, 25. Dezember geschlossen (1. Weihnachtstag).',
      'Am Freitag, 1. Januar geschlossen (Neujahr).',
    ]);
    expect(holidayLines(o, today, deDetail, 'de')).to.deep.equal(['An Feiertagen geschlossen.']);
  });
});
