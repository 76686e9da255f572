/**
 * A series' rule in a seed file (front matter `recurrence:`), with its days relative to the day
 * of import like every other seed date, turned into the CMS's « Récurrence » component. The
 * days skipped are given by their rank in the series (`skipSessions: [3]`, « pas de séance la
 * troisième semaine »), since a relative date cannot know which day of the week it falls on.
 */
import { expandRecurrence, type RecurrenceRule } from '@reseau-epn/platform';
import { resolveDate } from './relative-date';

const FREQUENCIES: Record<string, RecurrenceRule['frequency']> = {
  chaque_semaine: 'weekly',
  chaque_mois_jour_de_semaine: 'monthly-weekday',
  chaque_mois_date: 'monthly-day',
};
const POSITIONS: Record<string, 1 | 2 | 3 | 4 | 5 | -1> = { premier: 1, deuxieme: 2, troisieme: 3, quatrieme: 4, cinquieme: 5, dernier: -1 };
const WEEKDAY_CODES: Record<string, 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU'> = {
  lundi: 'MO',
  mardi: 'TU',
  mercredi: 'WE',
  jeudi: 'TH',
  vendredi: 'FR',
  samedi: 'SA',
  dimanche: 'SU',
};

/** The component's fields as the Document Service takes them. */
export interface RecurrenceData {
  frequency: string;
  weekdays: string | null;
  position: string | null;
  monthDay: number | null;
  from: string;
  time: string;
  durationMinutes: number;
  interval: number;
  count: number | null;
  until: string | null;
  exceptions: string | null;
}

const optionalNumber = (value: unknown, field: string): number | null => {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new Error(`recurrence.${field} must be a whole number`);
  return value;
};

/** The days the block's rule gives, before any is skipped: the CMS's own expansion, on the platform's rule. */
function ruleDays(data: RecurrenceData): string[] {
  const words = (data.weekdays ?? '').split(/[\s,]+|\bet\b/).filter(Boolean);
  const weekdays = words.map((word) => {
    const code = WEEKDAY_CODES[word.toLowerCase()];
    if (!code) throw new Error(`recurrence.weekdays: « ${word} » is not a day (lundi … dimanche)`);
    return code;
  });
  const common = {
    from: data.from,
    time: data.time.slice(0, 5),
    durationMinutes: data.durationMinutes,
    interval: data.interval,
    ...(data.count === null ? {} : { count: data.count }),
    ...(data.until === null ? {} : { until: data.until }),
  };
  const frequency = FREQUENCIES[data.frequency];
  const rule: RecurrenceRule =
    frequency === 'weekly'
      ? { ...common, frequency, weekdays }
      : frequency === 'monthly-weekday'
        ? { ...common, frequency, weekday: weekdays[0], position: POSITIONS[data.position ?? ''] }
        : { ...common, frequency: 'monthly-day', monthDay: data.monthDay ?? 0 };
  return expandRecurrence(rule).map((session) => session.day);
}

/** Resolves a seed `recurrence:` block; throws a message naming the field at fault. */
export function resolveRecurrence(block: unknown, now: Date): RecurrenceData {
  if (typeof block !== 'object' || block === null || Array.isArray(block)) throw new Error('recurrence must be a block of fields');
  const fields = block as Record<string, unknown>;
  if (typeof fields.frequency !== 'string' || !(fields.frequency in FREQUENCIES)) {
    throw new Error(`recurrence.frequency must be one of ${Object.keys(FREQUENCIES).join(', ')}`);
  }
  const time = String(fields.time ?? '');
  if (!/^\d{2}:\d{2}$/.test(time)) throw new Error('recurrence.time must be HH:MM (Paris time)');
  const data: RecurrenceData = {
    frequency: fields.frequency,
    weekdays: typeof fields.weekdays === 'string' ? fields.weekdays : null,
    position: typeof fields.position === 'string' ? fields.position : null,
    monthDay: optionalNumber(fields.monthDay, 'monthDay'),
    from: resolveDate(String(fields.from ?? ''), now),
    time: `${time}:00.000`,
    durationMinutes: optionalNumber(fields.durationMinutes, 'durationMinutes') ?? 0,
    interval: optionalNumber(fields.interval, 'interval') ?? 1,
    count: optionalNumber(fields.count, 'count'),
    until: fields.until === undefined ? null : resolveDate(String(fields.until), now),
    exceptions: null,
  };
  const skip = (fields.skipSessions ?? []) as unknown[];
  if (!Array.isArray(skip)) throw new Error('recurrence.skipSessions must be a list of session ranks (1 for the first)');
  if (skip.length === 0) return data;
  const days = ruleDays(data);
  const skipped = skip.map((rank) => {
    if (typeof rank !== 'number' || !days[rank - 1]) throw new Error(`recurrence.skipSessions: the series has no session ${String(rank)}`);
    return days[rank - 1];
  });
  return { ...data, exceptions: skipped.join(', ') };
}
