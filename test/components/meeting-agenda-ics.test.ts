import { expect } from '@open-wc/testing';
import { calendarFile, calendarFileName, escapeText, foldLine, type CalendarEvent } from '../../src/components/meeting-agenda/ics.js';

const base: CalendarEvent = {
  uid: 'https://ris.herne.example/oparl/v1.1/meeting/4711',
  summary: 'Ausschuss für Soziales, Arbeit, Gesundheit und Senioren',
  start: new Date('2021-12-08T16:00:00+01:00'),
  end: new Date('2021-12-08T17:50:00+01:00'),
  dateOnly: false,
  location: 'Volkshaus Röhlinghausen, Am Alten Hof 28, 44651 Herne',
  description: undefined,
  url: 'https://ris.herne.example/ris/sitzung/4711',
  cancelled: false,
  modified: new Date('2022-01-12T09:00:00+01:00'),
  now: new Date('2026-11-23T10:00:00Z'),
};

/** Unfolds RFC 5545 continuation lines. */
const unfold = (text: string) => text.replace(/\r\n /g, '');

describe('calendar file (.ics)', () => {
  it('is a VCALENDAR with CRLF line ends, the Berlin time zone and the meeting as one event', () => {
    const text = calendarFile(base);
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(text.split('\r\n').every((line) => !line.includes('\n'))).to.equal(true);
    const lines = unfold(text).split('\r\n');
    expect(lines[0]).to.equal('BEGIN:VCALENDAR');
    expect(lines).to.include('TZID:Europe/Berlin');
    expect(lines).to.include('UID:https://ris.herne.example/oparl/v1.1/meeting/4711');
    expect(lines).to.include('DTSTART;TZID=Europe/Berlin:20211208T160000');
    expect(lines).to.include('DTEND;TZID=Europe/Berlin:20211208T175000');
    expect(lines).to.include('DTSTAMP:20261123T100000Z');
    expect(lines).to.include('STATUS:CONFIRMED');
    expect(lines).to.include('LOCATION:Volkshaus Röhlinghausen\\, Am Alten Hof 28\\, 44651 Herne');
  });

  it('keeps the wall-clock time across the DST change (summer meeting +02:00)', () => {
    const text = unfold(calendarFile({ ...base, start: new Date('2021-09-15T16:00:00+02:00'), end: new Date('2021-09-15T18:10:00+02:00') }));
    expect(text).to.contain('DTSTART;TZID=Europe/Berlin:20210915T160000');
    expect(text).to.contain('DTEND;TZID=Europe/Berlin:20210915T181000');
  });

  it('marks a cancelled meeting STATUS:CANCELLED with a higher SEQUENCE than before the change', () => {
    const before = unfold(calendarFile(base));
    const after = unfold(calendarFile({ ...base, cancelled: true, modified: new Date('2022-02-10T12:00:00+01:00') }));
    expect(after).to.contain('STATUS:CANCELLED');
    const sequence = (text: string) => Number(/SEQUENCE:(\d+)/.exec(text)![1]);
    expect(sequence(after)).to.be.above(sequence(before));
  });

  it('leaves the end out when it is unknown and makes a date-only meeting an all-day event', () => {
    expect(unfold(calendarFile({ ...base, end: undefined }))).not.to.contain('DTEND');
    const allDay = unfold(calendarFile({ ...base, dateOnly: true, start: new Date('2021-12-08T00:00:00+01:00'), end: undefined }));
    expect(allDay).to.contain('DTSTART;VALUE=DATE:20211208');
    expect(allDay).to.contain('DTEND;VALUE=DATE:20211209');
    expect(allDay).not.to.contain('VTIMEZONE');
  });

  it('escapes backslash, semicolon, comma and line breaks in text', () => {
    expect(escapeText('a\\b;c,d\ne')).to.equal('a\\\\b\\;c\\,d\\ne');
    const text = unfold(calendarFile({ ...base, summary: 'Rat; Haushalt, 2022\nTeil 2' }));
    expect(text).to.contain('SUMMARY:Rat\\; Haushalt\\, 2022\\nTeil 2');
  });

  it('folds lines at 75 octets without splitting a UTF-8 character', () => {
    const folded = foldLine(`DESCRIPTION:${'Ä'.repeat(100)}`);
    const encoder = new TextEncoder();
    for (const line of folded.split('\r\n')) expect(encoder.encode(line).length).to.be.at.most(75);
    expect(folded.replace(/\r\n /g, '')).to.equal(`DESCRIPTION:${'Ä'.repeat(100)}`);
    expect(folded).not.to.contain('\uFFFD');
  });

  it('names the file after the day and the committee', () => {
    expect(calendarFileName('Rat der Stadt Herne', base.start)).to.equal('sitzung-2021-12-08-rat-der-stadt-herne.ics');
    expect(calendarFileName('<script>', base.start)).to.equal('sitzung-2021-12-08-script.ics');
  });
});
