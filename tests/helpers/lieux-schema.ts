import {
  fromSchemaLieuDeMediationNumerique,
  isValidCourriel,
  isValidUrl,
  toSchemaLieuMediationNumerique,
  type SchemaLieuMediationNumerique,
} from '@gouvfr-anct/lieux-de-mediation-numerique';

/**
 * The exports read by the ANCT's own library (@gouvfr-anct/lieux-de-mediation-numerique), the way
 * the national cartography imports a producer's data: each record goes through
 * `fromSchemaLieuDeMediationNumerique`, which checks it and throws on anything it refuses.
 */

export type SchemaRecord = Record<string, string | number>;

/** Every field of the schema's record, as the library types it (the check below keeps the list complete). */
const RECORD_FIELDS = [
  'id',
  'pivot',
  'nom',
  'services',
  'typologie',
  'structure_parente',
  'commune',
  'code_postal',
  'adresse',
  'code_insee',
  'complement_adresse',
  'latitude',
  'longitude',
  'telephone',
  'courriels',
  'site_web',
  'presentation_resume',
  'presentation_detail',
  'publics_specifiquement_adresses',
  'prise_en_charge_specifique',
  'frais_a_charge',
  'modalites_acces',
  'modalites_accompagnement',
  'fiche_acces_libre',
  'itinerance',
  'dispositif_programmes_nationaux',
  'formations_labels',
  'autres_formations_labels',
  'horaires',
  'prise_rdv',
  'date_maj',
  'source',
] as const satisfies readonly (keyof SchemaLieuMediationNumerique)[];
/** Fails to compile when the library's record gains a field the list above lacks. */
const listsEveryField: [Exclude<keyof SchemaLieuMediationNumerique, (typeof RECORD_FIELDS)[number]>] extends [never] ? true : never = true;
void listsEveryField;
export const SCHEMA_FIELDS: readonly string[] = RECORD_FIELDS;

/** The schema's fields that hold numbers; its CSV holds them as text. */
const NUMBER_FIELDS = new Set(['latitude', 'longitude']);

/**
 * A CSV row (tests/helpers/csv.ts) as the schema's record: an empty cell is a missing value, the
 * coordinates are numbers. A cell that is not a number becomes NaN, which the library refuses.
 */
export function recordFromCsvRow(row: Record<string, string>): SchemaRecord {
  return Object.fromEntries(
    Object.entries(row)
      .filter(([, cell]) => cell !== '')
      .map(([name, cell]) => [name, NUMBER_FIELDS.has(name) ? Number(cell) : cell]),
  );
}

/**
 * What the library reads of a record, written back in the schema's representation by its own
 * `toSchemaLieuMediationNumerique`. Equal to the record when the library read all of it: a field
 * outside the schema, a list it split differently or a value it dropped shows as a difference.
 */
export function readBack(record: SchemaRecord): Record<string, unknown> {
  // The library types records with its field names; a record is checked at run time, here.
  return { ...toSchemaLieuMediationNumerique(fromSchemaLieuDeMediationNumerique(record as SchemaLieuMediationNumerique)) };
}

/** The records the library refuses, each as "<id>: <its error>" (empty when it reads them all). */
export function refusedByLibrary(records: SchemaRecord[]): string[] {
  return records.flatMap((record) => {
    try {
      readBack(record);
      return [];
    } catch (error) {
      return [`${String(record.id)}: ${error instanceof Error ? `${error.name} ${error.message}` : String(error)}`];
    }
  });
}

/**
 * E-mail addresses and web sites the library would refuse: `fromSchemaLieuDeMediationNumerique`
 * copies them unchecked, but the library's own models (Courriel, Url) are what its consumers apply.
 */
export function invalidContacts(records: SchemaRecord[]): string[] {
  const list = (value: string | number | undefined) => (value === undefined ? [] : String(value).split('|'));
  return records.flatMap((record) => [
    ...list(record.courriels).filter((email) => !isValidCourriel(email)),
    ...list(record.site_web).filter((url) => !isValidUrl(url)),
  ]);
}
