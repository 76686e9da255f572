/**
 * Reads the simple forms of OpenStreetMap's opening_hours syntax, the one the directory stores
 * ("Tu-Fr 09:30-12:00,13:30-18:00; Sa 10:00-12:30"), into a week a page can show as a table.
 * Anything richer (months, week numbers, "PH" other than "PH off", comments…) gives null: the page
 * then shows the string as it is rather than a wrong reading of it.
 */

export const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
export type Day = (typeof DAYS)[number];

export interface Week {
  /** Monday first; an empty list means closed. Times as "HH:MM". */
  days: { day: Day; intervals: [string, string][] }[];
  /** "PH off": closed on public holidays. */
  closedOnPublicHolidays: boolean;
}

const TIME = '(?:[01]\\d|2[0-4]):[0-5]\\d';
const TIMES = new RegExp(`^${TIME}-${TIME}(?:,${TIME}-${TIME})*$`);
const DAY_SELECTOR = /^(?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?(?:,(?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?)*$/;

function daysOf(selector: string): Day[] {
  return selector.split(',').flatMap((part) => {
    const [from, to = from] = part.split('-') as [Day, Day?];
    const start = DAYS.indexOf(from);
    const length = ((DAYS.indexOf(to) - start + 7) % 7) + 1;
    return Array.from({ length }, (_, i) => DAYS[(start + i) % 7]);
  });
}

const intervalsOf = (times: string) => times.split(',').map((range) => range.split('-') as [string, string]);

export function parseOpeningHours(value: string | null): Week | null {
  if (!value?.trim()) return null;
  const hours = new Map<Day, [string, string][]>(DAYS.map((d) => [d, []]));
  let closedOnPublicHolidays = false;
  for (const rule of value
    .split(';')
    .map((r) => r.trim())
    .filter(Boolean)) {
    if (rule === '24/7') {
      DAYS.forEach((d) => hours.set(d, [['00:00', '24:00']]));
      continue;
    }
    if (/^PH (off|closed)$/.test(rule)) {
      closedOnPublicHolidays = true;
      continue;
    }
    const parts = rule.split(/\s+/);
    const [selector, times] = parts.length === 1 ? ['Mo-Su', parts[0]] : parts;
    if (parts.length > 2 || !DAY_SELECTOR.test(selector)) return null;
    const closed = times === 'off' || times === 'closed';
    if (!closed && !TIMES.test(times)) return null;
    // A later rule replaces what an earlier one said of the same days, as in OSM.
    for (const day of daysOf(selector)) hours.set(day, closed ? [] : intervalsOf(times));
  }
  return { days: DAYS.map((day) => ({ day, intervals: hours.get(day)! })), closedOnPublicHolidays };
}
