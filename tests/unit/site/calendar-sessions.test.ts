import { expandRecurrence } from '@reseau-epn/platform';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { filterKeysOf, filterOptions, monthGrid, upcoming } from '../../../site/src/lib/calendar';
import { facilitatorsOf } from '../../../site/src/lib/calendar-facilitators';
import { eventToIcsEvents, type IcsSource } from '../../../site/src/lib/calendar-ics';
import { nextSession, occurrencesOf, sessionsOf, type Session } from '../../../site/src/lib/calendar-sessions';
import { buildCalendar } from '../../../site/src/lib/ical';

/** Tuesdays at 14:00 Paris for six weeks, across the change to summer time (Sunday 28 March 2027). */
const weekly: Session[] = expandRecurrence({ frequency: 'weekly', weekdays: ['TU'], from: '2027-03-09', time: '14:00', durationMinutes: 120, count: 6 }).map(
  (s) => ({ day: s.day, startsAt: s.start, endsAt: s.end, cancelled: s.day === '2027-03-23', note: s.day === '2027-03-23' ? 'Salle fermée' : null }),
);
const series = { startsAt: weekly[0].startsAt, endsAt: weekly[5].endsAt, sessions: [...weekly].reverse() };
const oneOff = { startsAt: '2026-12-10T13:00:00.000Z', endsAt: '2026-12-10T15:30:00.000Z', sessions: [] };

describe('a series in the calendar', () => {
  it('should give one entry per session, in time order, numbered out of the series', () => {
    const entries = occurrencesOf({ id: 'a' }, series);

    expect(entries.map((e) => [e.id, e.session?.day, e.session?.index, e.session?.total])).toEqual([
      ['a', '2027-03-09', 1, 6],
      ['a', '2027-03-16', 2, 6],
      ['a', '2027-03-23', 3, 6],
      ['a', '2027-03-30', 4, 6],
      ['a', '2027-04-06', 5, 6],
      ['a', '2027-04-13', 6, 6],
    ]);
  });

  it('should keep a cancelled session as an entry, marked cancelled', () => {
    expect(
      occurrencesOf({}, series)
        .filter((e) => e.session?.cancelled)
        .map((e) => e.session?.day),
    ).toEqual(['2027-03-23']);
  });

  it("should give each session's own times to sort and group it by", () => {
    const entries = occurrencesOf({}, series);

    expect([entries[3].startsAt, entries[3].endsAt]).toEqual(['2027-03-30T12:00:00.000Z', '2027-03-30T14:00:00.000Z']);
  });

  it('should give a one-off event a single entry without a session', () => {
    expect(occurrencesOf({ id: 'b' }, oneOff)).toEqual([{ id: 'b', startsAt: oneOff.startsAt, endsAt: oneOff.endsAt, session: null }]);
  });

  it('should drop past sessions from the upcoming entries', () => {
    const next = upcoming(occurrencesOf({}, series), new Date('2027-03-20T00:00:00Z'));

    expect(next.map((e) => e.session?.day)).toEqual(['2027-03-23', '2027-03-30', '2027-04-06', '2027-04-13']);
  });

  it('should put each session on its Paris day in the month grid', () => {
    const days = monthGrid('2027-03', occurrencesOf({}, series))
      .flat()
      .filter((d) => d.events.length > 0)
      .map((d) => d.date);

    expect(days).toEqual(['2027-03-09', '2027-03-16', '2027-03-23', '2027-03-30']);
  });

  it('should take the next live session as the next one, skipping a cancelled one', () => {
    expect(nextSession(series, new Date('2027-03-17T00:00:00Z'))?.day).toBe('2027-03-30');
  });

  it('should have no next session once the last one is over', () => {
    expect(nextSession(series, new Date('2027-04-14T00:00:00Z'))).toBeNull();
  });

  it('should number sessions in time order whatever order they come in', () => {
    expect(sessionsOf(series).map((s) => s.index)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('the filters on sessions and venues', () => {
  const atelier = { kind: 'atelier' as const, audience: 'personnes_handicap', place: { commune: 'Brest' }, eventStatus: 'prevu' as const };
  const outside = { ...atelier, audience: 'personnes_precarite', place: null, venue: { commune: 'Plouguerneau' } };

  it('should offer no places for a cancelled session of a series that has some', () => {
    expect(filterKeysOf(atelier, true).places).toBe('');
  });

  it('should offer places for a live session of the same series', () => {
    expect(filterKeysOf(atelier, false).places).toBe('disponibles');
  });

  it("should take a hors-les-murs event's commune from its venue", () => {
    expect(filterKeysOf(outside).commune).toBe('plouguerneau');
  });

  it('should offer the venues’ communes and the new audiences as filter values', () => {
    const options = filterOptions([atelier, outside]);

    expect(options.communes).toEqual([
      { slug: 'brest', name: 'Brest' },
      { slug: 'plouguerneau', name: 'Plouguerneau' },
    ]);
    expect(options.audiences).toEqual(['personnes_handicap', 'personnes_precarite']);
  });
});

describe('« Animé par »', () => {
  it('should join the members and the free text, members first', () => {
    expect(facilitatorsOf({ facilitatorNames: 'Gwenaëlle Morvan, Erwan Tanguy', facilitators: "bénévoles de l'association" })).toBe(
      "Gwenaëlle Morvan, Erwan Tanguy, bénévoles de l'association",
    );
  });

  it('should name once a person written in both, whatever the case or accents', () => {
    expect(facilitatorsOf({ facilitatorNames: 'Gwenaëlle Morvan', facilitators: 'gwenaelle morvan, Erwan' })).toBe('Gwenaëlle Morvan, Erwan');
  });

  it('should keep the longer form of a name written with what the person does', () => {
    expect(facilitatorsOf({ facilitatorNames: 'Morgane Le Bris', facilitators: 'Morgane Le Bris (Secours populaire)' })).toBe(
      'Morgane Le Bris (Secours populaire)',
    );
  });

  it('should be null when neither field names anyone', () => {
    expect(facilitatorsOf({ facilitatorNames: null, facilitators: '' })).toBeNull();
  });
});

const source: IcsSource = {
  documentId: 'serie1',
  kind: 'atelier',
  title: 'Tablette pas à pas',
  description: 'Six mardis.',
  updatedAt: '2026-11-20T10:00:00.000Z',
  place: null,
  venue: { name: 'Salle des associations', address: '2 rue du Verger', postalCode: '29880', commune: 'Plouguerneau' },
  facilitators: null,
  facilitatorNames: 'Anne Quéré',
  audience: 'personnes_handicap',
  level: 'debutant',
  capacity: null,
  registration: null,
  eventStatus: 'prevu',
  category: null,
  ...series,
};
const label = (key: string, vars: Record<string, string | number> = {}) => [key, ...Object.values(vars)].join(' ');
const parsed = () =>
  new ICAL.Component(ICAL.parse(buildCalendar({ name: 'Test', stamp: '2026-11-25T09:00:00Z', events: eventToIcsEvents(source, 'https://x/a/', label) })))
    .getAllSubcomponents('vevent')
    .map((v) => new ICAL.Event(v));

describe('a series as iCalendar events', () => {
  it('should give one VEVENT per session, keyed by the series and the day', () => {
    expect(parsed().map((e) => e.uid)).toEqual(weekly.map((s) => `serie1-${s.day}@reseau-epn`));
  });

  it('should keep every session at 14:00 Paris on either side of the change to summer time', () => {
    expect(parsed().map((e) => [e.startDate.toString(), e.startDate.utcOffset()])).toEqual([
      ['2027-03-09T14:00:00', 3600],
      ['2027-03-16T14:00:00', 3600],
      ['2027-03-23T14:00:00', 3600],
      ['2027-03-30T14:00:00', 7200],
      ['2027-04-06T14:00:00', 7200],
      ['2027-04-13T14:00:00', 7200],
    ]);
  });

  it('should mark the cancelled session CANCELLED and the others CONFIRMED', () => {
    expect(parsed().map((e) => e.component.getFirstPropertyValue('status'))).toEqual([
      'CONFIRMED',
      'CONFIRMED',
      'CANCELLED',
      'CONFIRMED',
      'CONFIRMED',
      'CONFIRMED',
    ]);
  });

  it('should say in the cancelled session why, from its note', () => {
    expect(parsed()[2].description).toMatch(/^calendar\.ics\.sessionCancelled\n\nSalle fermée\n\n/);
  });

  it('should name the series in every session', () => {
    expect(new Set(parsed().map((e) => e.component.getFirstPropertyValue('x-reseau-epn-series')))).toEqual(new Set(['serie1@reseau-epn']));
  });

  it("should number the session in its summary and link the session's line on the page", () => {
    const fourth = parsed()[3];

    expect(fourth.summary).toBe('Tablette pas à pas · calendar.session.ofSeries 4 6');
    expect(fourth.component.getFirstPropertyValue('url')).toBe('https://x/a/#seance-2027-03-30');
  });

  it('should locate a hors-les-murs event at its venue', () => {
    expect(parsed()[0].location).toBe('Salle des associations, 2 rue du Verger, 29880 Plouguerneau');
  });

  it('should keep a one-off event as one VEVENT named by its document', () => {
    expect(eventToIcsEvents({ ...source, ...oneOff }, 'https://x/a/', label).map((e) => e.uid)).toEqual(['serie1@reseau-epn']);
  });
});
