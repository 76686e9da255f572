import { describe, expect, it } from 'vitest';
import { mergeSessions, normalizeSessions, seriesSpan, sessionIssues, type Session } from '../../../cms/src/events/session-merge';

const generated = (day: string, hour: number) => ({ day, start: `${day}T${hour}:00:00.000Z`, end: `${day}T${hour + 2}:00:00.000Z` });
const session = (day: string, hour: number, over: Partial<Session> = {}): Session => ({
  day,
  startsAt: `${day}T${hour}:00:00.000Z`,
  endsAt: `${day}T${hour + 2}:00:00.000Z`,
  cancelled: false,
  note: null,
  ...over,
});

describe('mergeSessions', () => {
  it('should give every day the rule times when there were no sessions', () => {
    expect(mergeSessions([generated('2026-03-03', 13)], [], null)).toEqual([session('2026-03-03', 13)]);
  });

  it('should keep a moved session and a cancellation on days the new rule still gives', () => {
    const previous = [generated('2026-03-03', 13), generated('2026-03-10', 13)];
    const current = [session('2026-03-03', 15), session('2026-03-10', 13, { cancelled: true, note: 'Fermé' })];
    const next = [generated('2026-03-03', 14), generated('2026-03-10', 14), generated('2026-03-17', 14)];
    expect(mergeSessions(next, current, previous)).toEqual([
      session('2026-03-03', 15),
      session('2026-03-10', 14, { cancelled: true, note: 'Fermé' }),
      session('2026-03-17', 14),
    ]);
  });

  it('should drop days the new rule no longer gives', () => {
    const previous = [generated('2026-03-03', 13), generated('2026-03-10', 13)];
    expect(mergeSessions([generated('2026-03-03', 13)], [session('2026-03-03', 13), session('2026-03-10', 13)], previous).map((s) => s.day)).toEqual([
      '2026-03-03',
    ]);
  });
});

describe('sessionIssues', () => {
  it('should name a session that ends before it starts', () => {
    expect(sessionIssues([session('2026-03-03', 13, { endsAt: '2026-03-03T12:00:00.000Z' })]).map((i) => i.path.join('.'))).toEqual(['sessions.0.endsAt']);
  });

  it('should name the second session on the same day', () => {
    expect(sessionIssues([session('2026-03-03', 13), session('2026-03-03', 16)]).map((i) => i.path.join('.'))).toEqual(['sessions.1.day']);
  });
});

describe('seriesSpan', () => {
  it('should run from the first held session to the last', () => {
    const sessions = [
      session('2026-03-03', 13, { cancelled: true }),
      session('2026-03-10', 13),
      session('2026-03-17', 13),
      session('2026-03-24', 13, { cancelled: true }),
    ];
    expect(seriesSpan(sessions)).toEqual({ startsAt: '2026-03-10T13:00:00.000Z', endsAt: '2026-03-17T15:00:00.000Z' });
  });

  it('should give nothing without sessions', () => {
    expect(seriesSpan([])).toBeNull();
  });
});

describe('normalizeSessions', () => {
  it('should read dates from the query engine as ISO strings', () => {
    expect(normalizeSessions([{ day: '2026-03-03', startsAt: new Date('2026-03-03T13:00:00Z'), endsAt: '2026-03-03T15:00:00.000Z', cancelled: null }])).toEqual(
      [session('2026-03-03', 13)],
    );
  });
});
