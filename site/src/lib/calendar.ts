/**
 * Calendar arithmetic on plain data, in Europe/Paris wall-clock time whatever the build machine's
 * zone: ISO weeks for the list, month grids, the feeds' time window and the filters (the filter
 * functions also run in the browser, so this file imports only pure modules).
 */
import { addDays, isoWeek, parisDay, type IsoWeek } from '@reseau-epn/platform';
import { slugify } from './slugify';

export { isoWeek, parisDay, parisParts, TIME_ZONE, type IsoWeek, type ParisParts } from '@reseau-epn/platform';

const DAY = 86_400_000;

/** The fields of an event the calendar's logic reads (a subset of the `evenements` collection). */
export interface CalendarEvent {
  kind: 'atelier' | 'formation';
  audience: string;
  /** ISO datetimes (UTC). */
  startsAt: string;
  endsAt: string;
  place: { commune: string } | null;
  /** A « hors-les-murs » address, exclusive with `place`: its commune is the event's for the filters. */
  venue?: { commune: string } | null;
  /** prevu (the default), complet or annule: the « places disponibles » filter keeps the events that are neither full nor cancelled. */
  eventStatus?: 'prevu' | 'complet' | 'annule';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The Paris month of an instant, YYYY-MM. */
export function monthKey(instant: Date | string): string {
  return parisDay(instant).slice(0, 7);
}

/** Events in time order, grouped by the ISO week (in Paris) they start in. */
export function groupByWeek<E extends Pick<CalendarEvent, 'startsAt'>>(events: E[]): (IsoWeek & { events: E[] })[] {
  const weeks = new Map<string, IsoWeek & { events: E[] }>();
  for (const event of sortByStart(events)) {
    const week = isoWeek(parisDay(event.startsAt));
    const group = weeks.get(week.key) ?? { ...week, events: [] };
    group.events.push(event);
    weeks.set(week.key, group);
  }
  return [...weeks.values()];
}

export function sortByStart<E extends Pick<CalendarEvent, 'startsAt'>>(events: E[]): E[] {
  return [...events].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/** Events not over yet at `now` (those under way included). */
export function upcoming<E extends Pick<CalendarEvent, 'endsAt'>>(events: E[], now: Date): E[] {
  return events.filter((e) => new Date(e.endsAt).getTime() >= now.getTime());
}

/** The start of the feeds' window: they carry the events (and sessions) that end no earlier than `days` before `now`. */
export function feedSince(now: Date, days = 30): Date {
  return new Date(now.getTime() - days * DAY);
}

/** The month after (+1) or before (-1) a YYYY-MM month. */
export function shiftMonth(key: string, by: number): string {
  const [year, month] = key.split('-').map(Number);
  const d = new Date(Date.UTC(year, month - 1 + by, 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

/** Every month from the first to the last one holding an event, gaps included (so "next" is always one month on). */
export function monthsOf(events: Pick<CalendarEvent, 'startsAt'>[]): string[] {
  const keys = events.map((e) => monthKey(e.startsAt)).sort();
  if (keys.length === 0) return [];
  const months = [keys[0]];
  while (months[months.length - 1] < keys[keys.length - 1]) months.push(shiftMonth(months[months.length - 1], 1));
  return months;
}

export interface GridDay<E> {
  /** YYYY-MM-DD */
  date: string;
  day: number;
  /** False for the days of the neighbouring months that fill the first and last weeks. */
  inMonth: boolean;
  events: E[];
}

/** A month as weeks of seven days (Monday first), each day with the events starting on it in Paris. */
export function monthGrid<E extends Pick<CalendarEvent, 'startsAt'>>(key: string, events: E[]): GridDay<E>[][] {
  const last = addDays(`${shiftMonth(key, 1)}-01`, -1);
  const byDay = new Map<string, E[]>();
  for (const event of sortByStart(events)) {
    const day = parisDay(event.startsAt);
    byDay.set(day, [...(byDay.get(day) ?? []), event]);
  }
  const weeks: GridDay<E>[][] = [];
  for (let monday = isoWeek(`${key}-01`).monday; monday <= last; monday = addDays(monday, 7)) {
    weeks.push(
      Array.from({ length: 7 }, (_, i) => {
        const date = addDays(monday, i);
        const inMonth = date.startsWith(key);
        return { date, day: Number(date.slice(8, 10)), inMonth, events: inMonth ? (byDay.get(date) ?? []) : [] };
      }),
    );
  }
  return weeks;
}

export { slugify };

/** The list's filters, as they appear in the query string (?type=atelier&public=seniors&commune=brest&places=disponibles). */
export interface CalendarFilter {
  type?: string;
  public?: string;
  commune?: string;
  places?: string;
}
export const FILTER_KEYS = ['type', 'public', 'commune', 'places'] as const;

/** The `places` value of an event that is neither full nor cancelled. */
export const PLACES_AVAILABLE = 'disponibles';

/** What the filters compare: an event's type, audience, commune (slugified) and whether it has places. */
export interface FilterKeys {
  type: string;
  public: string;
  commune: string;
  /** `disponibles`, or empty for a full or cancelled event. */
  places: string;
}

type Filterable = Pick<CalendarEvent, 'kind' | 'audience' | 'place' | 'venue' | 'eventStatus'>;

/** The commune an event takes place in: its space's, or its « hors-les-murs » venue's. */
export function communeOf(event: Pick<CalendarEvent, 'place' | 'venue'>): string | null {
  return event.place?.commune ?? event.venue?.commune ?? null;
}

/**
 * The filter keys of an event, or of one session of a series (`cancelled`: that session is, so it
 * has no places to offer even when the series does).
 */
export function filterKeysOf(event: Filterable, cancelled = false): FilterKeys {
  const commune = communeOf(event);
  return {
    type: event.kind,
    public: event.audience,
    commune: commune ? slugify(commune) : '',
    places: (event.eventStatus ?? 'prevu') === 'prevu' && !cancelled ? PLACES_AVAILABLE : '',
  };
}

/** True when the event passes every filter that is set (an empty value means "all"). */
export function matchesFilter(keys: FilterKeys, filter: CalendarFilter): boolean {
  return FILTER_KEYS.every((name) => !filter[name] || keys[name] === filter[name]);
}

export function filterEvents<E extends Filterable>(events: E[], filter: CalendarFilter): E[] {
  return events.filter((e) => matchesFilter(filterKeysOf(e), filter));
}

/** Reads the filters from a query string, ignoring anything else. */
export function parseFilter(query: URLSearchParams): CalendarFilter {
  const filter: CalendarFilter = {};
  for (const name of FILTER_KEYS) {
    const value = query.get(name)?.trim();
    if (value) filter[name] = value;
  }
  return filter;
}

/** The values the filters offer: the audiences and communes the events have, communes by name. */
export function filterOptions(events: Pick<CalendarEvent, 'audience' | 'place' | 'venue'>[]) {
  const audiences = [...new Set(events.map((e) => e.audience))];
  const communes = new Map<string, string>();
  for (const e of events) {
    const commune = communeOf(e);
    if (commune) communes.set(slugify(commune), commune);
  }
  return {
    audiences,
    communes: [...communes].map(([slug, name]) => ({ slug, name })).sort((a, b) => a.name.localeCompare(b.name, 'fr')),
  };
}
