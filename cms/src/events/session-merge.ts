/**
 * A series' dated sessions (evenement.seance) kept in step with its rule, and the dates of the
 * event they give. Pure functions: the document middleware (sessions-from-rule.ts) reads and
 * writes, these decide.
 */
import type { FieldIssue } from '@reseau-epn/platform/strapi';
import type { EventSession, RecurrenceSession } from '@reseau-epn/platform';

/** One session as written back through the Document Service (without its component row id). */
export type Session = EventSession;

/** A session as the Document Service or the query engine hands it over. */
export interface SessionInput {
  day?: string | Date | null;
  startsAt?: string | Date | null;
  endsAt?: string | Date | null;
  cancelled?: boolean | null;
  note?: string | null;
}

const instant = (value: string | Date | null | undefined): string => {
  if (value === null || value === undefined || value === '') return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : date.toISOString();
};
const dayOf = (value: string | Date | null | undefined): string =>
  value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value : '';

/** Sessions in one shape: ISO instants, a boolean, null for an empty note. */
export function normalizeSessions(sessions: SessionInput[] | null | undefined): Session[] {
  return (sessions ?? []).map((session) => ({
    day: dayOf(session.day),
    startsAt: instant(session.startsAt),
    endsAt: instant(session.endsAt),
    cancelled: session.cancelled === true,
    note: session.note ? session.note : null,
  }));
}

/**
 * The sessions of a new or changed rule. A day the new rule still gives keeps its session's
 * cancellation and note, and its times when the editor moved it (they differ from what the
 * previous rule gave that day, or there was no previous rule); an unmoved session follows the
 * new rule's times. Days the rule no longer gives are dropped, new days get the rule's times.
 */
export function mergeSessions(generated: RecurrenceSession[], current: Session[], previous: RecurrenceSession[] | null): Session[] {
  const currentByDay = new Map(current.map((session) => [session.day, session]));
  const previousByDay = new Map((previous ?? []).map((session) => [session.day, session]));
  return generated.map(({ day, start, end }) => {
    const kept = currentByDay.get(day);
    if (!kept) return { day, startsAt: start, endsAt: end, cancelled: false, note: null };
    const before = previousByDay.get(day);
    const moved = previous === null || !before || before.start !== kept.startsAt || before.end !== kept.endsAt;
    return moved ? kept : { ...kept, startsAt: start, endsAt: end };
  });
}

/** Each session ends after it starts, on a day of its own; issues name `sessions.<i>.<field>`. */
export function sessionIssues(sessions: Session[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  sessions.forEach((session, i) => {
    const at = (field: string) => ['sessions', String(i), field];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(session.day)) issues.push({ path: at('day'), message: 'date de la séance attendue (AAAA-MM-JJ)' });
    else if (seen.has(session.day)) issues.push({ path: at('day'), message: `deux séances le ${session.day}` });
    seen.add(session.day);
    if (Number.isNaN(Date.parse(session.startsAt))) issues.push({ path: at('startsAt'), message: 'début de la séance attendu' });
    else if (Number.isNaN(Date.parse(session.endsAt))) issues.push({ path: at('endsAt'), message: 'fin de la séance attendue' });
    else if (Date.parse(session.endsAt) <= Date.parse(session.startsAt))
      issues.push({ path: at('endsAt'), message: 'la fin de la séance doit suivre son début' });
  });
  return issues;
}

/**
 * The event's dates from its sessions: the first held session's start, the last one's end (all
 * sessions when every one is cancelled), so that « passé », the closing of registrations and
 * the retention purge read the series as one event. Null without sessions.
 */
export function seriesSpan(sessions: Session[]): { startsAt: string; endsAt: string } | null {
  const held = sessions.filter((session) => !session.cancelled);
  const counted = held.length > 0 ? held : sessions;
  if (counted.length === 0) return null;
  const starts = counted.map((session) => session.startsAt).sort();
  const ends = counted.map((session) => session.endsAt).sort();
  return { startsAt: starts[0], endsAt: ends[ends.length - 1] };
}

/** Sessions in the order of their days. */
export const byDay = (sessions: Session[]): Session[] => [...sessions].sort((a, b) => a.day.localeCompare(b.day));
