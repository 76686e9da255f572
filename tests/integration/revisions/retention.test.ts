import { beforeAll, describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { getCms, type TestCms } from '../../helpers/cms';
import { PRIVATE_CONTACT, createEspace } from '../../helpers/fixtures';
import { UIDS } from '@reseau-epn/platform';

// A space's referent (private: name, email, phone) is kept in its revisions only for the
// retention period (`personalDataRetentionDays`, 365 days by default).
const ESPACE = UIDS.espace;
const REVISION = UIDS.revision;
const DAY = 86_400_000;
let cms: TestCms;

beforeAll(async () => {
  cms = await getCms();
});

const service = () => cms.strapi.plugin('revisions').service('revisions');
const stored = (row: { content: string }) => JSON.parse(gunzipSync(Buffer.from(row.content, 'base64')).toString('utf8'));

/** A space with two revisions: the first, written `ageDays` ago, named « Ancien nom ». */
async function spaceWithOldRevision(ageDays: number) {
  const space = await createEspace(cms.strapi, 'draft');
  await cms.strapi
    .documents(ESPACE)
    .update({ documentId: space.documentId, locale: 'fr', data: { name: 'Ancien nom', connection: { type: 'fibre', provider: 'Fournisseur de test' } } });
  await cms.strapi.documents(ESPACE).update({ documentId: space.documentId, locale: 'fr', data: { name: 'Nom actuel' } });
  const [older, recent] = await cms.strapi.db
    .query(REVISION)
    .findMany({ where: { targetDocumentId: space.documentId }, orderBy: { id: 'asc' } })
    .then((rows: { id: number }[]) => rows.slice(-2));
  await cms.strapi.db.query(REVISION).update({ where: { id: older.id }, data: { createdAt: new Date(Date.now() - ageDays * DAY) } });
  return { documentId: space.documentId as string, older: older.id as number, recent: recent.id as number };
}

const row = (id: number) => cms.strapi.db.query(REVISION).findOne({ where: { id } });

describe('personal data in space revisions', () => {
  it('should remove the referent from a revision older than the retention period, keeping its other fields', async () => {
    const space = await spaceWithOldRevision(400);

    const purged = await service().purgePersonalData();

    const content = stored(await row(space.older));
    expect(purged).toBeGreaterThanOrEqual(1);
    expect(content.referent).toBeUndefined();
    expect(content.name).toBe('Ancien nom');
  });

  it('should keep a network-only field that is not personal (the connection) in an old revision', async () => {
    const space = await spaceWithOldRevision(400);

    await service().purgePersonalData();

    expect(stored(await row(space.older)).connection).toMatchObject({ provider: 'Fournisseur de test' });
  });

  it('should keep the referent in a recent revision', async () => {
    const space = await spaceWithOldRevision(400);

    await service().purgePersonalData();

    expect(stored(await row(space.recent)).referent).toMatchObject({ email: PRIVATE_CONTACT.email });
  });

  it('should read the retention period from the plugin’s settings', async () => {
    const space = await spaceWithOldRevision(40);
    cms.strapi.config.set('plugin::revisions.personalDataRetentionDays', 30);

    await service().purgePersonalData();

    cms.strapi.config.set('plugin::revisions.personalDataRetentionDays', 365);
    expect(stored(await row(space.older)).referent).toBeUndefined();
  });

  it('should still compare a purged revision with a recent one, without reporting the referent as changed', async () => {
    const space = await spaceWithOldRevision(400);
    await service().purgePersonalData();

    const diff = await service().diff(ESPACE, space.documentId, space.older, space.recent);

    expect(diff.changes.map((c: { field: string }) => c.field)).toEqual(['name']);
  });

  it('should restore a purged revision’s fields and keep the current referent', async () => {
    const space = await spaceWithOldRevision(400);
    await service().purgePersonalData();

    await service().restore(ESPACE, space.documentId, space.older, { id: null, name: 'Test' });

    const current = (await cms.strapi.documents(ESPACE).findOne({ documentId: space.documentId, locale: 'fr', status: 'draft', populate: ['referent'] }))!;
    expect(current.name).toBe('Ancien nom');
    expect(current.referent!.email).toBe(PRIVATE_CONTACT.email);
  });
});
