import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';
import { sampleData } from '../../helpers/fixtures';
import { createPerson, type Person } from '../../helpers/people';
import { CONTENT_MANAGER_ACTION, UIDS } from '@reseau-epn/platform';

// The revisions routes decide as the Content Manager does, document by document: Animateur A
// writes a fiche in the admin panel (A is its creator); Animateur B may read every fiche but
// edit only their own (permission matrix: `admin::is-creator` on update).
const FICHE = UIDS.fiche;
let cms: TestCms;
let authorA: Person;
let animateurB: Person;
let moderator: Person;
let ownReader: { token: string; roleId: number; userId: number };

const editView = (id: string, locale = 'fr') => `/content-manager/collection-types/${FICHE}/${id}?locale=${locale}`;

async function ficheOf(person: Person): Promise<string> {
  const created = await cms.request(`/content-manager/collection-types/${FICHE}?locale=fr`, {
    method: 'POST',
    body: sampleData(FICHE),
    token: person.adminToken,
  });
  await cms.request(editView(created.body.data.documentId), { method: 'PUT', body: { title: 'Deuxième version' }, token: person.adminToken });
  return created.body.data.documentId;
}

const versions = (token: string, id: string, locale = 'fr') => cms.request(`/revisions/${FICHE}/${id}?locale=${locale}`, { token });
const oldest = async (id: string, locale = 'fr') => (await versions(moderator.adminToken, id, locale)).body.data.at(-1).id as number;
const restore = (token: string, id: string, revision: number) => cms.request(`/revisions/${FICHE}/${id}/${revision}/restore`, { method: 'POST', token });
const draftTitle = async (id: string, locale = 'fr') => (await cms.strapi.documents(FICHE).findOne({ documentId: id, locale, status: 'draft' }))!.title;

/** An admin role whose Content Manager may read only the fiches its users created. */
async function createOwnReader(): Promise<typeof ownReader> {
  const roles = cms.strapi.admin!.services.role;
  const role = await roles.create({ name: `Lecture de ses fiches ${Date.now()}`, description: 'test' });
  await roles.assignPermissions(role.id, [
    { action: `${CONTENT_MANAGER_ACTION}read`, subject: FICHE, properties: { locales: null }, conditions: ['admin::is-creator'] },
  ]);
  const email = `lecteur.${Date.now()}@secret.example`;
  const password = 'Pw-lecteur-Reseau1';
  const user = await cms.strapi.admin!.services.user.create({ firstname: 'Lecteur', email, password, isActive: true, roles: [role.id] });
  const login = await cms.request('/admin/login', { method: 'POST', body: { email, password } });
  return { token: login.body.data.token, roleId: role.id, userId: user.id };
}

beforeAll(async () => {
  cms = await getCms();
  [authorA, animateurB, moderator] = await Promise.all([createPerson(cms, 'animateur'), createPerson(cms, 'animateur'), createPerson(cms, 'moderateur')]);
  ownReader = await createOwnReader();
});

afterAll(async () => {
  await cms.strapi.db.query(UIDS.adminUser).delete({ where: { id: ownReader.userId } });
  await cms.strapi.admin!.services.role.deleteByIds([ownReader.roleId]);
});

describe('restoring a version of someone else’s fiche', () => {
  it('should refuse Animateur B restoring Animateur A’s fiche (403) and leave it unchanged', async () => {
    const id = await ficheOf(authorA);

    const response = await restore(animateurB.adminToken, id, await oldest(id));

    expect(response.status).toBe(403);
    expect(await draftTitle(id)).toBe('Deuxième version');
  });

  it('should let Animateur A restore their own fiche', async () => {
    const id = await ficheOf(authorA);

    const response = await restore(authorA.adminToken, id, await oldest(id));

    expect(response.status).toBe(200);
    expect(await draftTitle(id)).not.toBe('Deuxième version');
  });

  it('should let a Modérateur restore any fiche', async () => {
    const id = await ficheOf(authorA);

    const response = await restore(moderator.adminToken, id, await oldest(id));

    expect(response.status).toBe(200);
  });

  it('should refuse restoring a locale the author did not write (the Content Manager checks each version)', async () => {
    const id = await ficheOf(authorA);
    await cms.request(editView(id, 'br'), { method: 'PUT', body: { ...sampleData(FICHE), title: 'Stumm kentañ' }, token: moderator.adminToken });
    await cms.request(editView(id, 'br'), { method: 'PUT', body: { title: 'Eil stumm' }, token: moderator.adminToken });

    const response = await restore(authorA.adminToken, id, await oldest(id, 'br'));

    expect(response.status).toBe(403);
    expect(await draftTitle(id, 'br')).toBe('Eil stumm');
  });
});

describe('reading the versions of a fiche', () => {
  it('should refuse a user whose Content Manager reads only their own fiches (403)', async () => {
    const id = await ficheOf(authorA);

    const [list, one] = [await versions(ownReader.token, id), await cms.request(`/revisions/${FICHE}/${id}/${await oldest(id)}`, { token: ownReader.token })];

    expect([list.status, one.status]).toEqual([403, 403]);
  });

  it('should let Animateur B read Animateur A’s versions, as the Content Manager lets B read the fiche', async () => {
    const id = await ficheOf(authorA);

    const [editor, history] = [await cms.request(editView(id), { token: animateurB.adminToken }), await versions(animateurB.adminToken, id)];

    expect([editor.status, history.status]).toEqual([200, 200]);
  });
});
