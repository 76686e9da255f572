/**
 * What the calendar's pages and files show, prepared from the `evenements` collection: pages
 * read these, never the collection itself.
 */
import type { RenderedMarkdown } from '@reseau-epn/markdown';
import { renderedOf, type CollectionEntry } from './content';
import { buildNow } from './clock';
import { feedSince, filterOptions, groupByWeek, monthGrid, monthKey, monthsOf, parisDay, upcoming } from './calendar';
import { facilitatorsOf } from './calendar-facilitators';
import { eventToIcsEvents } from './calendar-ics';
import { nextSession, occurrencesOf, sessionAnchor, sessionsOf, type Occurrence, type SessionRef } from './calendar-sessions';
import { buildCalendar } from './ical';
import { formatDate, formatDay, t, type Locale } from './i18n';
import { localized, type Localized } from './localized';
import { registrationOf, type Registration } from './registration';
import { alternatesOf, urls } from './urls';

export type EventItem = Localized<'evenements'>;
/** One entry of the list or the grid: an event, or one session of a series. */
export type EventOccurrence = Occurrence<EventItem>;
type Entry = CollectionEntry<'evenements'>;

/** `ateliers` / `formations`: the URL segment of each kind, for the routes' [kind] parameter. */
export { EVENT_SEGMENTS as KIND_SEGMENTS } from '@reseau-epn/platform';

/** Every published event of a language (French standing in for missing translations), by start. */
export async function getEventsData(locale: Locale): Promise<EventItem[]> {
  return (await localized('evenements', locale)).sort((a, b) => a.entry.data.startsAt.localeCompare(b.entry.data.startsAt));
}

/** What an event's page shows. */
export interface EventPage {
  event: Entry['data'];
  /** The language of the event's own texts when French stands in for the page's language. */
  contentLang?: Entry['data']['locale'];
  fallback: boolean;
  alternates: ReturnType<typeof alternatesOf>;
  /** Over at the build's "now". */
  past: boolean;
  /** "jeudi 3 décembre 2026, de 09:30 à 17:00", or "6 séances, du … au …" for a series. */
  when: string;
  /** A series' sessions, each with its date and time in words; empty for a one-off event. */
  sessions: (SessionRef & { when: string; anchor: string })[];
  /** The session to come (highlighted), null when none is left or for a one-off event. */
  next: SessionRef | null;
  /** « Animé par »: members and free text, without repeats. */
  facilitators: string | null;
  /** The description, through the Markdown pipeline. */
  body: RenderedMarkdown;
  icsUrl: string;
  /** The registration form's state at the build: none, closed, or open (with the seats left). */
  registration: Registration;
}

/** Every event's page in a language, past ones included (their page says they are over). */
export async function getEventPagesData(locale: Locale): Promise<EventPage[]> {
  const now = buildNow();
  const items = await getEventsData(locale);
  const bodies = await Promise.all(items.map((item) => renderedOf(item.entry)));
  return items.map((item, i) => {
    const event = item.entry.data;
    return {
      event,
      // The UI speaks the page's language; a French stand-in's own text is marked as French.
      contentLang: event.locale !== locale ? event.locale : undefined,
      fallback: item.fallback,
      alternates: alternatesOf(item.versions, urls.event),
      past: new Date(event.endsAt) < now,
      when:
        event.sessions.length > 0 ? seriesWhen(locale, event.sessions.length, event.startsAt, event.endsAt) : formatWhen(locale, event.startsAt, event.endsAt),
      sessions: sessionsOf(event).map((s) => ({ ...s, when: formatWhen(locale, s.startsAt, s.endsAt), anchor: sessionAnchor(s.day) })),
      next: nextSession(event, now),
      facilitators: facilitatorsOf(event),
      body: bodies[i]!,
      icsUrl: urls.eventIcs(item.entry),
      registration: registrationOf(event, now),
    };
  });
}

/** Every entry of the calendar: one per session of a series, one per one-off event. */
const occurrences = (items: EventItem[]): EventOccurrence[] => items.flatMap((item) => occurrencesOf(item, item.entry.data));

/** The list page: entries not over yet (past sessions dropped), by ISO week, with the values the filters offer. */
export async function getUpcomingData(locale: Locale) {
  const all = occurrences(await getEventsData(locale));
  const next = upcoming(all, buildNow());
  const months = monthsOf(all);
  const current = months.find((m) => m >= monthKey(buildNow())) ?? months[months.length - 1];
  return {
    weeks: groupByWeek(next),
    options: filterOptions(next.map((o) => o.entry.data)),
    months,
    currentMonth: current,
  };
}

/** One page per month from the first entry's to the last one's, each with its grid and neighbours. */
export async function getMonthsData(locale: Locale) {
  const all = occurrences(await getEventsData(locale));
  const months = monthsOf(all);
  return months.map((month, i) => ({
    month,
    weeks: monthGrid(month, all),
    previous: months[i - 1],
    next: months[i + 1],
  }));
}

/** An entry's link: the event's page, at the session's line for a series. */
export function occurrenceUrl(locale: Locale, occurrence: EventOccurrence): string {
  const page = urls.event(locale, occurrence.entry);
  return occurrence.session ? `${page}#${sessionAnchor(occurrence.session.day)}` : page;
}

/** "décembre 2026", for a YYYY-MM month. */
export function monthName(locale: Locale, month: string): string {
  return formatDay(locale, `${month}-15`, { month: 'long', year: 'numeric' });
}

/** "jeudi 3 décembre 2026, de 09:30 à 17:00" (or two full dates when the event spans days). */
export function formatWhen(locale: Locale, startsAt: string, endsAt: string): string {
  const time = (iso: string) => formatDate(locale, iso, { hour: '2-digit', minute: '2-digit' });
  if (parisDay(startsAt) === parisDay(endsAt)) {
    return t(locale, 'calendar.when.sameDay', { date: formatDate(locale, startsAt, { dateStyle: 'full' }), start: time(startsAt), end: time(endsAt) });
  }
  const full = (iso: string) => formatDate(locale, iso, { dateStyle: 'full', timeStyle: 'short' });
  return t(locale, 'calendar.when.days', { start: full(startsAt), end: full(endsAt) });
}

/** "6 séances, du mardi 9 mars au mardi 13 avril 2027" */
function seriesWhen(locale: Locale, count: number, startsAt: string, endsAt: string): string {
  const day = (iso: string) => formatDate(locale, iso, { dateStyle: 'full' });
  return t(locale, 'calendar.when.series', { count, start: day(startsAt), end: day(endsAt) });
}

/** "lundi 30 novembre – dimanche 6 décembre 2026" for an ISO week. */
export function weekLabel(locale: Locale, monday: string, sunday: string): string {
  const day = (date: string, year: boolean) =>
    formatDay(locale, date, { weekday: 'long', day: 'numeric', month: 'long', ...(year ? { year: 'numeric' } : {}) });
  return t(locale, 'calendar.week', { start: day(monday, false), end: day(sunday, true) });
}

/**
 * An iCalendar file of events, one VEVENT per session of a series (calendar-ics.ts says why), in
 * French (the files have one URL for every language). `since`: leave out what ended before.
 */
export function icsOf(entries: Entry[], name: string, site: URL, since?: Date): string {
  const label = (key: string, vars?: Record<string, string | number>) => t('fr', key, vars);
  const events = entries.flatMap((entry) => eventToIcsEvents(entry.data, new URL(urls.event('fr', entry), site).href, label));
  return buildCalendar({
    name,
    description: t('fr', 'calendar.feed.description'),
    stamp: buildNow(),
    events: since ? events.filter((e) => new Date(e.end).getTime() >= since.getTime()) : events,
  });
}

/** A subscribed feed in French: the sessions and events that end no earlier than 30 days ago (feedSince). */
export async function feedIcs(name: string, site: URL, kind?: Entry['data']['kind']): Promise<string> {
  const entries = (await getEventsData('fr')).map((item) => item.entry).filter((entry) => !kind || entry.data.kind === kind);
  return icsOf(entries, name, site, feedSince(buildNow()));
}

export const ICS_HEADERS = { 'content-type': 'text/calendar; charset=utf-8' };
