import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvObjects, parseCsv } from '../helpers/csv';
import { invalidContacts, readBack, recordFromCsvRow, refusedByLibrary, SCHEMA_FIELDS, type SchemaRecord } from '../helpers/lieux-schema';
import { SITE_FIXTURE } from './global-setup';
import { builtFile } from './helpers';

interface SnapshotSpace {
  documentId: string;
  services: string[];
}
const spaces = (JSON.parse(readFileSync(SITE_FIXTURE, 'utf8')) as { collections: { espaces: { fr: SnapshotSpace[] } } }).collections.espaces.fr;

const JSON_EXPORT = '/espaces/lieux-mediation-numerique.json';
const CSV_EXPORT = '/espaces/lieux-mediation-numerique.csv';
const jsonRecords = () => JSON.parse(builtFile(JSON_EXPORT)) as SchemaRecord[];
/** Parsed strictly (RFC 4180, every row as long as the header), then typed as the schema's record. */
const csvRecords = () => csvObjects(builtFile(CSV_EXPORT)).map(recordFromCsvRow);
const EXPORTS = [
  ['JSON', jsonRecords],
  ['CSV', csvRecords],
] as const;

/** The schema's required fields, written out here rather than taken from the exporter under test. */
const REQUIRED = ['id', 'pivot', 'nom', 'commune', 'code_postal', 'adresse', 'date_maj', 'services'];

describe('the open-data exports of the directory, read by the ANCT library', () => {
  it.each(EXPORTS)('should hold one %s record per space, under the CMS document ids', (_, records) => {
    expect(
      records()
        .map((r) => r.id)
        .sort(),
    ).toEqual(spaces.map((s) => s.documentId).sort());
  });

  it.each(EXPORTS)('should have every %s record accepted by fromSchemaLieuDeMediationNumerique', (_, records) => {
    expect(records()).toHaveLength(spaces.length);
    expect(refusedByLibrary(records())).toEqual([]);
  });

  it.each(EXPORTS)('should have every %s record read back whole by the library, with no field outside the schema', (_, records) => {
    expect(records().map(readBack)).toEqual(records());
  });

  it.each(EXPORTS)('should give every %s record the required fields of the schema', (_, records) => {
    const missing = records().flatMap((r) => REQUIRED.filter((name) => r[name] === undefined || r[name] === '').map((name) => `${r.id}.${name}`));

    expect(missing).toEqual([]);
  });

  it.each(EXPORTS)('should only hold e-mail addresses and web sites the library’s models accept, in %s', (_, records) => {
    expect(invalidContacts(records())).toEqual([]);
  });

  it('should hold the same records in JSON and in CSV', () => {
    expect(csvRecords()).toEqual(jsonRecords());
  });

  it('should write each list of the JSON as one string of values joined by "|", as the schema’s records do', () => {
    const byId = new Map(jsonRecords().map((r) => [r.id, r]));

    expect(spaces.some((s) => s.services.length > 1)).toBe(true);
    for (const space of spaces) expect(byId.get(space.documentId)?.services, space.documentId).toBe(space.services.join('|'));
  });

  it('should head the CSV with fields of the schema only, the required ones included', () => {
    const [header] = parseCsv(builtFile(CSV_EXPORT));

    expect(header.filter((name) => !SCHEMA_FIELDS.includes(name))).toEqual([]);
    expect(header).toEqual(expect.arrayContaining(REQUIRED));
  });

  it('should write no field outside the schema in the JSON', () => {
    const outside = jsonRecords().flatMap((r) => Object.keys(r).filter((name) => !SCHEMA_FIELDS.includes(name)));

    expect(outside).toEqual([]);
  });
});

describe('the open-data page', () => {
  const html = () => builtFile('/espaces/donnees-ouvertes/');

  it('should link both exports and name their licence and schema', () => {
    expect(html()).toContain('href="/espaces/lieux-mediation-numerique.json"');
    expect(html()).toContain('href="/espaces/lieux-mediation-numerique.csv"');
    expect(html()).toContain('Licence Ouverte 2.0');
    expect(html()).toContain('schéma de données des lieux de médiation numérique');
  });

  it('should count the places the exports hold', () => {
    expect(html()).toContain(`${jsonRecords().length} lieux, mis à jour`);
  });

  it('should describe the JSON lists as the schema writes them', () => {
    expect(html()).toContain('séparée par « | », comme en CSV');
  });
});
