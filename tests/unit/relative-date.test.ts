import { describe, expect, it } from 'vitest';
import { parisTimeToUtc } from '@reseau-epn/platform';
import { resolveDate, resolveDateTime } from '../../content-seed/src/relative-date';

const NOW = new Date('2026-11-25T23:30:00Z'); // already the 26th in Paris

describe('relative seed dates', () => {
  it('should count days from the Paris calendar day of the import', () => {
    expect(resolveDate('J+1', NOW)).toBe('2026-11-27');
    expect(resolveDate('J-3', NOW)).toBe('2026-11-23');
  });

  it('should read a time as Paris wall-clock time in winter (UTC+1)', () => {
    expect(resolveDateTime('J+4 14:00', NOW)).toBe('2026-11-30T13:00:00.000Z');
  });

  it('should read a time as Paris wall-clock time in summer (UTC+2)', () => {
    expect(resolveDateTime('J+200 09:30', NOW)).toBe('2027-06-14T07:30:00.000Z');
  });

  it('should keep the wall-clock time across the spring DST change', () => {
    expect(parisTimeToUtc(2027, 3, 28, 10, 0).toISOString()).toBe('2027-03-28T08:00:00.000Z');
    expect(parisTimeToUtc(2027, 3, 27, 10, 0).toISOString()).toBe('2027-03-27T09:00:00.000Z');
  });

  it('should accept absolute dates', () => {
    expect(resolveDateTime('2026-12-03T14:00:00+01:00', NOW)).toBe('2026-12-03T13:00:00.000Z');
    expect(resolveDate('2026-12-03', NOW)).toBe('2026-12-03');
  });

  it('should name the value it cannot read', () => {
    expect(() => resolveDateTime('demain', NOW)).toThrow('"demain" is not a date');
    expect(() => resolveDate('J+x', NOW)).toThrow('"J+x" is not a day');
  });
});
