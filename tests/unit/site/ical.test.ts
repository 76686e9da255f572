import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { eventToIcs, type IcsSource } from '../../../site/src/lib/calendar-ics';
import { buildCalendar, escapeText, foldLine, type IcsEvent } from '../../../site/src/lib/ical';

const octets = (line: string) => Buffer.byteLength(line, 'utf8');

const base: IcsEvent = {
  uid: 'abc123@reseau-epn',
  start: '2026-12-03T08:30:00.000Z',
  end: '2026-12-03T16:00:00.000Z',
  summary: 'Accompagner les démarches',
  status: 'CONFIRMED',
};

/** Writes a calendar of one event and reads its VEVENT back with ical.js. */
function roundTrip(event: Partial<IcsEvent>) {
  const text = buildCalendar({ name: 'Test', stamp: '2026-11-25T09:00:00Z', events: [{ ...base, ...event }] });
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { text, calendar, event: new ICAL.Event(calendar.getFirstSubcomponent('vevent')!) };
}

describe('iCalendar text values', () => {
  it('should escape backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });

  it('should read escaped text back unchanged', () => {
    const summary = 'Café, thé; et \\ barre\noblique';

    expect(roundTrip({ summary }).event.summary).toBe(summary);
  });

  it('should keep a line of 75 octets whole', () => {
    const line = `SUMMARY:${'x'.repeat(67)}`;

    expect(foldLine(line)).toBe(line);
  });

  it('should fold longer lines into lines of at most 75 octets starting with a space', () => {
    const folded = foldLine(`DESCRIPTION:${'y'.repeat(200)}`).split('\r\n');

    expect(folded.map(octets).every((n) => n <= 75)).toBe(true);
    expect(folded.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(folded.map((line, i) => (i === 0 ? line : line.slice(1))).join('')).toBe(`DESCRIPTION:${'y'.repeat(200)}`);
  });

  it('should not cut a multi-byte character in two when folding', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`;
    const folded = foldLine(line).split('\r\n');

    expect(folded.map(octets).every((n) => n <= 75)).toBe(true);
    expect(folded.every((part) => !part.includes('\uFFFD'))).toBe(true);
    expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it('should end every line with CRLF and fold every line of a calendar', () => {
    const { text } = roundTrip({ description: 'Une très longue présentation, avec des virgules ; des points-virgules et des accents. '.repeat(5) });

    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.split('\r\n').every((line) => octets(line) <= 75)).toBe(true);
  });
});

describe('iCalendar times in Europe/Paris', () => {
  it('should write winter times as Paris wall-clock time at +01:00', () => {
    const { text, event } = roundTrip({});

    expect(text).toContain('DTSTART;TZID=Europe/Paris:20261203T093000\r\n');
    expect(event.startDate.utcOffset()).toBe(3600);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-03T08:30:00.000Z');
  });

  it('should write summer times at +02:00', () => {
    const { text, event } = roundTrip({ start: '2027-07-01T08:00:00.000Z', end: '2027-07-01T10:00:00.000Z' });

    expect(text).toContain('DTSTART;TZID=Europe/Paris:20270701T100000\r\n');
    expect(event.startDate.utcOffset()).toBe(7200);
    expect(event.endDate.toJSDate().toISOString()).toBe('2027-07-01T10:00:00.000Z');
  });

  it('should keep the wall-clock time on the day summer time begins', () => {
    const { event } = roundTrip({ start: '2027-03-28T08:00:00.000Z', end: '2027-03-28T09:00:00.000Z' });

    expect(event.startDate.toString()).toBe('2027-03-28T10:00:00');
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-03-28T08:00:00.000Z');
  });

  it('should carry a VTIMEZONE with its standard and daylight rules', () => {
    const { calendar } = roundTrip({});
    const zone = calendar.getFirstSubcomponent('vtimezone')!;

    expect(zone.getFirstPropertyValue('tzid')).toBe('Europe/Paris');
    expect(zone.getFirstSubcomponent('standard')!.getFirstPropertyValue('rrule')!.toString()).toBe('FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    expect(zone.getFirstSubcomponent('daylight')!.getFirstPropertyValue('rrule')!.toString()).toBe('FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
  });

  it('should stamp events in UTC', () => {
    expect(roundTrip({}).text).toContain('DTSTAMP:20261125T090000Z\r\n');
  });

  it('should publish with the calendar header fields', () => {
    const { calendar } = roundTrip({});

    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Test');
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/Reseau EPN/);
  });
});

const source: IcsSource = {
  documentId: 'doc1',
  kind: 'formation',
  title: 'Reconditionner des ordinateurs',
  description: '## Programme\n\nUne **journée** pour [installer Linux](https://example.org/linux), *pas à pas*.\n\n* sauvegarder\n* installer',
  startsAt: '2026-12-14T08:00:00.000Z',
  endsAt: '2026-12-14T16:00:00.000Z',
  updatedAt: '2026-11-20T10:00:00.000Z',
  place: { name: 'Tiers-lieu', address: '2 rue de la Gare', postalCode: '29260', commune: 'Lesneven' },
  facilitators: 'Erwan',
  audience: 'benevoles',
  level: 'intermediaire',
  capacity: 8,
  registration: null,
  eventStatus: 'complet',
  category: { name: 'Matériel' },
};
const label = (key: string, vars: Record<string, string | number> = {}) => `${key}${vars.count ?? ''}`;

describe('an event as a VEVENT', () => {
  it('should name the event by its document, stable across builds', () => {
    expect(eventToIcs(source, 'https://x/', label).uid).toBe('doc1@reseau-epn');
  });

  it('should locate it by place name, address and commune', () => {
    expect(eventToIcs(source, 'https://x/', label).location).toBe('Tiers-lieu, 2 rue de la Gare, 29260 Lesneven');
  });

  it('should keep a full event confirmed and say it is full in its categories and description', () => {
    const event = eventToIcs(source, 'https://x/', label);

    expect(event.status).toBe('CONFIRMED');
    expect(event.categories).toContain('calendar.status.complet');
    expect(event.description!.startsWith('calendar.ics.complet')).toBe(true);
  });

  it('should mark a cancelled event CANCELLED', () => {
    expect(eventToIcs({ ...source, eventStatus: 'annule' }, 'https://x/', label).status).toBe('CANCELLED');
  });

  it('should turn the Markdown description into plain text', () => {
    expect(eventToIcs(source, 'https://x/', label).description).toContain(
      '\n\nProgramme\n\nUne journée pour installer Linux (https://example.org/linux), pas à pas.\n\n- sauvegarder\n- installer\n\n',
    );
  });
});
