/**
 * The Content Manager's « Récurrence » component (evenement.recurrence) read as the platform's
 * `RecurrenceRule`. The component is written by editors as they would announce the series:
 * weekdays in words (« mardi », « lundi et jeudi », « MO,TH »), a rank in words (« premier »),
 * exceptions as a list of dates (« 22/12/2026, 2026-12-29 »). What cannot be read is refused
 * naming the component's field, in French, with the platform's `RecurrenceError`.
 */
import { isDay, RecurrenceError, WEEKDAYS, type RecurrenceIssue, type RecurrenceRule, type Weekday } from '@reseau-epn/platform';

/** The component as the Document Service hands it over (fields left empty in the admin are null). */
export interface RecurrenceComponent {
  frequency?: string | null;
  weekdays?: string | null;
  position?: string | null;
  monthDay?: number | string | null;
  from?: string | Date | null;
  time?: string | null;
  durationMinutes?: number | string | null;
  interval?: number | string | null;
  count?: number | string | null;
  until?: string | Date | null;
  exceptions?: string | null;
}

const FREQUENCIES = {
  chaque_semaine: 'weekly',
  chaque_mois_jour_de_semaine: 'monthly-weekday',
  chaque_mois_date: 'monthly-day',
} as const satisfies Record<string, RecurrenceRule['frequency']>;

type MonthlyPosition = Extract<RecurrenceRule, { frequency: 'monthly-weekday' }>['position'];

const POSITIONS = { premier: 1, deuxieme: 2, troisieme: 3, quatrieme: 4, cinquieme: 5, dernier: -1 } as const;

/** Words for each day, accents and case removed: French, abbreviations, RFC 5545 codes, English. */
const DAY_WORDS: Record<Weekday, string[]> = {
  MO: ['lundi', 'lun', 'mo', 'monday'],
  TU: ['mardi', 'mar', 'tu', 'tuesday'],
  WE: ['mercredi', 'mer', 'we', 'wednesday'],
  TH: ['jeudi', 'jeu', 'th', 'thursday'],
  FR: ['vendredi', 'ven', 'fr', 'friday'],
  SA: ['samedi', 'sam', 'sa', 'saturday'],
  SU: ['dimanche', 'dim', 'su', 'sunday'],
};
const DAY_BY_WORD = new Map(Object.entries(DAY_WORDS).flatMap(([code, words]) => words.map((word) => [word, code as Weekday] as const)));
/** Words an editor writes around the days (« tous les mardis et jeudis »), read as nothing. */
const FILLERS = new Set(['et', 'ou', 'les', 'le', 'tous', 'chaque', 'and']);

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** « Mardi et jeudi », « lundi, jeudi », « MO,TH » → ['TU', 'TH']; unknown words in `unknown`. */
export function parseWeekdays(text: string): { days: Weekday[]; unknown: string[] } {
  const days: Weekday[] = [];
  const unknown: string[] = [];
  for (const word of fold(text)
    .split(/[\s,;/&+]+/)
    .filter(Boolean)) {
    if (FILLERS.has(word)) continue;
    // « mardis » as well as « mardi ».
    const day = DAY_BY_WORD.get(word) ?? DAY_BY_WORD.get(word.replace(/s$/, ''));
    if (day === undefined) unknown.push(word);
    else if (!days.includes(day)) days.push(day);
  }
  return { days: days.sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b)), unknown };
}

/** « 2026-12-22 », « 22/12/2026 » (or 22.12.2026, 22-12-2026) → 2026-12-22; null if not a real day. */
function readDate(word: string): string | null {
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(word);
  const day = french ? `${french[3]}-${french[2].padStart(2, '0')}-${french[1].padStart(2, '0')}` : word;
  return isDay(day) ? day : null;
}

/** Dates separated by commas, semicolons, spaces or new lines, in order, each once. */
export function parseExceptions(text: string): { days: string[]; unknown: string[] } {
  const days: string[] = [];
  const unknown: string[] = [];
  for (const word of text.split(/[\s,;]+/).filter(Boolean)) {
    const day = readDate(word);
    if (day === null) unknown.push(word);
    else if (!days.includes(day)) days.push(day);
  }
  return { days: days.sort(), unknown };
}

/** Strapi's time (`14:00:00.000`, or `14:00` as typed) → `14:00`; the input as it is otherwise, for the rule's check to refuse. */
function readTime(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const match = /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,3})?)?$/.exec(value);
  return match ? `${match[1]}:${match[2]}` : value;
}

/** A date field as a Paris day: the Document Service gives YYYY-MM-DD strings, the query engine may give a Date. */
function readDay(value: string | Date | null | undefined): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}

/** An integer field; a string of digits (a form's value) is read as its number. */
function readNumber(value: number | string | null | undefined): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  return typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : (value as number);
}

/** The rule's fields named as the component names them, for issues the platform raises. */
function componentPath(path: string[]): string[] {
  if (path[0] === 'weekday') return ['weekdays'];
  // The component holds the exceptions in one text field: the n-th date is that field's fault.
  if (path[0] === 'exceptions') return ['exceptions'];
  return path.slice(0, 1);
}

/** Issues of the platform's rule, named after the component's fields (`weekday` → `weekdays`). */
export function componentIssues(issues: RecurrenceIssue[]): RecurrenceIssue[] {
  return issues.map((issue) => ({ path: componentPath(issue.path), message: issue.message }));
}

/**
 * The component as a rule. Throws a `RecurrenceError` whose issues name the component's fields
 * for what cannot be read; the rule's own checks (count or until, a real day…) are the
 * platform's, through `expandRecurrence`.
 */
export function ruleFromComponent(component: RecurrenceComponent): RecurrenceRule {
  const issues: RecurrenceIssue[] = [];
  const frequency = FREQUENCIES[component.frequency as keyof typeof FREQUENCIES];
  if (frequency === undefined)
    issues.push({ path: ['frequency'], message: 'fréquence attendue : chaque semaine, chaque mois (jour de semaine) ou chaque mois (date)' });

  const exceptions = parseExceptions(component.exceptions ?? '');
  if (exceptions.unknown.length > 0) {
    issues.push({ path: ['exceptions'], message: `dates attendues (22/12/2026 ou 2026-12-22), pas « ${exceptions.unknown.join(' ')} »` });
  }
  const common = {
    from: readDay(component.from) as string,
    time: readTime(component.time) as string,
    durationMinutes: readNumber(component.durationMinutes) as number,
    // 1 is the default the schema stores: a rule typed without it is the same rule.
    ...(readNumber(component.interval) === undefined || readNumber(component.interval) === 1 ? {} : { interval: readNumber(component.interval) }),
    ...(readNumber(component.count) === undefined ? {} : { count: readNumber(component.count) }),
    ...(readDay(component.until) === undefined ? {} : { until: readDay(component.until) }),
    ...(exceptions.days.length === 0 ? {} : { exceptions: exceptions.days }),
  };

  const weekdays = parseWeekdays(component.weekdays ?? '');
  if (frequency === 'weekly' || frequency === 'monthly-weekday') {
    if (weekdays.unknown.length > 0)
      issues.push({ path: ['weekdays'], message: `jour de la semaine attendu (« mardi », « lundi, jeudi »), pas « ${weekdays.unknown.join(' ')} »` });
    else if (weekdays.days.length === 0) issues.push({ path: ['weekdays'], message: 'indiquez le jour de la semaine (« mardi »)' });
    else if (frequency === 'monthly-weekday' && weekdays.days.length > 1)
      issues.push({ path: ['weekdays'], message: 'un seul jour de la semaine pour une série mensuelle' });
  }
  const position = POSITIONS[component.position as keyof typeof POSITIONS];
  if (frequency === 'monthly-weekday' && position === undefined)
    issues.push({ path: ['position'], message: 'indiquez le rang dans le mois (premier … dernier)' });
  const monthDay = readNumber(component.monthDay);
  if (frequency === 'monthly-day' && monthDay === undefined) issues.push({ path: ['monthDay'], message: 'indiquez le jour du mois (1 à 31)' });
  if (issues.length > 0) throw new RecurrenceError(issues);

  switch (frequency) {
    case 'weekly':
      return { ...common, frequency, weekdays: weekdays.days };
    case 'monthly-weekday':
      return { ...common, frequency, weekday: weekdays.days[0], position: position as MonthlyPosition };
    case 'monthly-day':
      return { ...common, frequency, monthDay: monthDay as number };
    default:
      // Unreachable: an unknown frequency is an issue above.
      throw new RecurrenceError([{ path: ['frequency'], message: 'fréquence inconnue' }]);
  }
}
