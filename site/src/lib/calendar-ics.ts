/**
 * From an atelier or a formation to an iCalendar event: which fields go where, in plain text.
 * Pure (the labels come in as a function) so that unit tests call it without Astro.
 */
import { plainText } from './plain-text';
import { eventUid, sessionUid } from '@reseau-epn/platform';
import type { CalendarEvent } from './calendar';
import { facilitatorsOf } from './calendar-facilitators';
import { sessionAnchor, sessionsOf, type Session, type SessionRef } from './calendar-sessions';
import type { IcsEvent } from './ical';

/** The event fields the .ics files carry: public ones only (never the place's internal notes). */
export interface IcsSource extends CalendarEvent {
  documentId: string;
  title: string;
  /** Markdown; the file carries it as plain text, paragraphs and links kept (@reseau-epn/markdown). */
  description: string;
  updatedAt: string;
  place: { name: string; address: string; postalCode: string; commune: string } | null;
  /** A « hors-les-murs » address, exclusive with `place`. */
  venue?: { name: string; address: string | null; postalCode: string | null; commune: string } | null;
  /** The sessions of a series; none (or empty) for a one-off event. */
  sessions?: Session[];
  facilitators: string | null;
  /** Network members' names, joined with `facilitators` (calendar-facilitators.ts). */
  facilitatorNames?: string | null;
  level: string;
  capacity: number | null;
  registration: string | null;
  eventStatus: 'prevu' | 'complet' | 'annule';
  category: { name: string } | null;
}

/** The words the file uses, in its language: `calendar.status.complet`, `calendar.audience.seniors`… */
export type Label = (key: string, vars?: Record<string, string | number>) => string;

/** Place (or « hors-les-murs » venue) name, street address, postal code and commune, as one line. */
export function locationOf(place: IcsSource['place'] | IcsSource['venue']): string | undefined {
  if (!place) return undefined;
  return [place.name, place.address, `${place.postalCode ?? ''} ${place.commune}`.trim()].filter(Boolean).join(', ');
}

/**
 * The VEVENT of an event, or of one session of a series. A cancelled event or session stays in the
 * feed as CANCELLED so that subscribed calendars drop it; a full one stays CONFIRMED (it takes
 * place) and says "complet" both in its categories and at the top of its description.
 */
export function eventToIcs(event: IcsSource, url: string, label: Label, session?: SessionRef): IcsEvent {
  const facilitators = facilitatorsOf({ facilitators: event.facilitators, facilitatorNames: event.facilitatorNames ?? null });
  const facts = [
    `${label('calendar.field.type')} : ${label(`calendar.type.${event.kind}`)}`,
    `${label('calendar.field.audience')} : ${label(`calendar.audience.${event.audience}`)}`,
    `${label('calendar.field.level')} : ${label(`calendar.level.${event.level}`)}`,
    facilitators && `${label('calendar.field.facilitators')} : ${facilitators}`,
    event.capacity !== null && `${label('calendar.field.capacity')} : ${label('calendar.capacity', { count: event.capacity })}`,
    event.registration && `${label('calendar.field.registration')} : ${event.registration}`,
  ].filter((line): line is string => Boolean(line));
  const cancelled = event.eventStatus === 'annule' || session?.cancelled === true;
  const notice = [
    ...(event.eventStatus === 'prevu' ? [] : [label(`calendar.ics.${event.eventStatus}`)]),
    ...(session?.cancelled && event.eventStatus !== 'annule' ? [label('calendar.ics.sessionCancelled')] : []),
    ...(session?.note ? [session.note] : []),
  ];
  const link = session ? `${url}#${sessionAnchor(session.day)}` : url;
  const seriesLine = session && label('calendar.ics.series', { index: session.index, total: session.total });
  const description = [...notice, plainText(event.description), seriesLine, facts.join('\n'), link].filter(Boolean).join('\n\n');
  const categories = [
    label(`calendar.type.${event.kind}`),
    label(`calendar.audience.${event.audience}`),
    ...(event.category ? [event.category.name] : []),
    ...(event.eventStatus === 'complet' ? [label('calendar.status.complet')] : []),
  ];
  return {
    // A session's UID keys on its day, which the CMS keeps when its hour moves: an edit updates the
    // same entry in subscribed calendars instead of adding one.
    uid: session ? sessionUid(event.documentId, session.day) : eventUid(event.documentId),
    start: session?.startsAt ?? event.startsAt,
    end: session?.endsAt ?? event.endsAt,
    summary: session ? `${event.title} · ${label('calendar.session.ofSeries', { index: session.index, total: session.total })}` : event.title,
    description,
    location: locationOf(event.place ?? event.venue ?? null),
    url: link,
    status: cancelled ? 'CANCELLED' : 'CONFIRMED',
    categories,
    lastModified: event.updatedAt,
    series: session ? eventUid(event.documentId) : undefined,
  };
}

/**
 * Every VEVENT of an event: one per session of a series, rather than one VEVENT with an RRULE,
 * EXDATEs and RECURRENCE-ID overrides. Sessions are edited one by one (an hour moved, a room
 * changed, one cancelled), and subscribed feeds in Outlook and Google Calendar apply overrides
 * of a recurring event poorly (an override arriving after the master is dropped or duplicated);
 * plain events with stable UIDs are imported alike by every client, and a cancelled session is
 * one STATUS:CANCELLED event. X-RESEAU-EPN-SERIES names the series each session belongs to.
 */
export function eventToIcsEvents(event: IcsSource, url: string, label: Label): IcsEvent[] {
  const sessions = sessionsOf({ sessions: event.sessions ?? [] });
  if (sessions.length === 0) return [eventToIcs(event, url, label)];
  return sessions.map((session) => eventToIcs(event, url, label, session));
}
