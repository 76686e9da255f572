/**
 * From an atelier or a formation to an iCalendar event: which fields go where, in plain text.
 * Pure (the labels come in as a function) so that unit tests call it without Astro.
 */
import { markdownToText } from '@reseau-epn/markdown';
import type { CalendarEvent } from './calendar';
import type { IcsEvent } from './ical';

/** The event fields the .ics files carry: public ones only (never the place's internal notes). */
export interface IcsSource extends CalendarEvent {
  documentId: string;
  title: string;
  /** Markdown; the file carries it as plain text, paragraphs and links kept (@reseau-epn/markdown). */
  description: string;
  updatedAt: string;
  place: { name: string; address: string; postalCode: string; commune: string } | null;
  facilitators: string | null;
  level: string;
  capacity: number | null;
  registration: string | null;
  eventStatus: 'prevu' | 'complet' | 'annule';
  category: { name: string } | null;
}

/** The words the file uses, in its language: `calendar.status.complet`, `calendar.audience.seniors`… */
export type Label = (key: string, vars?: Record<string, string | number>) => string;

/** Place name, street address, postal code and commune, as one line. */
export function locationOf(place: IcsSource['place']): string | undefined {
  if (!place) return undefined;
  return [place.name, place.address, `${place.postalCode} ${place.commune}`.trim()].filter(Boolean).join(', ');
}

/**
 * The VEVENT of an event. A cancelled event stays in the feed as CANCELLED so that subscribed
 * calendars drop it; a full one stays CONFIRMED (it takes place) and says "complet" both in its
 * categories and at the top of its description.
 */
export function eventToIcs(event: IcsSource, url: string, label: Label): IcsEvent {
  const facts = [
    `${label('calendar.field.type')} : ${label(`calendar.type.${event.kind}`)}`,
    `${label('calendar.field.audience')} : ${label(`calendar.audience.${event.audience}`)}`,
    `${label('calendar.field.level')} : ${label(`calendar.level.${event.level}`)}`,
    event.facilitators && `${label('calendar.field.facilitators')} : ${event.facilitators}`,
    event.capacity !== null && `${label('calendar.field.capacity')} : ${label('calendar.capacity', { count: event.capacity })}`,
    event.registration && `${label('calendar.field.registration')} : ${event.registration}`,
  ].filter((line): line is string => Boolean(line));
  const notice = event.eventStatus === 'prevu' ? [] : [label(`calendar.ics.${event.eventStatus}`)];
  const description = [...notice, markdownToText(event.description), facts.join('\n'), url].filter(Boolean).join('\n\n');
  const categories = [
    label(`calendar.type.${event.kind}`),
    label(`calendar.audience.${event.audience}`),
    ...(event.category ? [event.category.name] : []),
    ...(event.eventStatus === 'complet' ? [label('calendar.status.complet')] : []),
  ];
  return {
    uid: `${event.documentId}@reseau-epn`,
    start: event.startsAt,
    end: event.endsAt,
    summary: event.title,
    description,
    location: locationOf(event.place),
    url,
    status: event.eventStatus === 'annule' ? 'CANCELLED' : 'CONFIRMED',
    categories,
    lastModified: event.updatedAt,
  };
}
