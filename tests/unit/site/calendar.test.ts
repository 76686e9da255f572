import { describe, expect, it } from 'vitest';
import {
  feedSince,
  filterEvents,
  filterOptions,
  groupByWeek,
  isoWeek,
  monthGrid,
  monthsOf,
  parisDay,
  parseFilter,
  slugify,
  upcoming,
  type CalendarEvent,
} from '../../../site/src/lib/calendar';

const event = (startsAt: string, more: Partial<CalendarEvent> = {}): CalendarEvent => ({
  kind: 'atelier',
  audience: 'tout_public',
  startsAt,
  endsAt: startsAt,
  place: { commune: 'Brest' },
  ...more,
});

describe('Paris calendar days', () => {
  it('should read an instant after 23:00 UTC in winter as the next day in Paris', () => {
    expect(parisDay('2026-11-29T23:30:00Z')).toBe('2026-11-30');
  });

  it('should read an instant after 22:00 UTC in summer as the next day in Paris', () => {
    expect(parisDay('2027-06-30T22:30:00Z')).toBe('2027-07-01');
  });
});

describe('ISO weeks', () => {
  it('should start weeks on Monday', () => {
    expect(isoWeek('2026-12-06')).toMatchObject({ key: '2026-W49', monday: '2026-11-30', sunday: '2026-12-06' });
  });

  it('should count the last days of a year into week 53 when the year has one', () => {
    expect(isoWeek('2027-01-03').key).toBe('2026-W53');
    expect(isoWeek('2027-01-04').key).toBe('2027-W01');
  });

  it('should group events by the Paris week they start in, in time order', () => {
    const weeks = groupByWeek([event('2026-12-01T09:00:00Z'), event('2026-11-29T23:30:00Z'), event('2026-11-29T10:00:00Z')]);

    expect(weeks.map((w) => w.key)).toEqual(['2026-W48', '2026-W49']);
    expect(weeks[1].events.map((e) => e.startsAt)).toEqual(['2026-11-29T23:30:00Z', '2026-12-01T09:00:00Z']);
  });
});

describe('month grids', () => {
  it('should lay a month out in weeks of seven days starting on Monday', () => {
    const weeks = monthGrid('2026-12', []);

    expect(weeks).toHaveLength(5);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
    expect(weeks[0][0]).toMatchObject({ date: '2026-11-30', inMonth: false });
    expect(weeks[0][1]).toMatchObject({ date: '2026-12-01', day: 1, inMonth: true });
    expect(weeks[4][3]).toMatchObject({ date: '2026-12-31', inMonth: true });
  });

  it('should put each event on the Paris day it starts', () => {
    const late = event('2026-12-02T23:15:00Z');
    const days = monthGrid('2026-12', [late]).flat();

    expect(days.find((d) => d.date === '2026-12-03')!.events).toEqual([late]);
    expect(days.find((d) => d.date === '2026-12-02')!.events).toEqual([]);
  });

  it('should list every month from the first event to the last, gaps included', () => {
    expect(monthsOf([event('2027-02-10T10:00:00Z'), event('2026-11-28T10:00:00Z')])).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
  });
});

describe('feeds and filters', () => {
  it('should keep in the feeds the events that ended less than 30 days ago and those to come', () => {
    const now = new Date('2026-11-25T09:00:00Z');
    const events = [event('2026-10-20T10:00:00Z'), event('2026-10-30T10:00:00Z'), event('2027-01-10T10:00:00Z')];

    expect(upcoming(events, feedSince(now)).map((e) => e.startsAt)).toEqual(['2026-10-30T10:00:00Z', '2027-01-10T10:00:00Z']);
  });

  it('should filter by type, audience and commune together', () => {
    const events = [
      event('2026-12-01T10:00:00Z', { kind: 'formation', audience: 'animateurs', place: { commune: 'Brest' } }),
      event('2026-12-02T10:00:00Z', { kind: 'atelier', audience: 'seniors', place: { commune: 'Le Relecq-Kerhuon' } }),
      event('2026-12-03T10:00:00Z', { kind: 'atelier', audience: 'seniors', place: { commune: 'Brest' } }),
    ];

    expect(filterEvents(events, { type: 'atelier', public: 'seniors', commune: 'brest' }).map((e) => e.startsAt)).toEqual(['2026-12-03T10:00:00Z']);
    expect(filterEvents(events, { commune: 'le-relecq-kerhuon' })).toHaveLength(1);
    expect(filterEvents(events, {})).toHaveLength(3);
  });

  it('should read the filters from a query string and ignore empty values', () => {
    expect(parseFilter(new URLSearchParams('type=formation&public=&commune=brest&x=1'))).toEqual({ type: 'formation', commune: 'brest' });
  });

  it('should offer the communes the events take place in, by name', () => {
    const options = filterOptions([
      event('2026-12-01T10:00:00Z', { place: { commune: 'Plabennec' } }),
      event('2026-12-01T10:00:00Z', { place: { commune: 'Châteaulin' } }),
      event('2026-12-01T10:00:00Z', { place: null }),
    ]);

    expect(options.communes).toEqual([
      { slug: 'chateaulin', name: 'Châteaulin' },
      { slug: 'plabennec', name: 'Plabennec' },
    ]);
  });

  it('should make commune names safe for addresses', () => {
    expect(slugify('Le Relecq-Kerhuon')).toBe('le-relecq-kerhuon');
    expect(slugify('Plougastel-Daoulas ')).toBe('plougastel-daoulas');
    expect(slugify('Ploudalmézeau')).toBe('ploudalmezeau');
  });
});
