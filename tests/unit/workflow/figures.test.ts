import { describe, expect, it } from 'vitest';
import { rangesOverlap } from '../../../plugins/workflow/server/src/machines/loan-overlap';
import { parisToday } from '@reseau-epn/platform';
import { groupTimings, median, timings, weekOf } from '../../../plugins/workflow/server/src/services/response-times';

describe('loan date ranges', () => {
  it('should overlap when they share a day, and not when they only touch', () => {
    expect(rangesOverlap({ startDate: '2027-01-01', endDate: '2027-01-05' }, { startDate: '2027-01-05', endDate: '2027-01-07' })).toBe(true);
    expect(rangesOverlap({ startDate: '2027-01-01', endDate: '2027-01-05' }, { startDate: '2027-01-06', endDate: '2027-01-07' })).toBe(false);
    expect(rangesOverlap({ startDate: '2027-01-01', endDate: '2027-01-31' }, { startDate: '2027-01-10', endDate: '2027-01-12' })).toBe(true);
  });
});

describe('intervention timings', () => {
  const timeline = {
    createdAt: '2026-11-02T08:00:00Z',
    changes: [
      { from: 'nouvelle', to: 'prise_en_charge', createdAt: '2026-11-02T10:30:00Z' },
      { from: 'prise_en_charge', to: 'en_cours', createdAt: '2026-11-02T11:00:00Z' },
      { from: 'en_cours', to: 'resolue', createdAt: '2026-11-03T08:00:00Z' },
    ],
  };

  it('should measure first response and resolution from the request', () => {
    expect(timings(timeline)).toEqual({ firstResponseHours: 2.5, resolutionHours: 24 });
  });

  it('should leave a figure empty until it happens', () => {
    expect(timings({ createdAt: timeline.createdAt, changes: [] })).toEqual({ firstResponseHours: null, resolutionHours: null });
  });

  it('should give medians per group', () => {
    const groups = groupTimings([
      { key: 'EPN Bellevue', timeline },
      { key: 'EPN Bellevue', timeline: { ...timeline, changes: timeline.changes.slice(0, 1) } },
    ]);
    expect(groups).toEqual([{ key: 'EPN Bellevue', firstResponseHours: 2.5, resolutionHours: 24, count: 2 }]);
    expect(median([1, 3, 2, 10])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});

describe('calendar helpers', () => {
  it('should find the Monday-to-Sunday week of a day', () => {
    expect(weekOf('2026-11-25')).toEqual({ start: '2026-11-23', end: '2026-11-29' });
    expect(weekOf('2026-11-29')).toEqual({ start: '2026-11-23', end: '2026-11-29' });
  });

  it('should read today in Paris', () => {
    expect(parisToday(new Date('2026-11-25T23:30:00Z'))).toBe('2026-11-26');
  });
});
