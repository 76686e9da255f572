import type { Core } from '@strapi/strapi';
import { expandRecurrence, RecurrenceError, type RecurrenceRule, type RecurrenceSession } from '@reseau-epn/platform';
import { validationError, type FieldIssue } from '@reseau-epn/platform/strapi';
import { componentIssues, ruleFromComponent, type RecurrenceComponent } from './rule-from-component';
import { byDay, mergeSessions, normalizeSessions, seriesSpan, sessionIssues, type Session, type SessionInput } from './session-merge';
import { EVENT_TYPES, storedEvent, type EventWrite } from './stored-event';

/** The rule read and expanded, or a 400 naming `recurrence.<field>`. */
function expandComponent(component: RecurrenceComponent): { rule: RecurrenceRule; sessions: RecurrenceSession[] } {
  try {
    const rule = ruleFromComponent(component);
    return { rule, sessions: expandRecurrence(rule) };
  } catch (error) {
    if (!(error instanceof RecurrenceError)) throw error;
    throw validationError(componentIssues(error.issues).map((issue): FieldIssue => ({ path: ['recurrence', ...issue.path], message: issue.message })));
  }
}

/** The stored rule, when it still reads as one (a rule stored before a check was added may not). */
function storedRule(component: RecurrenceComponent | null | undefined): { rule: RecurrenceRule; sessions: RecurrenceSession[] } | null {
  if (!component) return null;
  try {
    return expandComponent(component);
  } catch {
    return null;
  }
}

/** `14:00` as typed in a request → `14:00:00.000`, the only form Strapi's time field takes. */
function withStrapiTime(component: RecurrenceComponent): RecurrenceComponent {
  return typeof component.time === 'string' && /^\d{2}:\d{2}$/.test(component.time) ? { ...component, time: `${component.time}:00.000` } : component;
}

/** The sessions as sent: a list of objects, or none; anything else would break the merge (a 500), so it is a 400 naming `sessions`. */
function givenSessions(value: unknown): SessionInput[] | null {
  if (value === null || value === undefined) return null;
  const objects = Array.isArray(value) && value.every((session) => typeof session === 'object' && session !== null && !Array.isArray(session));
  if (!objects) throw validationError([{ path: ['sessions'], message: 'une liste de séances est attendue' }]);
  return value as SessionInput[];
}

/**
 * The sessions to write for this save, or undefined to leave the stored ones as they are.
 * A new or changed rule (re)generates them, merged with the current ones; an unchanged rule, or
 * none, keeps the sessions the editor sends, edited one by one. Removing the rule keeps them.
 */
function sessionsToWrite(data: EventWrite, stored: EventWrite | null): Session[] | undefined {
  const given = 'sessions' in data ? normalizeSessions(givenSessions(data.sessions)) : undefined;
  const rule = data.recurrence ? expandComponent(data.recurrence as RecurrenceComponent) : null;
  if (!rule) return given;
  const previous = storedRule(stored?.recurrence as RecurrenceComponent | null | undefined);
  if (previous && JSON.stringify(previous.rule) === JSON.stringify(rule.rule)) return given;
  const current = given ?? normalizeSessions(stored?.sessions as SessionInput[] | null | undefined);
  return mergeSessions(rule.sessions, current, previous?.sessions ?? null);
}

/**
 * Series (issue 15): on every create and update of an atelier or a formation through the
 * Document Service, the rule gives the dated sessions, which are checked, and the event's own
 * dates become those of its first and last held sessions. Bad input is a 400 naming the field,
 * before anything is written. The other locales get the same series (locale-sync.ts).
 */
export function registerSessionsFromRule(strapi: Core.Strapi): void {
  strapi.documents.use(async (ctx, next) => {
    if (!EVENT_TYPES.has(ctx.uid) || (ctx.action !== 'create' && ctx.action !== 'update')) return next();
    const params = ctx.params as { data?: EventWrite; documentId?: string; locale?: string };
    const data: EventWrite = { ...params.data };
    const stored = ctx.action === 'update' ? await storedEvent(strapi, ctx.uid, params.documentId, params.locale) : null;

    const sessions = sessionsToWrite(data, stored);
    if (sessions !== undefined) {
      const issues = sessionIssues(sessions);
      if (issues.length > 0) throw validationError(issues);
      data.sessions = byDay(sessions);
    }
    if (data.recurrence) data.recurrence = withStrapiTime(data.recurrence as RecurrenceComponent);
    const span = seriesSpan(sessions ?? normalizeSessions(stored?.sessions as SessionInput[] | null | undefined));
    if (span) Object.assign(data, span);
    params.data = data;
    return next();
  });
}
