/**
 * The sessions of a series as the calendar shows them: each one its own entry in the week list,
 * the month grid and the feeds, a one-off event being a single entry. Pure, so that unit tests
 * call it without Astro.
 */
import type { EventSession } from '@reseau-epn/platform';

/** A dated session of a series, as the CMS derives it from the rule and editors adjust it. */
export type Session = EventSession;

/** The fields of an event these helpers read. */
export interface SessionSource {
  startsAt: string;
  endsAt: string;
  /** Empty for a one-off event. */
  sessions: Session[];
}

/** Where a session sits in its series: « séance 3/6 ». */
export interface SessionRef extends Session {
  /** 1-based, in time order, cancelled sessions counted (the announced numbering does not shift). */
  index: number;
  total: number;
}

/** One entry of the calendar: an event, or one session of a series, with the times to sort it by. */
export type Occurrence<E> = E & {
  startsAt: string;
  endsAt: string;
  /** Null for a one-off event. */
  session: SessionRef | null;
};

/** The sessions of an event in time order, numbered. */
export function sessionsOf(event: Pick<SessionSource, 'sessions'>): SessionRef[] {
  const sorted = [...event.sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return sorted.map((session, i) => ({ ...session, index: i + 1, total: sorted.length }));
}

/**
 * An item's entries in the calendar: one per session of a series (cancelled ones included, so that
 * people looking for them find them marked), or the item itself for a one-off event.
 */
export function occurrencesOf<E>(item: E, event: SessionSource): Occurrence<E>[] {
  const sessions = sessionsOf(event);
  if (sessions.length === 0) return [{ ...item, startsAt: event.startsAt, endsAt: event.endsAt, session: null }];
  return sessions.map((session) => ({ ...item, startsAt: session.startsAt, endsAt: session.endsAt, session }));
}

/** The id of a session's line on its event's page, the target of the calendar's links to it. */
export function sessionAnchor(day: string): string {
  return `seance-${day}`;
}

/** The session to come, the one under way included, that is not cancelled; null when none is left. */
export function nextSession(event: Pick<SessionSource, 'sessions'>, now: Date): SessionRef | null {
  return sessionsOf(event).find((s) => !s.cancelled && new Date(s.endsAt).getTime() >= now.getTime()) ?? null;
}
