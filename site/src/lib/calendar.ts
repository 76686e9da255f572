/**
 * Calendar arithmetic on plain data, in Europe/Paris wall-clock time whatever the build machine's
 * zone: ISO weeks for the list, month grids, the feeds' time window and the filters (the filter
 * functions also run in the browser, so this file imports only pure modules).
 */
import { slugify } from './slugify';

export const TIME_ZONE = 'Europe/Paris';
const DAY = 86_400_000;

/** The fields of an event the calendar's logic reads (a subset of the `evenements` collection). */
export interface CalendarEvent {
  kind: 'atelier' | 'formation';
  audience: string;
  /** ISO datetimes (UTC). */
  startsAt: string;
  endsAt: string;
  place: { commune: string } | null;
}

export interface ParisParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** The Paris wall-clock reading of an instant. */
export function parisParts(instant: Date | string): ParisParts {
  const parts = Object.fromEntries(
    partsFormat.formatToParts(new Date(instant)).filter((p) => p.type !== 'literal').map((p) => [p.type, Number(p.value)]),
  ) as Record<string, number>;
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const ymd = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** The Paris calendar day of an instant, YYYY-MM-DD. */
export function parisDay(instant: Date | string): string {
  const p = parisParts(instant);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** The Paris month of an instant, YYYY-MM. */
export function monthKey(instant: Date | string): string {
  return parisDay(instant).slice(0, 7);
}

/** A calendar day (YYYY-MM-DD) as a UTC midnight, for day arithmetic free of DST. */
const dayDate = (day: string) => new Date(`${day}T00:00:00Z`);
/** Monday = 1 … Sunday = 7. */
const isoWeekday = (d: Date) => d.getUTCDay() || 7;

export interface IsoWeek {
  /** 2026-W49 */
  key: string;
  year: number;
  week: number;
  /** The week's Monday and Sunday, YYYY-MM-DD. */
  monday: string;
  sunday: string;
}

/** The ISO 8601 week of a calendar day: weeks start on Monday, week 1 holds the year's first Thursday. */
export function isoWeek(day: string): IsoWeek {
  const date = dayDate(day);
  const weekday = isoWeekday(date);
  const monday = new Date(date.getTime() - (weekday - 1) * DAY);
  const thursday = new Date(monday.getTime() + 3 * DAY);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY)) + 1;
  return { key: `${year}-W${pad(week)}`, year, week, monday: ymd(monday), sunday: ymd(new Date(monday.getTime() + 6 * DAY)) };
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

/** What the feeds carry: events that end no earlier than `days` before `now`. */
export function feedWindow<E extends Pick<CalendarEvent, 'endsAt'>>(events: E[], now: Date, days = 30): E[] {
  return upcoming(events, new Date(now.getTime() - days * DAY));
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
  const first = dayDate(`${key}-01`);
  const last = dayDate(`${shiftMonth(key, 1)}-01`).getTime() - DAY;
  const byDay = new Map<string, E[]>();
  for (const event of sortByStart(events)) {
    const day = parisDay(event.startsAt);
    byDay.set(day, [...(byDay.get(day) ?? []), event]);
  }
  const weeks: GridDay<E>[][] = [];
  let cursor = first.getTime() - (isoWeekday(first) - 1) * DAY;
  while (cursor <= last) {
    const week: GridDay<E>[] = [];
    for (let i = 0; i < 7; i += 1, cursor += DAY) {
      const date = ymd(new Date(cursor));
      const inMonth = date.startsWith(key);
      week.push({ date, day: new Date(cursor).getUTCDate(), inMonth, events: inMonth ? (byDay.get(date) ?? []) : [] });
    }
    weeks.push(week);
  }
  return weeks;
}

export { slugify };

/** The list's filters, as they appear in the query string (?type=atelier&public=seniors&commune=brest). */
export interface CalendarFilter {
  type?: string;
  public?: string;
  commune?: string;
}
export const FILTER_KEYS = ['type', 'public', 'commune'] as const;

/** What the filters compare: an event's type, audience and commune (slugified). */
export interface FilterKeys {
  type: string;
  public: string;
  commune: string;
}

export function filterKeysOf(event: Pick<CalendarEvent, 'kind' | 'audience' | 'place'>): FilterKeys {
  return { type: event.kind, public: event.audience, commune: event.place ? slugify(event.place.commune) : '' };
}

/** True when the event passes every filter that is set (an empty value means "all"). */
export function matchesFilter(keys: FilterKeys, filter: CalendarFilter): boolean {
  return FILTER_KEYS.every((name) => !filter[name] || keys[name] === filter[name]);
}

export function filterEvents<E extends Pick<CalendarEvent, 'kind' | 'audience' | 'place'>>(events: E[], filter: CalendarFilter): E[] {
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
export function filterOptions(events: Pick<CalendarEvent, 'audience' | 'place'>[]) {
  const audiences = [...new Set(events.map((e) => e.audience))];
  const communes = new Map<string, string>();
  for (const e of events) if (e.place) communes.set(slugify(e.place.commune), e.place.commune);
  return {
    audiences,
    communes: [...communes].map(([slug, name]) => ({ slug, name })).sort((a, b) => a.name.localeCompare(b.name, 'fr')),
  };
}
