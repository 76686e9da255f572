import { describe, expect, it } from 'vitest';
import { expandRecurrence, type RecurrenceError } from '@reseau-epn/platform';
import { componentIssues, parseExceptions, parseWeekdays, ruleFromComponent } from '../../../cms/src/events/rule-from-component';

const weekly = {
  frequency: 'chaque_semaine',
  weekdays: 'mardi',
  from: '2026-03-03',
  time: '14:00:00.000',
  durationMinutes: 120,
  count: 6,
};

/** The issues a component raises, named as the component names its fields. */
const issuesOf = (component: Parameters<typeof ruleFromComponent>[0]) => {
  try {
    ruleFromComponent(component);
    return [];
  } catch (error) {
    return (error as RecurrenceError).issues.map((issue) => issue.path.join('.'));
  }
};

describe('parseWeekdays', () => {
  it.each([
    ['mardi', ['TU']],
    ['lundi, jeudi', ['MO', 'TH']],
    ['Mardi et jeudi', ['TU', 'TH']],
    ['MO,TH', ['MO', 'TH']],
    ['tous les mercredis', ['WE']],
    ['JEUDI ; lundi', ['MO', 'TH']],
  ])('should read « %s » as %j', (text, days) => {
    expect(parseWeekdays(text)).toEqual({ days, unknown: [] });
  });

  it('should read accents and case away', () => {
    expect(parseWeekdays('Samedi, DIMANCHE').days).toEqual(['SA', 'SU']);
  });

  it('should list the words that are not days', () => {
    expect(parseWeekdays('mardi, marid').unknown).toEqual(['marid']);
  });
});

describe('parseExceptions', () => {
  it('should read ISO and French dates separated by commas, spaces and new lines', () => {
    expect(parseExceptions('22/12/2026, 2026-12-29\n5/1/2027 2027-01-12')).toEqual({
      days: ['2026-12-22', '2026-12-29', '2027-01-05', '2027-01-12'],
      unknown: [],
    });
  });

  it('should list what is not a real day', () => {
    expect(parseExceptions('31/02/2026, demain').unknown).toEqual(['31/02/2026', 'demain']);
  });
});

describe('ruleFromComponent', () => {
  it('should map a weekly component to the weekly rule, Strapi time to HH:MM', () => {
    expect(ruleFromComponent({ ...weekly, exceptions: '17/03/2026' })).toEqual({
      frequency: 'weekly',
      weekdays: ['TU'],
      from: '2026-03-03',
      time: '14:00',
      durationMinutes: 120,
      count: 6,
      exceptions: ['2026-03-17'],
    });
  });

  it('should map « le premier samedi du mois » to monthly-weekday position 1', () => {
    const rule = ruleFromComponent({ ...weekly, frequency: 'chaque_mois_jour_de_semaine', weekdays: 'samedi', position: 'premier' });
    expect(rule).toMatchObject({ frequency: 'monthly-weekday', weekday: 'SA', position: 1 });
  });

  it('should map « dernier » to position -1', () => {
    const rule = ruleFromComponent({ ...weekly, frequency: 'chaque_mois_jour_de_semaine', weekdays: 'vendredi', position: 'dernier' });
    expect(rule).toMatchObject({ weekday: 'FR', position: -1 });
  });

  it('should map a monthly date to monthly-day', () => {
    expect(ruleFromComponent({ ...weekly, frequency: 'chaque_mois_date', monthDay: 15 })).toMatchObject({ frequency: 'monthly-day', monthDay: 15 });
  });

  it('should leave out null fields the admin sends for empty inputs', () => {
    const rule = ruleFromComponent({ ...weekly, interval: null, until: null, exceptions: null, position: null, monthDay: null });
    expect(Object.keys(rule).sort()).toEqual(['count', 'durationMinutes', 'frequency', 'from', 'time', 'weekdays']);
  });

  it('should give sessions that stay at 14:00 in Paris across the end of March', () => {
    const sessions = expandRecurrence(ruleFromComponent({ ...weekly, from: '2026-03-17', count: 3 }));
    expect(sessions.map((s) => s.start)).toEqual(['2026-03-17T13:00:00.000Z', '2026-03-24T13:00:00.000Z', '2026-03-31T12:00:00.000Z']);
  });

  it('should refuse a weekday it cannot read, naming weekdays', () => {
    expect(issuesOf({ ...weekly, weekdays: 'mardo' })).toEqual(['weekdays']);
  });

  it('should refuse two weekdays for a monthly series', () => {
    expect(issuesOf({ ...weekly, frequency: 'chaque_mois_jour_de_semaine', weekdays: 'lundi, mardi', position: 'premier' })).toEqual(['weekdays']);
  });

  it('should refuse a monthly weekday without its position', () => {
    expect(issuesOf({ ...weekly, frequency: 'chaque_mois_jour_de_semaine', weekdays: 'samedi' })).toEqual(['position']);
  });

  it('should refuse an unknown frequency', () => {
    expect(issuesOf({ ...weekly, frequency: 'chaque_jour' })).toEqual(['frequency']);
  });

  it('should refuse exceptions that are not dates, naming exceptions', () => {
    expect(issuesOf({ ...weekly, exceptions: '17/03/2026, bientôt' })).toEqual(['exceptions']);
  });

  it('should name the component fields in the platform issues', () => {
    expect(
      componentIssues([
        { path: ['weekday'], message: 'm' },
        { path: ['exceptions', '2'], message: 'm' },
      ]).map((i) => i.path),
    ).toEqual([['weekdays'], ['exceptions']]);
  });
});
