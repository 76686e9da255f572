import { checkedOn, DEFAULT_STALE_AFTER_DAYS, isStale, staleAfterDaysSetting, staleAge } from '@reseau-epn/platform';
import { describe, expect, it } from 'vitest';

describe('a space page’s staleness', () => {
  it('should not flag a page checked exactly the threshold’s number of days ago', () => {
    expect(isStale('2025-03-05', '2026-03-05', 365)).toBe(false);
  });

  it('should flag a page checked one day more than the threshold ago', () => {
    expect(isStale('2025-03-04', '2026-03-05', 365)).toBe(true);
  });

  it('should count Paris days across a change of time', () => {
    expect([isStale('2026-03-28', '2026-03-30', 2), isStale('2026-03-28', '2026-03-31', 2)]).toEqual([false, true]);
  });

  it('should date a page by its team’s date when it has one', () => {
    expect(checkedOn({ lastUpdated: '2025-01-10', updatedAt: '2026-02-01T10:00:00Z' })).toBe('2025-01-10');
  });

  it('should date a page by the Paris day of its last edit otherwise', () => {
    expect(checkedOn({ lastUpdated: null, updatedAt: '2026-02-01T23:30:00Z' })).toBe('2026-02-02');
  });

  it('should read an empty setting as a year', () => {
    expect([staleAfterDaysSetting(undefined), staleAfterDaysSetting(' ')]).toEqual([DEFAULT_STALE_AFTER_DAYS, 365]);
  });

  it.each(['0', '-3', '1.5', 'un an'])('should refuse the setting %j', (raw) => {
    expect(() => staleAfterDaysSetting(raw)).toThrow(/SPACES_STALE_AFTER_DAYS/);
  });

  it('should name the threshold in the largest whole unit', () => {
    expect([staleAge(730), staleAge(180), staleAge(45)]).toEqual([
      { unit: 'years', count: 2 },
      { unit: 'months', count: 6 },
      { unit: 'days', count: 45 },
    ]);
  });
});
