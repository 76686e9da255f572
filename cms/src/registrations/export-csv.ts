import { parisParts } from '@reseau-epn/platform';

/** A registration as the team's export reads it. */
export interface ExportedRegistration {
  name: string | null;
  email: string | null;
  phone: string | null;
  places: number;
  state: 'confirmee' | 'en_attente' | 'annulee';
  accessibilityNeed: string | null;
  language: 'fr' | 'br' | 'en';
  attended: boolean | null;
  createdAt: string | Date;
  cancelledAt: string | Date | null;
}

const STATES = { confirmee: 'Confirmée', en_attente: 'En liste d’attente', annulee: 'Annulée' } as const;
const LANGUAGES = { fr: 'français', br: 'breton', en: 'anglais' } as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** Paris wall-clock time, as a spreadsheet reads a date: 2026-12-02 14:30. */
function parisDateTime(value: string | Date | null): string {
  if (!value) return '';
  const p = parisParts(value);
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** The columns, in French: the team's spreadsheet. */
const COLUMNS: readonly { header: string; value: (r: ExportedRegistration) => string }[] = [
  { header: 'Nom', value: (r) => r.name ?? '' },
  { header: 'Adresse électronique', value: (r) => r.email ?? '' },
  { header: 'Téléphone', value: (r) => r.phone ?? '' },
  { header: 'Places', value: (r) => String(r.places) },
  { header: 'État', value: (r) => STATES[r.state] ?? r.state },
  { header: 'Besoin d’accessibilité', value: (r) => r.accessibilityNeed ?? '' },
  { header: 'Langue', value: (r) => LANGUAGES[r.language] ?? r.language },
  { header: 'Présence', value: (r) => (r.attended === true ? 'présent·e' : r.attended === false ? 'absent·e' : '') },
  { header: 'Inscription le', value: (r) => parisDateTime(r.createdAt) },
  { header: 'Annulation le', value: (r) => parisDateTime(r.cancelledAt) },
];

/** What a spreadsheet takes for the start of a formula (OWASP's list: = + - @, tab, carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The separator: a spreadsheet set to French (Excel above all) takes the comma for the decimal
 * mark and opens a comma-separated file in one column; it splits on the semicolon.
 */
export const CSV_SEPARATOR = ';';

/**
 * One CSV cell. RFC 4180's rules with the semicolon as separator: quoted when the value holds a
 * semicolon, a quote or a line break, quotes doubled; also on a comma or a tab, which a
 * spreadsheet set to another language may take for the separator. Formula injection: names and needs are typed by anyone on the public form, and the
 * team opens the file in a spreadsheet; a cell starting like a formula gets a single quote in
 * front, inside the quotes, so it is shown as text (a phone number « +33… » too: it is text).
 */
export function csvCell(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",;\t\r\n]/.test(text) || text !== value ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The export: a byte order mark, so that a spreadsheet reads the accents as UTF-8 (Excel reads
 * a file without one in the system's legacy code page), then a header row and one row per
 * registration, cells separated by semicolons, records ended by CRLF.
 */
export function registrationsCsv(rows: readonly ExportedRegistration[]): string {
  const lines = [COLUMNS.map((c) => csvCell(c.header)), ...rows.map((row) => COLUMNS.map((c) => csvCell(c.value(row))))];
  return `\uFEFF${lines.map((line) => `${line.join(CSV_SEPARATOR)}\r\n`).join('')}`;
}
