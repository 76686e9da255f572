import { expandRecurrence, parisParts, RecurrenceError, toRRule, type RecurrenceRule } from '@reseau-epn/platform';
import { describe, expect, it } from 'vitest';

/** « Tous les mardis à 14 h, 2 h, pendant 6 semaines », from a Tuesday before the spring change. */
const tuesdays: RecurrenceRule = { frequency: 'weekly', weekdays: ['TU'], from: '2026-03-17', time: '14:00', durationMinutes: 120, count: 6 };

const days = (rule: RecurrenceRule) => expandRecurrence(rule).map((session) => session.day);

/** The issues a rule is refused with; a rule that passes yields [] and fails the assertion. */
function issuesOf(rule: unknown) {
  try {
    expandRecurrence(rule as RecurrenceRule);
    return [];
  } catch (error) {
    return (error as RecurrenceError).issues;
  }
}

describe('expandRecurrence: weekly sessions and DST', () => {
  it('should keep 14:00 in Paris across the spring change, the UTC hour moving instead', () => {
    const sessions = expandRecurrence({ ...tuesdays, count: 3, from: '2026-03-24' });

    expect(sessions.map((s) => s.start)).toEqual(['2026-03-24T13:00:00.000Z', '2026-03-31T12:00:00.000Z', '2026-04-07T12:00:00.000Z']);
  });

  it('should keep 14:00 in Paris across the autumn change', () => {
    const sessions = expandRecurrence({ ...tuesdays, count: 3, from: '2026-10-20' });

    expect(sessions.map((s) => s.start)).toEqual(['2026-10-20T12:00:00.000Z', '2026-10-27T13:00:00.000Z', '2026-11-03T13:00:00.000Z']);
  });

  it('should read 14:00 to 16:00 in Paris on every Tuesday of a year', () => {
    const sessions = expandRecurrence({ ...tuesdays, count: undefined, from: '2026-01-01', until: '2026-12-31' });
    const hours = new Set(sessions.map((s) => `${parisParts(s.start).hour}:${parisParts(s.start).minute}-${parisParts(s.end).hour}`));

    expect({ sessions: sessions.length, hours: [...hours] }).toEqual({ sessions: 52, hours: ['14:0-16'] });
  });

  it('should give several weekdays of a week in calendar order, whatever the order written', () => {
    expect(days({ ...tuesdays, weekdays: ['TH', 'MO'], from: '2026-03-16', count: 4 })).toEqual(['2026-03-16', '2026-03-19', '2026-03-23', '2026-03-26']);
  });

  it('should start on the first matching day on or after the start date', () => {
    expect(days({ ...tuesdays, from: '2026-03-18', count: 2 })).toEqual(['2026-03-24', '2026-03-31']);
  });
});

describe('expandRecurrence: monthly sessions', () => {
  it('should give the first Saturday of every month across a year, at 10:00 in Paris', () => {
    const sessions = expandRecurrence({
      frequency: 'monthly-weekday',
      weekday: 'SA',
      position: 1,
      from: '2026-01-01',
      until: '2026-12-31',
      time: '10:00',
      durationMinutes: 90,
    });

    expect(sessions.map((s) => s.day)).toEqual([
      '2026-01-03',
      '2026-02-07',
      '2026-03-07',
      '2026-04-04',
      '2026-05-02',
      '2026-06-06',
      '2026-07-04',
      '2026-08-01',
      '2026-09-05',
      '2026-10-03',
      '2026-11-07',
      '2026-12-05',
    ]);
    expect(new Set(sessions.map((s) => parisParts(s.start).hour))).toEqual(new Set([10]));
  });

  it('should give the last Friday of the month with position -1', () => {
    expect(days({ frequency: 'monthly-weekday', weekday: 'FR', position: -1, from: '2026-01-01', count: 3, time: '18:00', durationMinutes: 60 })).toEqual([
      '2026-01-30',
      '2026-02-27',
      '2026-03-27',
    ]);
  });

  it('should skip the months without a 31st rather than move the session to their last day', () => {
    expect(days({ frequency: 'monthly-day', monthDay: 31, from: '2026-01-01', until: '2026-12-31', time: '10:00', durationMinutes: 60 })).toEqual([
      '2026-01-31',
      '2026-03-31',
      '2026-05-31',
      '2026-07-31',
      '2026-08-31',
      '2026-10-31',
      '2026-12-31',
    ]);
  });

  it('should not count the skipped short months in a count', () => {
    expect(days({ frequency: 'monthly-day', monthDay: 30, from: '2027-01-01', count: 3, time: '10:00', durationMinutes: 60 })).toEqual([
      '2027-01-30',
      '2027-03-30',
      '2027-04-30',
    ]);
  });
});

describe('expandRecurrence: count, until, interval, exceptions', () => {
  it('should give the same sessions for a count of 6 and for an until on the 6th Tuesday', () => {
    expect(days({ ...tuesdays, count: undefined, until: '2026-04-21' })).toEqual(days(tuesdays));
  });

  it('should hold a session on the until day itself', () => {
    expect(days({ ...tuesdays, count: undefined, until: '2026-03-24' })).toEqual(['2026-03-17', '2026-03-24']);
  });

  it('should leave out the exceptions, which still count among the 6 weeks (RFC 5545 COUNT)', () => {
    expect(days({ ...tuesdays, exceptions: ['2026-04-07', '2026-03-24'] })).toEqual(['2026-03-17', '2026-03-31', '2026-04-14', '2026-04-21']);
  });

  it('should give every other week with an interval of 2, counted from the first session’s week', () => {
    expect(days({ ...tuesdays, weekdays: ['MO', 'TH'], from: '2026-03-18', interval: 2, count: 5 })).toEqual([
      '2026-03-19',
      '2026-03-30',
      '2026-04-02',
      '2026-04-13',
      '2026-04-16',
    ]);
  });

  it('should give every other month with an interval of 2, counted from the first session’s month', () => {
    expect(
      days({ frequency: 'monthly-weekday', weekday: 'SA', position: 1, from: '2026-01-04', interval: 2, count: 3, time: '10:00', durationMinutes: 60 }),
    ).toEqual(['2026-02-07', '2026-04-04', '2026-06-06']);
  });
});

describe('expandRecurrence and toRRule: invalid rules', () => {
  it.each([
    ['a misspelt weekday', { weekdays: ['TU', 'MA'] }, ['weekdays', '1']],
    ['a weekday given twice', { weekdays: ['TU', 'TU'] }, ['weekdays', '1']],
    ['a day that does not exist', { from: '2026-02-30' }, ['from']],
    ['a time past 23:59', { time: '24:00' }, ['time']],
    ['a duration of zero', { durationMinutes: 0 }, ['durationMinutes']],
    ['an interval of zero', { interval: 0 }, ['interval']],
    ['neither a count nor an until', { count: undefined }, ['count']],
    ['both a count and an until', { until: '2026-06-30' }, ['until']],
    ['an until before the start', { count: undefined, until: '2026-03-01' }, ['until']],
    ['an exception that is not a session day', { exceptions: ['2026-03-24', '2026-03-25'] }, ['exceptions', '1']],
    ['a misspelt field', { exception: ['2026-03-24'] }, ['exception']],
    ['a field of another frequency', { monthDay: 3 }, ['monthDay']],
    ['more sessions than a series has', { weekdays: ['MO', 'TU', 'WE'], count: undefined, until: '2029-03-01' }, ['until']],
  ])('should refuse %s, naming the field', (_case, change, path) => {
    expect(issuesOf({ ...tuesdays, ...change })).toEqual([{ path, message: expect.any(String) }]);
  });

  it('should refuse a frequency it does not know, naming it', () => {
    expect(issuesOf({ ...tuesdays, frequency: 'daily' }).map((issue) => issue.path)).toContainEqual(['frequency']);
  });

  it('should refuse a rule whose every session is an exception', () => {
    expect(issuesOf({ ...tuesdays, count: 1, exceptions: ['2026-03-17'] })).toEqual([
      { path: ['exceptions'], message: 'toutes les séances de la série sont exclues' },
    ]);
  });

  it('should throw a RecurrenceError whose message names the field, in French', () => {
    expect(() => expandRecurrence({ ...tuesdays, time: '14h' })).toThrow(new RecurrenceError([{ path: ['time'], message: 'heure attendue, au format HH:MM' }]));
    expect(() => expandRecurrence({ ...tuesdays, time: '14h' })).toThrow('time : heure attendue, au format HH:MM');
  });

  it('should refuse in toRRule what expandRecurrence refuses', () => {
    expect(() => toRRule({ ...tuesdays, position: 2 } as RecurrenceRule)).toThrow('position : champ inconnu pour cette fréquence');
  });
});
