import { beforeAll, describe, expect, it } from 'vitest';
import { UIDS } from '@reseau-epn/platform';
import { importSeed } from '../../../content-seed/src';
import type { TestCms } from '../../helpers/cms';
import { getSeededCms, SEED_NOW } from '../../helpers/seeded';

let cms: TestCms;

// The whole seed is imported once per run, by whichever file asks first: minutes on a loaded machine.
beforeAll(async () => {
  ({ cms } = await getSeededCms());
}, 900_000);

/** Published French parcours with their formations' slugs, in the path's order. */
async function seededPaths() {
  const paths = await cms.strapi.documents(UIDS.parcours).findMany({
    locale: 'fr',
    status: 'published',
    sort: 'slug:asc',
    populate: { formations: { fields: ['slug'] } },
  });
  return paths.map((p) => [p.slug, (p.formations ?? []).map((f) => f.slug)]);
}

/** A published formation's prerequisites and fiches, by slug. */
async function linksOf(slug: string) {
  const formation = await cms.strapi.documents(UIDS.formation).findFirst({
    locale: 'fr',
    status: 'published',
    filters: { slug },
    populate: { prerequisites: { fields: ['slug'] }, fiches: { fields: ['slug'] } },
  });
  return { prerequisites: (formation?.prerequisites ?? []).map((f) => f.slug), fiches: (formation?.fiches ?? []).map((f) => f.slug).sort() };
}

describe('the seed’s parcours', () => {
  it('should publish the two paths with their formations in order', async () => {
    expect(await seededPaths()).toEqual([
      [
        'devenir-animateur-numerique',
        ['accueillir-les-publics-eloignes-du-numerique', 'accompagner-les-demarches-sans-faire-a-la-place', 'animer-un-atelier-cybersecurite-du-quotidien'],
      ],
      ['technicien-de-parc-public', ['gerer-un-parc-de-postes-publics', 'reconditionner-des-ordinateurs-avec-linux']],
    ]);
  });

  it('should link a formation to its prerequisites and the fiches that support it', async () => {
    expect(await linksOf('reconditionner-des-ordinateurs-avec-linux')).toEqual({
      prerequisites: ['gerer-un-parc-de-postes-publics'],
      fiches: ['disque-dur-lent-ssd', 'installer-linux-mint', 'reconditionner-un-ordinateur-don', 'sauvegarde-postes-clonezilla'],
    });
  });

  // A whole import: minutes on a loaded machine.
  it('should keep the same paths and links when it runs a second time', { timeout: 600_000 }, async () => {
    const before = [await seededPaths(), await linksOf('animer-un-atelier-cybersecurite-du-quotidien')];
    await importSeed(cms.strapi, { now: SEED_NOW, log: () => {} });
    expect([await seededPaths(), await linksOf('animer-un-atelier-cybersecurite-du-quotidien')]).toEqual(before);
  });
});
