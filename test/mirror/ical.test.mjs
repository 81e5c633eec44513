// The mirror's iCalendar events, read back with ical.js as a calendar app would.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ICAL from 'ical.js';
import { buildCalendar } from '../../mirror/ical.mjs';

/** The one event of a feed with this meeting, as ical.js reads it. */
function eventOf(meeting) {
  const calendar = new ICAL.Component(ICAL.parse(buildCalendar('Rat', [{ id: 'm', originalId: 'https://ris.example/meeting/1', name: 'Sitzung des Rates', sequence: 0, ...meeting }])));
  return new ICAL.Event(calendar.getFirstSubcomponent('vevent'));
}

describe('mirror iCalendar events', () => {
  it('writes a meeting with a time as a timed event in Europe/Berlin', () => {
    const event = eventOf({ start: '2027-01-14T17:00:00+01:00', end: '2027-01-14T19:30:00+01:00' });
    assert.equal(event.startDate.isDate, false);
    assert.equal(event.startDate.toString(), '2027-01-14T17:00:00');
    assert.equal(event.component.getFirstProperty('dtstart').getParameter('tzid'), 'Europe/Berlin');
    assert.equal(event.endDate.toString(), '2027-01-14T19:30:00');
  });

  it('writes a bare date as an all-day event, not at a time the server never gave', () => {
    const event = eventOf({ start: '2027-01-14' });
    assert.equal(event.startDate.isDate, true);
    assert.equal(event.startDate.toString(), '2027-01-14');
    assert.equal(event.endDate.toString(), '2027-01-15');
  });

  it('writes a start at midnight in Berlin as an all-day event, as the widgets show it', () => {
    const event = eventOf({ start: '2027-03-31T00:00:00+02:00', end: '2027-03-31T00:00:00+02:00' });
    assert.equal(event.startDate.isDate, true);
    assert.equal(event.startDate.toString(), '2027-03-31');
    assert.equal(event.endDate.toString(), '2027-04-01');
  });

  it('writes the all-day event across the end of a month and a year', () => {
    assert.equal(eventOf({ start: '2026-12-31' }).endDate.toString(), '2027-01-01');
  });
});
