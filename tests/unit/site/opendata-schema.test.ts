import {
  Frais,
  ModaliteAcces,
  ModaliteAccompagnement,
  PriseEnChargeSpecifique,
  PublicSpecifiquementAdresse,
  Service,
  Typologie,
} from '@gouvfr-anct/lieux-de-mediation-numerique';
import { describe, expect, it } from 'vitest';
import { ANCT_ACCESS_MODES, ANCT_FEES, ANCT_PUBLICS, ANCT_SERVICES, ANCT_SPECIFIC_SUPPORT, ANCT_SUPPORT_MODES } from '../../../cms/src/validation/vocabularies';
import { FIELDS, TYPOLOGIE, toCsv, toJson, toLieux, type SpaceSource } from '../../../site/src/lib/opendata';
import { csvObjects } from '../../helpers/csv';
import { readBack, recordFromCsvRow, refusedByLibrary, SCHEMA_FIELDS, type SchemaRecord } from '../../helpers/lieux-schema';

const context = { source: 'Réseau EPN du Pays de Brest' };

/** A space with every exported field filled, lists of several values included. */
const full: SpaceSource = {
  documentId: 'doc-full',
  name: 'Médiathèque du Cloître',
  type: 'mediatheque',
  siret: '21290019300014',
  summary: 'Six postes, une imprimante, des ateliers.',
  description: 'Une salle au premier étage.\nAteliers le samedi.',
  address: '12 rue du Cloître',
  addressComplement: 'Premier étage',
  postalCode: '29800',
  commune: 'Landerneau',
  inseeCode: '29103',
  latitude: 48.4508,
  longitude: -4.2494,
  openingHours: 'Tu-Sa 10:00-12:00,14:00-18:00',
  phone: '02 98 85 76 00',
  email: 'mediatheque@landerneau.example',
  website: 'https://mediatheque.landerneau.example/horaires',
  services: ['Aide aux démarches administratives', 'Loisirs et créations numériques'],
  publics: ['Seniors', 'Familles et/ou enfants'],
  specificSupport: ['Surdité', 'Déficience visuelle'],
  accessModes: ['Se présenter', 'Téléphoner'],
  supportModes: ['En autonomie', 'Dans un atelier collectif'],
  fees: ['Gratuit'],
  accessibilityUrl: 'https://acceslibre.beta.gouv.fr/app/29-landerneau/a/bibliotheque-mediatheque/erp/mediatheque-du-cloitre/',
  lastUpdated: '2026-03-02',
  updatedAt: '2026-03-02T10:00:00.000Z',
};

/** A space with only what the CMS requires, and no SIRET. */
const sparse: SpaceSource = {
  ...full,
  documentId: 'doc-sparse',
  siret: null,
  summary: null,
  description: null,
  addressComplement: null,
  latitude: null,
  longitude: null,
  openingHours: null,
  phone: null,
  email: null,
  website: null,
  services: ['Accès internet et matériel informatique'],
  publics: [],
  specificSupport: [],
  accessModes: [],
  supportModes: [],
  fees: [],
  accessibilityUrl: null,
  lastUpdated: null,
};

const jsonRecords = () => JSON.parse(toJson(toLieux([full, sparse], context))) as SchemaRecord[];
const csvRecords = () => csvObjects(toCsv(toLieux([full, sparse], context))).map(recordFromCsvRow);

describe('the open-data records, read by the ANCT library', () => {
  it('should map only to fields of the schema', () => {
    expect(FIELDS.map((f) => f.name).filter((name) => !SCHEMA_FIELDS.includes(name))).toEqual([]);
  });

  it('should have a full and a sparse record accepted by fromSchemaLieuDeMediationNumerique, in JSON', () => {
    expect(refusedByLibrary(jsonRecords())).toEqual([]);
  });

  it('should have the library read a record back whole, lists and coordinates included', () => {
    const [record] = jsonRecords();

    expect(Object.keys(record)).toHaveLength(FIELDS.length);
    expect(readBack(record)).toEqual(record);
  });

  it('should have the library read back the CSV as the same records as the JSON', () => {
    expect(csvRecords().map(readBack)).toEqual(jsonRecords());
  });

  it('should give the library a pivot it accepts when the SIRET is unknown', () => {
    expect(readBack(jsonRecords()[1]).pivot).toBe('00000000000000');
  });
});

describe('the values of the exports, in the schema’s vocabularies', () => {
  it('should map every type of space to typologie codes of the schema', () => {
    const codes = Object.values(TYPOLOGIE).flatMap((rule) => (Array.isArray(rule) ? rule : [...rule.default, ...rule.byName.flatMap(([, c]) => c)]));

    expect(codes.filter((code) => !(Object.values(Typologie) as string[]).includes(code))).toEqual([]);
  });

  it.each([
    ['services', ANCT_SERVICES, Service],
    ['publics_specifiquement_adresses', ANCT_PUBLICS, PublicSpecifiquementAdresse],
    ['prise_en_charge_specifique', ANCT_SPECIFIC_SUPPORT, PriseEnChargeSpecifique],
    ['frais_a_charge', ANCT_FEES, Frais],
    ['modalites_accompagnement', ANCT_SUPPORT_MODES, ModaliteAccompagnement],
  ])('should let the CMS store exactly the schema’s labels for %s', (_, vocabulary, labels) => {
    expect([...vocabulary].sort()).toEqual(Object.values(labels).sort());
  });

  it('should let the CMS store the schema’s access modes, save the one for places without public', () => {
    const labels = Object.values(ModaliteAcces).filter((label) => label !== ModaliteAcces.PasDePublic);

    expect([...ANCT_ACCESS_MODES].sort()).toEqual(labels.sort());
  });
});
