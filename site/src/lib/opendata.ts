/**
 * The directory in the national "schéma de données des lieux de médiation numérique" (ANCT,
 * La MedNum; https://github.com/LaMednum/standard-mediation-num, schema.json v1): one record per
 * space, in the schema's own record representation — flat, lists as one string whose values are
 * joined with "|", coordinates as numbers — written as a JSON array of records and as CSV. It is
 * what the ANCT's library reads (`fromSchemaLieuDeMediationNumerique`, in
 * @gouvfr-anct/lieux-de-mediation-numerique), so both exports are checked with it in the tests.
 *
 * The mapping is a table (FIELDS): each schema field names where its value comes from, and no
 * other key is ever written. Only public fields are read; the space's internal network notes, its
 * referent and its inventory are not part of the input type, so they cannot leak into an export.
 */

/** What the mapping reads of a space: the public fields of the espaces collection (French version). */
export interface SpaceSource {
  documentId: string;
  name: string;
  type: string;
  siret: string | null;
  summary: string | null;
  description: string | null;
  address: string;
  addressComplement: string | null;
  postalCode: string;
  commune: string;
  inseeCode: string;
  latitude: number | null;
  longitude: number | null;
  openingHours: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  services: string[];
  publics: string[];
  specificSupport: string[];
  accessModes: string[];
  supportModes: string[];
  fees: string[];
  accessibilityUrl: string | null;
  /** YYYY-MM-DD, the day the information was last checked. */
  lastUpdated: string | null;
  /** ISO datetime of the last edit, used when lastUpdated is missing. */
  updatedAt: string;
}

export interface ExportContext {
  /** The body that collected the data (schema field "source"). */
  source: string;
}

interface FieldBase {
  name: string;
  /** Required by the schema: a space without a value for it cannot be exported (see toLieux). */
  required?: true;
  /**
   * Written in the CSV exactly as produced, even when it starts with "+" or "-": the exporter
   * writes or checks the value's format itself (a 14-digit SIRET, an E.164 phone number, which
   * the schema wants as "+33…"), so it cannot hold a formula. See csvCell.
   */
  verbatim?: true;
}

/**
 * A field of the schema and where its value comes from. A list gives its values, which the record
 * joins with LIST_SEPARATOR into one string, as the schema's records hold a list.
 */
type Field = FieldBase &
  (
    | { list: true; value: (space: SpaceSource, context: ExportContext) => readonly string[] }
    | { list?: never; value: (space: SpaceSource, context: ExportContext) => string | number | null }
  );

/** How the schema's records hold a list, in JSON and CSV alike. */
export const LIST_SEPARATOR = '|';

/** The SIRET, or the schema's placeholder for "unknown". */
export const UNKNOWN_PIVOT = '00000000000000';

/**
 * Our space types in the schema's typologie vocabulary (data.inclusion's structure types).
 * - papi: a "Point d'accès public à internet" is a regional label for a public internet access point
 *   with no code of its own; EPN ("espace public numérique") is the nearest.
 * - cybercommune: run by the commune, so MUNI (the schema has no "cyber-" code).
 * - mjc_centre_social: CS (centre social) unless the name says it is an MJC.
 */
export const TYPOLOGIE: Record<string, string[] | { default: string[]; byName: [RegExp, string[]][] }> = {
  epn: ['EPN'],
  papi: ['EPN'],
  cybercommune: ['MUNI'],
  mediatheque: ['BIB'],
  mjc_centre_social: { default: ['CS'], byName: [[/\bMJC\b|maison des jeunes/i, ['MJC']]] },
  mission_locale: ['ML'],
  autre: ['Autre'],
};

export function typologieOf(space: Pick<SpaceSource, 'type' | 'name'>): string[] {
  const rule = TYPOLOGIE[space.type] ?? TYPOLOGIE.autre;
  if (Array.isArray(rule)) return rule;
  return rule.byName.find(([pattern]) => pattern.test(space.name))?.[1] ?? rule.default;
}

/** A French number in the schema's international form (+33 and nine digits), or null if it is not one. */
export function internationalPhone(phone: string | null): string | null {
  if (!phone) return null;
  const digits = phone.replace(/[\s.\-()]/g, '').replace(/^00/, '+');
  if (/^0[1-9]\d{8}$/.test(digits)) return `+33${digits.slice(1)}`;
  if (/^\+33[1-9]\d{8}$/.test(digits)) return digits;
  return null;
}

export function pivotOf(siret: string | null): string {
  const digits = (siret ?? '').replace(/\s/g, '');
  return /^\d{14}$/.test(digits) ? digits : UNKNOWN_PIVOT;
}

const RESUME_MAX = 280;
function resume(text: string | null): string | null {
  if (!text) return null;
  return text.length <= RESUME_MAX ? text : `${text.slice(0, RESUME_MAX - 1).trimEnd()}…`;
}

/** The coordinates, only as a pair: readers drop a lone latitude or longitude (the schema's localisation is both). */
const pointOf = ({ latitude, longitude }: SpaceSource) => (latitude === null || longitude === null ? null : { latitude, longitude });

const one = (value: string | null) => (value ? [value] : []);

/**
 * A web address as one value of a list: a "|" in it would split it in two for every reader, so it
 * is percent-encoded, which names the same resource (RFC 3986).
 */
const oneUrl = (url: string | null) => one(url && url.replaceAll(LIST_SEPARATOR, '%7C'));

/** The schema's fields in its own order. */
export const FIELDS: readonly Field[] = [
  { name: 'id', required: true, value: (s) => s.documentId },
  { name: 'pivot', required: true, verbatim: true, value: (s) => pivotOf(s.siret) },
  { name: 'nom', required: true, value: (s) => s.name },
  { name: 'commune', required: true, value: (s) => s.commune },
  { name: 'code_postal', required: true, value: (s) => s.postalCode },
  { name: 'code_insee', value: (s) => s.inseeCode },
  { name: 'adresse', required: true, value: (s) => s.address },
  { name: 'complement_adresse', value: (s) => s.addressComplement },
  { name: 'latitude', value: (s) => pointOf(s)?.latitude ?? null },
  { name: 'longitude', value: (s) => pointOf(s)?.longitude ?? null },
  { name: 'typologie', list: true, value: (s) => typologieOf(s) },
  { name: 'telephone', verbatim: true, value: (s) => internationalPhone(s.phone) },
  { name: 'courriels', list: true, value: (s) => one(s.email) },
  { name: 'site_web', list: true, value: (s) => oneUrl(s.website) },
  { name: 'horaires', value: (s) => s.openingHours },
  { name: 'presentation_resume', value: (s) => resume(s.summary) },
  { name: 'presentation_detail', value: (s) => s.description },
  { name: 'source', value: (_, context) => context.source },
  { name: 'date_maj', required: true, value: (s) => s.lastUpdated ?? s.updatedAt.slice(0, 10) },
  { name: 'services', required: true, list: true, value: (s) => s.services },
  { name: 'publics_specifiquement_adresses', list: true, value: (s) => s.publics },
  { name: 'prise_en_charge_specifique', list: true, value: (s) => s.specificSupport },
  { name: 'frais_a_charge', list: true, value: (s) => s.fees },
  { name: 'modalites_acces', list: true, value: (s) => s.accessModes },
  { name: 'modalites_accompagnement', list: true, value: (s) => s.supportModes },
  // The CMS's accessibility link: the schema wants the place's Acceslibre profile here.
  { name: 'fiche_acces_libre', value: (s) => s.accessibilityUrl },
];

export const REQUIRED_FIELDS = FIELDS.filter((f) => f.required).map((f) => f.name);

/** A record of the schema, as its CSV and its JSON hold it: strings, and numbers for the coordinates. */
export type Lieu = Record<string, string | number>;

/**
 * A list as the schema writes it. A value holding the separator cannot be written without
 * becoming two values (only an e-mail address could: the CMS checks the other lists against the
 * schema's labels and web addresses are encoded), so it is left out rather than exported wrong.
 */
function joinList(values: readonly string[]): string {
  return values.filter((v) => v !== '' && !v.includes(LIST_SEPARATOR)).join(LIST_SEPARATOR);
}

/** One space as a schema record; fields without a value are left out, as the schema's records do. */
export function toLieu(space: SpaceSource, context: ExportContext): Lieu {
  const lieu: Lieu = {};
  for (const field of FIELDS) {
    const value = field.list ? joinList(field.value(space, context)) : field.value(space, context);
    if (value !== null && value !== '') lieu[field.name] = value;
  }
  return lieu;
}

/**
 * The records of the exports. A space missing a required field is left out: the schema has no
 * record without one, and readers refuse it. Only `services` can be missing (the CMS requires the
 * others, and the SIRET has a placeholder): a place offering no service is not a lieu de
 * médiation numérique in the schema's sense.
 */
export function toLieux(spaces: SpaceSource[], context: ExportContext): Lieu[] {
  return spaces.map((s) => toLieu(s, context)).filter((lieu) => REQUIRED_FIELDS.every((name) => name in lieu));
}

/** The JSON export: an array of the schema's records, exactly as they are. */
export function toJson(lieux: readonly Lieu[]): string {
  return `${JSON.stringify(lieux, null, 2)}\n`;
}

/** How a spreadsheet recognises a formula (OWASP, "CSV Injection"): =, +, -, @, tab or carriage return first. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell. RFC 4180: quoted when the value holds a comma, a quote or a line break, quotes
 * doubled; also when it holds a semicolon or a tab, which spreadsheets set to another language
 * take for the separator (a cell would split, and its second half could start with "=").
 *
 * Formula injection: the export is opened in spreadsheets, and its text fields are written by
 * people (names, addresses, descriptions, links, and lists whose first item starts the cell). A
 * cell starting like a formula gets a single quote in front, inside the quotes, as OWASP
 * advises: the spreadsheet shows it as text. Numbers (a longitude, "-4.5049") and `verbatim`
 * fields, whose format the exporter checks, are written as they are: the schema needs them so.
 * The JSON export is left unchanged: it is data, not a sheet.
 */
export function csvCell(value: string | number | undefined, verbatim = false): string {
  const text = value === undefined ? '' : String(value);
  const quoted = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
  if (!verbatim && typeof value !== 'number' && FORMULA_START.test(text)) return quoted(`'${text}`);
  return /[",;\t\r\n]/.test(text) ? quoted(text) : text;
}

/** The CSV export: one row per record under a header of every schema field, an empty cell where a record has no value. */
export function toCsv(lieux: readonly Lieu[]): string {
  const rows = [FIELDS.map((f) => f.name)];
  for (const lieu of lieux) rows.push(FIELDS.map((f) => csvCell(lieu[f.name], f.verbatim)));
  return rows.map((row) => `${row.join(',')}\r\n`).join('');
}
