import { addDays, daysBetween, isoWeek, isoWeekKey, parisDay, parisParts, parisTimeToUtc, parisToday } from '@reseau-epn/platform';
import { describe, expect, it } from 'vitest';

describe('Paris time', () => {
  it('should read the Paris day of an instant, not the UTC one', () => {
    expect(parisDay('2026-12-01T23:30:00Z')).toBe('2026-12-02');
    expect(parisDay('2026-07-01T21:59:00Z')).toBe('2026-07-01');
    expect(parisDay('2026-07-01T22:00:00Z')).toBe('2026-07-02');
  });

  it('should give today in Paris for a given clock', () => {
    expect(parisToday(new Date('2026-03-28T23:15:00Z'))).toBe('2026-03-29');
  });

  it('should read the wall clock across the spring and autumn changes', () => {
    expect(parisParts('2026-03-29T00:59:00Z')).toMatchObject({ day: 29, hour: 1, minute: 59 });
    expect(parisParts('2026-03-29T01:00:00Z')).toMatchObject({ day: 29, hour: 3, minute: 0 });
    expect(parisParts('2026-10-25T00:30:00Z')).toMatchObject({ hour: 2, minute: 30 });
    expect(parisParts('2026-10-25T01:30:00Z')).toMatchObject({ hour: 2, minute: 30 });
  });

  it('should turn a Paris wall-clock time into its instant, in winter and in summer', () => {
    expect(parisTimeToUtc(2026, 12, 3, 9, 30).toISOString()).toBe('2026-12-03T08:30:00.000Z');
    expect(parisTimeToUtc(2026, 7, 14, 14, 0).toISOString()).toBe('2026-07-14T12:00:00.000Z');
    // The day after the spring change, and the day of the autumn one (after 3:00).
    expect(parisTimeToUtc(2026, 3, 30, 0, 0).toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(parisTimeToUtc(2026, 10, 25, 14, 0).toISOString()).toBe('2026-10-25T13:00:00.000Z');
  });

  it('should move days and count them across a DST change and a month end', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-30', '2026-10-20')).toBe(-10);
    expect(daysBetween('2026-12-01T10:00:00Z', '2026-12-01')).toBe(0);
  });
});

describe('ISO weeks', () => {
  it.each([
    ['2026-12-01', '2026-W49', '2026-11-30', '2026-12-06'],
    ['2026-12-31', '2026-W53', '2026-12-28', '2027-01-03'],
    ['2027-01-03', '2026-W53', '2026-12-28', '2027-01-03'],
    ['2027-01-04', '2027-W01', '2027-01-04', '2027-01-10'],
    ['2024-12-30', '2025-W01', '2024-12-30', '2025-01-05'],
    ['2021-01-03', '2020-W53', '2020-12-28', '2021-01-03'],
  ])('should put %s in %s (%s to %s)', (day, key, monday, sunday) => {
    expect(isoWeek(day)).toMatchObject({ key, monday, sunday });
  });

  it('should key an instant by its week in Paris: Sunday 23:30 in Paris is still that week', () => {
    // Sunday 6 December 2026, 23:30 in Paris is 22:30 UTC; Monday 00:30 in Paris is Sunday 23:30 UTC.
    expect(isoWeekKey('2026-12-06T22:30:00Z')).toBe('2026-W49');
    expect(isoWeekKey('2026-12-06T23:30:00Z')).toBe('2026-W50');
  });
});
