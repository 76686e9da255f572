import { expandRecurrence, PARIS_VTIMEZONE, PRODID, toRRule, type RecurrenceRule } from '@reseau-epn/platform';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';

const common = { time: '14:00', durationMinutes: 120 } as const;

/** The rules the network writes, each across at least one DST change in Europe/Paris. */
const rules: [string, RecurrenceRule][] = [
  ['weekly across spring, with a count', { ...common, frequency: 'weekly', weekdays: ['TU'], from: '2026-03-10', count: 6 }],
  ['weekly across autumn, with an until', { ...common, frequency: 'weekly', weekdays: ['TU'], from: '2026-10-06', until: '2026-11-10' }],
  [
    'weekly on two days every other week, starting mid-week',
    { ...common, frequency: 'weekly', weekdays: ['TH', 'MO'], from: '2026-03-18', interval: 2, count: 7 },
  ],
  [
    'weekly with exceptions counted in the count',
    { ...common, frequency: 'weekly', weekdays: ['WE'], from: '2026-10-07', count: 6, exceptions: ['2026-10-28', '2026-10-21'] },
  ],
  [
    'monthly on the first Saturday across a year',
    { ...common, time: '10:00', frequency: 'monthly-weekday', weekday: 'SA', position: 1, from: '2026-01-01', until: '2026-12-31' },
  ],
  [
    'monthly on the last Friday, every other month',
    { ...common, frequency: 'monthly-weekday', weekday: 'FR', position: -1, from: '2026-02-01', interval: 2, count: 6 },
  ],
  [
    'monthly on the 5th Sunday, months without one skipped',
    { ...common, frequency: 'monthly-weekday', weekday: 'SU', position: 5, from: '2026-01-01', count: 4 },
  ],
  [
    'monthly on the 31st, short months skipped',
    { ...common, frequency: 'monthly-day', monthDay: 31, from: '2026-01-15', until: '2027-01-31', exceptions: ['2026-08-31'] },
  ],
  ['an evening session on the day of the autumn change', { ...common, time: '18:30', frequency: 'weekly', weekdays: ['SU'], from: '2026-10-18', count: 3 }],
];

/** A calendar of one VEVENT carrying the rule's lines and the Paris VTIMEZONE, as a feed would hold it. */
function calendarOf(rule: RecurrenceRule): string {
  return [
    'BEGIN:VCALENDAR',
    `PRODID:${PRODID}`,
    'VERSION:2.0',
    ...PARIS_VTIMEZONE,
    'BEGIN:VEVENT',
    'UID:series@reseau-epn',
    'DTSTAMP:20260101T000000Z',
    ...toRRule(rule).lines,
    'SUMMARY:Atelier tablette',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

/** The sessions ical.js finds in the text, through its RecurExpansion, as UTC instants. */
function sessionsReadByIcalJs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  const event = new ICAL.Event(vevent);
  const expansion = new ICAL.RecurExpansion({ component: vevent, dtstart: event.startDate });
  const sessions: { start: string; end: string }[] = [];
  for (let next = expansion.next(); next && sessions.length < 400; next = expansion.next()) {
    const details = event.getOccurrenceDetails(next);
    sessions.push({ start: details.startDate.toJSDate().toISOString(), end: details.endDate.toJSDate().toISOString() });
  }
  return sessions;
}

describe('toRRule read back by ical.js', () => {
  it.each(rules)('should give the sessions expandRecurrence gives: %s', (_case, rule) => {
    const expected = expandRecurrence(rule).map(({ start, end }) => ({ start, end }));

    expect(sessionsReadByIcalJs(calendarOf(rule))).toEqual(expected);
  });

  it('should write the first Saturday rule the way RFC 5545 spells it', () => {
    expect(toRRule(rules[4][1]).lines).toEqual([
      'DTSTART;TZID=Europe/Paris:20260103T100000',
      'DTEND;TZID=Europe/Paris:20260103T120000',
      'RRULE:FREQ=MONTHLY;BYDAY=1SA;UNTIL=20261231T225959Z',
    ]);
  });

  it('should write the exceptions as one EXDATE at the session time, in day order', () => {
    expect(toRRule(rules[3][1]).exdate).toBe('EXDATE;TZID=Europe/Paris:20261021T140000,20261028T140000');
  });

  it('should write the interval and the week start of a fortnightly rule', () => {
    expect(toRRule(rules[2][1]).rrule).toBe('RRULE:FREQ=WEEKLY;WKST=MO;BYDAY=TH,MO;INTERVAL=2;COUNT=7');
  });
});
