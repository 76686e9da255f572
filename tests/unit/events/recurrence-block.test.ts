import { describe, expect, it } from 'vitest';
import { resolveRecurrence } from '../../../content-seed/src/recurrence-block';

/** A Wednesday: « J+3 » is the Saturday after, and the first Tuesday from there is 2026-12-01. */
const NOW = new Date('2026-11-25T09:00:00Z');
const weekly = { frequency: 'chaque_semaine', weekdays: 'mardi', from: 'J+3', time: '14:00', durationMinutes: 120, count: 6 };

describe('resolveRecurrence', () => {
  it('should resolve the first day relative to the import and give Strapi its time format', () => {
    expect(resolveRecurrence(weekly, NOW)).toMatchObject({ from: '2026-11-28', time: '14:00:00.000', count: 6, until: null, exceptions: null });
  });

  it('should write the skipped sessions, named by rank, as the rule exceptions', () => {
    expect(resolveRecurrence({ ...weekly, skipSessions: [4] }, NOW).exceptions).toBe('2026-12-22');
  });

  it('should refuse a rank the series does not reach, naming the field', () => {
    expect(() => resolveRecurrence({ ...weekly, skipSessions: [7] }, NOW)).toThrow('recurrence.skipSessions');
  });

  it('should refuse a time that is not HH:MM', () => {
    expect(() => resolveRecurrence({ ...weekly, time: '14h' }, NOW)).toThrow('recurrence.time');
  });
});
