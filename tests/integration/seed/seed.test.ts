import type { UID } from '@strapi/strapi';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED_DIR, importSeed } from '../../../content-seed/src';
import type { TestCms } from '../../helpers/cms';
import { CONTENT_TYPES } from '../../helpers/fixtures';
import { getSeededCms, SEED_NOW } from '../../helpers/seeded';
import { UIDS } from '@reseau-epn/platform';
import { SYSTEMS } from '../../../cms/src/validation/vocabularies';

let cms: TestCms;

// The boot and the import take about two minutes alone, more on a machine shared with other runs.
beforeAll(async () => {
  ({ cms } = await getSeededCms());
}, 900_000);

/** Rows per table the seed writes: every content type, the components, the accounts. */
async function counts(): Promise<Record<string, number>> {
  const components = [
    'shared.contact',
    'intervention.log-entry',
    'espace.connection',
    'espace.access-features',
    'espace.team-member',
    'evenement.recurrence',
    'evenement.seance',
    'evenement.lieu',
  ];
  const uids = [...CONTENT_TYPES, UIDS.machine, ...components, UIDS.adminUser, UIDS.user];
  const result: Record<string, number> = {};
  for (const uid of uids) result[uid] = await cms.strapi.db.query(uid).count();
  return result;
}

interface SeedMachine {
  kind: string;
  publicUse: boolean;
  state: string;
  operatingSystem?: string;
}

/** Kinds a visitor sits at: a printer or a box is no workstation, whatever its `publicUse`. */
const WORKSTATION_KINDS = ['poste_fixe', 'portable', 'tablette'];

/** The project's espace files, as an author wrote them. */
const seedSpaces = readdirSync(path.join(DEFAULT_SEED_DIR, 'espaces')).map((name) => ({
  slug: name.replace(/\.json$/, ''),
  fields: JSON.parse(readFileSync(path.join(DEFAULT_SEED_DIR, 'espaces', name), 'utf8')) as Record<string, unknown>,
}));

function seedFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'seed-dir-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

describe('the seed', () => {
  it('should hold what the network needs: 30 fiches, 15 espaces, 20 events, 10 equipment items, 10 interventions', async () => {
    const published = (uid: string) => cms.strapi.documents(uid as UID.ContentType).count({ locale: 'fr', status: 'published' });

    expect(await cms.strapi.documents(UIDS.fiche).count({ locale: 'fr' })).toBeGreaterThanOrEqual(30);
    expect(await published(UIDS.espace)).toBeGreaterThanOrEqual(15);
    expect((await published(UIDS.atelier)) + (await published(UIDS.formation))).toBeGreaterThanOrEqual(20);
    expect(await cms.strapi.db.query(UIDS.equipement).count()).toBeGreaterThanOrEqual(10);
    expect(await cms.strapi.db.query(UIDS.intervention).count()).toBeGreaterThanOrEqual(10);
    expect(await cms.strapi.db.query(UIDS.pret).count()).toBeGreaterThan(0);
    expect(await cms.strapi.db.query(UIDS.message).count()).toBeGreaterThan(0);
  });

  it('should give every space its inventory: machines, a connection and the accessibility of the place', async () => {
    const spaces = await cms.strapi.documents(UIDS.espace).findMany({
      locale: 'fr',
      status: 'published',
      populate: { machines: true, connection: true, accessFeatures: true },
    });
    const seeded = spaces.filter((space) => seedSpaces.some(({ slug }) => slug === space.slug));

    expect(seeded).toHaveLength(15);
    expect(seeded.filter((space) => (space.machines ?? []).length === 0 || !space.connection?.type || !space.accessFeatures).map((s) => s.slug)).toEqual([]);
  });

  it('should put each Animateur in the teams of their own spaces, and a Technicien in several', async () => {
    const spaces = await cms.strapi.documents(UIDS.espace).findMany({ locale: 'fr', status: 'published', populate: { team: { populate: ['member'] } } });
    const spacesOf = (email: string) =>
      spaces
        .filter((space) => (space.team ?? []).some((member) => member.member?.email === email))
        .map((space) => space.slug)
        .sort();

    expect(spacesOf('nolwenn.abgrall@reseau-epn.example')).toEqual(['papi-ploudalmezeau']);
    expect(spacesOf('erwan.quere@reseau-epn.example')).toEqual(['centre-social-guipavas', 'cybercommune-ouessant']);
    expect(spacesOf('yann.kerautret@reseau-epn.example')).toHaveLength(3);
  });

  it('should name, on two interventions, a machine of their own space', async () => {
    const interventions = await cms.strapi.documents(UIDS.intervention).findMany({
      filters: { machine: { id: { $notNull: true } } },
      populate: { space: true, machine: { populate: ['espace'] } },
    });

    expect(interventions.map((i) => [i.reference, i.machine?.label]).sort()).toEqual([
      ['INT-2026-003', 'Imprimante laser du public'],
      ['INT-2026-008', "Poste de l'accueil"],
    ]);
    expect(interventions.every((i) => i.machine?.espace?.documentId === i.space?.documentId)).toBe(true);
  });

  // The CMS derives these from the machines (cms/src/spaces/derived-inventory.ts): a seed that
  // disagreed would change the directory when imported.
  it('should type in each espace file the workstation count and the systems its machines give', () => {
    const disagreeing = seedSpaces.filter(({ fields }) => {
      const running = (fields.machines as SeedMachine[]).filter((machine) => machine.state !== 'hors_service');
      const workstations = running.filter((machine) => machine.publicUse && WORKSTATION_KINDS.includes(machine.kind)).length;
      const systems = SYSTEMS.filter((name) => running.some((machine) => machine.operatingSystem === name));
      return workstations !== fields.publicWorkstations || JSON.stringify(systems) !== JSON.stringify(fields.operatingSystems);
    });

    expect(disagreeing.map(({ slug }) => slug)).toEqual([]);
  });

  it('should give the same counts when it runs a second time', async () => {
    const before = await counts();

    const report = await importSeed(cms.strapi, { now: SEED_NOW, log: () => {} });

    expect(await counts()).toEqual(before);
    expect(Object.values(report).every((c) => c.created === 0)).toBe(true);
  });

  it('should serve the published fiches on GET /api/fiches, and not the drafts', async () => {
    const response = await cms.request('/api/fiches?pagination[pageSize]=100&fields[0]=slug');
    const slugs = response.body.data.map((f: { slug: string }) => f.slug);

    expect(response.status).toBe(200);
    expect(slugs).toContain('imprimante-reseau-hors-ligne');
    expect(slugs).not.toContain('inventaire-parc-glpi');
  });

  it('should hold a fiche in French and in Breton', async () => {
    const fr = await cms.request('/api/fiches?filters[slug][$eq]=reconnaitre-hameconnage&locale=fr');
    const br = await cms.request(`/api/fiches/${fr.body.data[0].documentId}?locale=br`);

    expect(fr.body.data[0].title).toMatch(/hameçonnage/i);
    expect(br.status).toBe(200);
    expect(br.body.data.locale).toBe('br');
    expect(br.body.data.slug).not.toBe('reconnaitre-hameconnage');
  });

  it('should place relative dates at their wall-clock time in Europe/Paris', async () => {
    const dir = seedFolder({
      'categories/test-dates.json': JSON.stringify({ name: 'Dates' }),
      'ateliers/atelier-dates.md':
        '---\ntitle: "Atelier dates"\nstart: "J+5 14:00"\nend: "J+5 16:30"\naudience: tout_public\ncategory: test-dates\n---\nDescription.',
    });

    await importSeed(cms.strapi, { dir, now: SEED_NOW, log: () => {} });

    const atelier = await cms.strapi.documents(UIDS.atelier).findFirst({ filters: { slug: 'atelier-dates' }, locale: 'fr' });
    // 2026-11-30 is in winter time: Paris is UTC+1.
    expect(new Date(atelier!.startsAt as string).toISOString()).toBe('2026-11-30T13:00:00.000Z');
    expect(new Date(atelier!.endsAt as string).toISOString()).toBe('2026-11-30T15:30:00.000Z');
    await cms.strapi.documents(UIDS.atelier).delete({ documentId: atelier!.documentId, locale: '*' });
  });

  it('should give the tablet cycle a session every Tuesday at 14:00 but the fourth, facilitated by a member', async () => {
    const atelier = await cms.strapi
      .documents(UIDS.atelier)
      .findFirst({ filters: { slug: 'decouvrir-sa-tablette-pleyben' }, locale: 'fr', status: 'published', populate: ['sessions'] });

    expect({
      starts: (atelier?.sessions ?? []).map((s) => new Date(String(s.startsAt)).toISOString()),
      startsAt: new Date(String(atelier?.startsAt)).toISOString(),
      facilitatorNames: atelier?.facilitatorNames,
    }).toEqual({
      starts: ['2026-12-01T13:00:00.000Z', '2026-12-08T13:00:00.000Z', '2026-12-15T13:00:00.000Z', '2026-12-29T13:00:00.000Z', '2027-01-05T13:00:00.000Z'],
      startsAt: '2026-12-01T13:00:00.000Z',
      facilitatorNames: 'Gaëlle Le Bras',
    });
  });

  it('should give the café numérique the first Saturday of six months', async () => {
    const atelier = await cms.strapi
      .documents(UIDS.atelier)
      .findFirst({ filters: { slug: 'cafe-numerique-premier-samedi-daoulas' }, locale: 'fr', status: 'published', populate: ['sessions'] });

    expect((atelier?.sessions ?? []).map((s) => s.day)).toEqual(['2026-12-05', '2027-01-02', '2027-02-06', '2027-03-06', '2027-04-03', '2027-05-01']);
  });

  it('should hold an atelier « hors les murs » with its coordinates and no space', async () => {
    const atelier = await cms.strapi
      .documents(UIDS.atelier)
      .findFirst({ filters: { slug: 'permanence-demarches-salle-polyvalente-loperhet' }, locale: 'fr', status: 'published', populate: ['venue', 'place'] });

    expect({ venue: atelier?.venue, place: atelier?.place }).toMatchObject({
      venue: { commune: 'Loperhet', latitude: 48.3767, longitude: -4.3064 },
      place: null,
    });
  });

  it('should keep a space’s coordinates to the ten-metre (not rounded to two decimals, as a decimal column would)', async () => {
    const space = await cms.strapi.documents(UIDS.espace).findFirst({ filters: { slug: 'centre-social-guipavas' }, locale: 'fr', status: 'published' });

    expect({ latitude: space?.latitude, longitude: space?.longitude }).toEqual({ latitude: 48.4346, longitude: -4.3992 });
  });

  it('should stop on an invalid entry, naming its file and field, and write nothing of it', async () => {
    const espace = {
      name: 'EPN invalide',
      type: 'epn',
      address: '1 rue',
      postalCode: '2920',
      commune: 'Brest',
      inseeCode: '29019',
      intercommunality: 'brest_metropole',
    };
    const dir = seedFolder({ 'espaces/epn-invalide.json': JSON.stringify(espace) });

    const run = importSeed(cms.strapi, { dir, now: SEED_NOW, log: () => {} });

    await expect(run).rejects.toThrow(/epn-invalide\.json: postalCode/);
    expect(await cms.strapi.db.query(UIDS.espace).count({ where: { slug: 'epn-invalide' } })).toBe(0);
  });
});
