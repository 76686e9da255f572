import { describe, expect, it } from 'vitest';
import { nextAttempt } from '../../../plugins/digest/server/src/digest/backoff';
import { createPacer } from '../../../plugins/digest/server/src/digest/pacer';
import { isoWeekKey } from '@reseau-epn/platform';

const policy = { maxAttempts: 4, baseDelaySeconds: 60, maxDelaySeconds: 600 };
const NOW = new Date('2026-11-23T07:00:00Z');
const after = (date: Date | null) => (date ? (date.getTime() - NOW.getTime()) / 1000 : null);

describe('retries', () => {
  it('should wait twice as long after each failure, up to the cap', () => {
    expect([1, 2, 3].map((attempt) => after(nextAttempt(attempt, {}, { ...policy, maxAttempts: 9 }, NOW)))).toEqual([60, 120, 240]);
    expect(after(nextAttempt(8, {}, { ...policy, maxAttempts: 9 }, NOW))).toBe(600);
  });

  it('should give up after the last attempt', () => {
    expect(nextAttempt(4, { responseCode: 451 }, policy, NOW)).toBeNull();
  });

  it('should give up at once on a permanent refusal', () => {
    expect(nextAttempt(1, { responseCode: 550 }, policy, NOW)).toBeNull();
  });

  it('should retry a temporary refusal', () => {
    expect(after(nextAttempt(1, { responseCode: 421 }, policy, NOW))).toBe(60);
  });
});

describe('the sending rate', () => {
  it('should space messages out to the rate, whatever the parallelism', async () => {
    const clock = 0;
    const waits: number[] = [];
    const pacer = createPacer(
      10,
      () => clock,
      async (ms) => {
        waits.push(ms);
      },
    );

    await Promise.all([pacer.wait(), pacer.wait(), pacer.wait()]);

    expect(waits).toEqual([100, 200]);
  });

  it('should not wait without a rate', async () => {
    const waits: number[] = [];
    const pacer = createPacer(
      0,
      () => 0,
      async (ms) => {
        waits.push(ms);
      },
    );

    await Promise.all([pacer.wait(), pacer.wait()]);

    expect(waits).toEqual([]);
  });
});

describe('the weekly issue key', () => {
  it.each([
    ['2026-11-23T07:00:00Z', '2026-W48'],
    ['2026-12-31T12:00:00Z', '2026-W53'],
    ['2027-01-04T07:00:00Z', '2027-W01'],
    // Sunday 23:30 UTC is already Monday in Paris.
    ['2026-11-29T23:30:00Z', '2026-W49'],
  ])('should name the Paris ISO week of %s %s', (moment, key) => {
    expect(isoWeekKey(new Date(moment))).toBe(key);
  });
});
