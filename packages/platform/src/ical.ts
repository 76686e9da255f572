/**
 * An iCalendar (RFC 5545) writer for the site's feeds and per-event files and the CMS's registration mails: plain data in,
 * text out. Times are written as Europe/Paris wall-clock times with the zone's VTIMEZONE, so
 * calendar applications show the hour the event is announced at, on either side of a DST change.
 */
import { parisParts, TIME_ZONE } from './paris-time.js';

export const TZID = TIME_ZONE;
export const PRODID = '-//Reseau EPN du Pays de Brest//Calendrier des ateliers et formations//FR';

/** One VEVENT, already in words: the caller chooses the language and the labels. */
export interface IcsEvent {
  /** Globally unique and stable across builds (documentId@reseau-epn). */
  uid: string;
  /** ISO datetimes or dates, instants in time (UTC in the CMS). */
  start: string | Date;
  end: string | Date;
  summary: string;
  /** Plain text; newlines are kept. */
  description?: string;
  location?: string;
  url?: string;
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  categories?: string[];
  lastModified?: string | Date;
  /** The UID of the series a session belongs to (X-RESEAU-EPN-SERIES): each session is a VEVENT of its own. */
  series?: string;
}

/**
 * The UID of an atelier or a formation in every .ics the network sends (the site's feeds, the
 * registration mails, the reminders), so a calendar that has it from one source updates it from
 * another instead of doubling it.
 */
export const eventUid = (documentId: string) => `${documentId}@reseau-epn`;

/** The UID of one session of a series: keyed on its day, which the CMS keeps when its hour moves. */
export const sessionUid = (documentId: string, day: string) => `${documentId}-${day}@reseau-epn`;

export interface IcsCalendar {
  /** X-WR-CALNAME: the name a calendar application gives the subscription. */
  name: string;
  description?: string;
  /** DTSTAMP of every event: when this file was produced. */
  stamp: string | Date;
  events: IcsEvent[];
}

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line into lines of at most 75 octets (RFC 5545 §3.1), the CRLF excluded; each
 * continuation starts with one space, which counts. Never splits a multi-byte UTF-8 character.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > 75) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** DATE-TIME in UTC form: 20261203T083000Z. */
export function formatUtc(value: string | Date): string {
  const d = new Date(value);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** DATE-TIME as Paris wall-clock time, to be written with TZID=Europe/Paris: 20261203T093000. */
export function formatParis(value: string | Date): string {
  const p = parisParts(new Date(value));
  return `${pad(p.year, 4)}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
}

/**
 * The Europe/Paris zone as the EU has defined it since 1996: summer time from the last Sunday of
 * March at 02:00 to the last Sunday of October at 03:00 (local times).
 */
export const PARIS_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  `X-LIC-LOCATION:${TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

function eventLines(event: IcsEvent, stamp: string | Date): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${formatUtc(stamp)}`,
    `DTSTART;TZID=${TZID}:${formatParis(event.start)}`,
    `DTEND;TZID=${TZID}:${formatParis(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  // A URI value is not TEXT: it is written as is (RFC 5545 §3.3.13).
  if (event.url) lines.push(`URL:${event.url}`);
  lines.push(`STATUS:${event.status}`);
  const categories = (event.categories ?? []).filter((c) => c.trim() !== '');
  if (categories.length > 0) lines.push(`CATEGORIES:${categories.map(escapeText).join(',')}`);
  if (event.lastModified) lines.push(`LAST-MODIFIED:${formatUtc(event.lastModified)}`);
  if (event.series) lines.push(`X-RESEAU-EPN-SERIES:${escapeText(event.series)}`);
  lines.push('END:VEVENT');
  return lines;
}

/** A whole VCALENDAR object, folded, with CRLF line endings (the last line included). */
export function buildCalendar(calendar: IcsCalendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    `PRODID:${PRODID}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...(calendar.description ? [`X-WR-CALDESC:${escapeText(calendar.description)}`] : []),
    `X-WR-TIMEZONE:${TZID}`,
    ...PARIS_VTIMEZONE,
    ...calendar.events.flatMap((event) => eventLines(event, calendar.stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
