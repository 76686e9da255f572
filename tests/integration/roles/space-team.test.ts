import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';
import { createEspace } from '../../helpers/fixtures';
import { createPerson, type Person } from '../../helpers/people';
import { CONTENT_MANAGER_ACTION, UIDS } from '@reseau-epn/platform';
import { ensureAdminRoles } from '../../../cms/src/bootstrap/admin-roles';

// Animateur A is in the team of space A, not of space B; each space has one machine. The
// Animateur edits A and its machines, reads every space, and publishes only when the network
// lets teams publish (cms/config/network.ts); a Modérateur publishes, a Technicien manages every
// machine. All over the admin API, as the admin panel calls it.
const ESPACE = UIDS.espace;
const MACHINE = UIDS.machine;
const CM = '/content-manager/collection-types';
const TEAMS_PUBLISH = 'network.spaces.teamsPublish';

let cms: TestCms;
let animateur: Person;
let moderator: Person;
let technicien: Person;
let spaceA: string;
let spaceB: string;
let machineA: string;
let machineB: string;
const created: string[] = [];

const espaceUrl = (id: string) => `${CM}/${ESPACE}/${id}?locale=fr`;
const machineUrl = (id: string) => `${CM}/${MACHINE}/${id}`;
const publishUrl = (id: string) => `${CM}/${ESPACE}/${id}/actions/publish?locale=fr`;
const connectTo = (space: string) => ({ connect: [{ documentId: space, locale: 'fr' }], disconnect: [] });

async function newMachine(space: string, label: string): Promise<string> {
  const machine = await cms.strapi
    .documents(MACHINE)
    .create({ data: { label, kind: 'poste_fixe', state: 'en_service', publicUse: true, espace: { documentId: space, locale: 'fr' } } });
  created.push(machine.documentId);
  return machine.documentId;
}

/** The documentIds of the machines that `person` lists in the Content Manager. */
async function listedMachines(person: Person): Promise<string[]> {
  // Newest first: the seed alone holds more machines than a page.
  const response = await cms.request(`${CM}/${MACHINE}?page=1&pageSize=100&sort=createdAt:DESC`, { token: person.adminToken });
  expect(response.status).toBe(200);
  return response.body.results.map((m: { documentId: string }) => m.documentId).sort();
}

async function spaceOf(machine: string): Promise<string | undefined> {
  const found = await cms.strapi.documents(MACHINE).findOne({ documentId: machine, populate: ['espace'] });
  return (found?.espace as { documentId: string } | null | undefined)?.documentId;
}

const draftSummary = async (space: string) => (await cms.strapi.documents(ESPACE).findOne({ documentId: space, locale: 'fr', status: 'draft' }))?.summary;
const publishedSummary = async (space: string) =>
  (await cms.strapi.documents(ESPACE).findOne({ documentId: space, locale: 'fr', status: 'published' }))?.summary;

async function removePerson(person: Person): Promise<void> {
  await cms.strapi.db.query(UIDS.adminUser).delete({ where: { id: person.adminId } });
  await cms.strapi.db.query(UIDS.user).delete({ where: { email: person.email } });
}

beforeAll(async () => {
  cms = await getCms();
  [animateur, moderator, technicien] = await Promise.all([createPerson(cms, 'animateur'), createPerson(cms, 'moderateur'), createPerson(cms, 'technicien')]);
  spaceA = (await createEspace(cms.strapi)).documentId;
  spaceB = (await createEspace(cms.strapi)).documentId;
  await cms.strapi.documents(ESPACE).update({ documentId: spaceA, locale: 'fr', data: { team: [{ member: animateur.adminId, notifyFiches: false }] } });
  await cms.strapi.documents(ESPACE).publish({ documentId: spaceA, locale: 'fr' });
  machineA = await newMachine(spaceA, 'Poste 1 de A');
  machineB = await newMachine(spaceB, 'Poste 1 de B');
});

afterEach(() => {
  cms.strapi.config.set(TEAMS_PUBLISH, false);
});

afterAll(async () => {
  await cms.strapi.db.query(MACHINE).deleteMany({ where: { documentId: { $in: created } } });
  for (const space of [spaceA, spaceB]) await cms.strapi.documents(ESPACE).delete({ documentId: space, locale: '*' });
  await cms.strapi.db.query(UIDS.revision).deleteMany({ where: { targetDocumentId: { $in: [spaceA, spaceB] } } });
  for (const person of [animateur, moderator, technicien]) await removePerson(person);
});

describe('an Animateur editing spaces', () => {
  it('should update a space whose team they are in', async () => {
    const response = await cms.request(espaceUrl(spaceA), { method: 'PUT', body: { summary: 'Ouvert le samedi matin.' }, token: animateur.adminToken });

    expect(response.status).toBe(200);
    expect(await draftSummary(spaceA)).toBe('Ouvert le samedi matin.');
  });

  it('should be refused updating a space whose team they are not in (403), which stays as it was', async () => {
    const before = await draftSummary(spaceB);

    const response = await cms.request(espaceUrl(spaceB), { method: 'PUT', body: { summary: 'Changé par un autre.' }, token: animateur.adminToken });

    expect(response.status).toBe(403);
    expect(await draftSummary(spaceB)).toBe(before);
  });

  it('should list every space, theirs and the others', async () => {
    const query = `filters[documentId][$in][0]=${spaceA}&filters[documentId][$in][1]=${spaceB}`;

    const response = await cms.request(`${CM}/${ESPACE}?locale=fr&${query}`, { token: animateur.adminToken });

    expect(response.status).toBe(200);
    expect(response.body.results.map((s: { documentId: string }) => s.documentId).sort()).toEqual([spaceA, spaceB].sort());
  });

  it('should keep their save of their space as a revision by them', async () => {
    await cms.request(espaceUrl(spaceA), { method: 'PUT', body: { summary: 'Accueil libre le mercredi.' }, token: animateur.adminToken });

    const revisions = await cms.strapi.db.query(UIDS.revision).findMany({ where: { targetUid: ESPACE, targetDocumentId: spaceA }, orderBy: { id: 'desc' } });
    expect(revisions[0]).toMatchObject({ targetLocale: 'fr', authorId: animateur.adminId });
  });
});

describe('an Animateur and the machines of spaces', () => {
  it('should list the machines of their spaces only', async () => {
    expect(await listedMachines(animateur)).toEqual([machineA]);
  });

  it('should open a machine of their space', async () => {
    expect((await cms.request(machineUrl(machineA), { token: animateur.adminToken })).status).toBe(200);
  });

  it('should be refused opening a machine of another space (403)', async () => {
    expect((await cms.request(machineUrl(machineB), { token: animateur.adminToken })).status).toBe(403);
  });

  it('should update a machine of their space', async () => {
    const response = await cms.request(machineUrl(machineA), { method: 'PUT', body: { state: 'a_surveiller' }, token: animateur.adminToken });

    expect(response.status).toBe(200);
    expect((await cms.strapi.documents(MACHINE).findOne({ documentId: machineA }))?.state).toBe('a_surveiller');
  });

  it('should be refused updating a machine of another space (403)', async () => {
    const response = await cms.request(machineUrl(machineB), { method: 'PUT', body: { state: 'en_panne' }, token: animateur.adminToken });

    expect(response.status).toBe(403);
    expect((await cms.strapi.documents(MACHINE).findOne({ documentId: machineB }))?.state).toBe('en_service');
  });

  it('should create a machine in their space', async () => {
    const response = await cms.request(`${CM}/${MACHINE}`, {
      method: 'POST',
      body: { label: 'Portable de prêt', kind: 'portable', espace: connectTo(spaceA) },
      token: animateur.adminToken,
    });
    created.push(response.body.data?.documentId);

    expect(response.status).toBe(201);
    expect(await spaceOf(response.body.data.documentId)).toBe(spaceA);
  });

  it('should be refused creating a machine in another space (403), and nothing is written', async () => {
    const label = `Intruse ${Date.now()}`;

    const response = await cms.request(`${CM}/${MACHINE}`, {
      method: 'POST',
      body: { label, kind: 'tablette', espace: connectTo(spaceB) },
      token: animateur.adminToken,
    });

    expect(response.status).toBe(403);
    expect(await cms.strapi.db.query(MACHINE).count({ where: { label } })).toBe(0);
  });

  it('should be refused creating a machine in no space (403)', async () => {
    const label = `Sans espace ${Date.now()}`;

    const response = await cms.request(`${CM}/${MACHINE}`, { method: 'POST', body: { label, kind: 'tablette' }, token: animateur.adminToken });

    expect(response.status).toBe(403);
    expect(await cms.strapi.db.query(MACHINE).count({ where: { label } })).toBe(0);
  });

  it('should be refused moving a machine of their space into another (403), which stays in theirs', async () => {
    const machine = await newMachine(spaceA, 'Poste à déplacer');

    const response = await cms.request(machineUrl(machine), {
      method: 'PUT',
      body: { espace: { connect: [{ documentId: spaceB, locale: 'fr' }], disconnect: [{ documentId: spaceA, locale: 'fr' }] } },
      token: animateur.adminToken,
    });

    expect(response.status).toBe(403);
    expect(await spaceOf(machine)).toBe(spaceA);
  });

  it('should delete a machine of their space', async () => {
    const machine = await newMachine(spaceA, 'Poste réformé');

    const response = await cms.request(machineUrl(machine), { method: 'DELETE', token: animateur.adminToken });

    expect(response.status).toBe(200);
    expect(await cms.strapi.documents(MACHINE).findOne({ documentId: machine })).toBeNull();
  });

  it('should be refused deleting a machine of another space (403)', async () => {
    const response = await cms.request(machineUrl(machineB), { method: 'DELETE', token: animateur.adminToken });

    expect(response.status).toBe(403);
    expect(await cms.strapi.documents(MACHINE).findOne({ documentId: machineB })).not.toBeNull();
  });
});

describe('the other roles and the machines', () => {
  it('should let a Technicien move any machine to any space', async () => {
    const machine = await newMachine(spaceA, 'Poste prêté à B');

    const response = await cms.request(machineUrl(machine), {
      method: 'PUT',
      body: { espace: { connect: [{ documentId: spaceB, locale: 'fr' }], disconnect: [{ documentId: spaceA, locale: 'fr' }] } },
      token: technicien.adminToken,
    });

    expect(response.status).toBe(200);
    expect(await spaceOf(machine)).toBe(spaceB);
  });

  it('should let a Modérateur read every machine', async () => {
    expect(await listedMachines(moderator)).toEqual(expect.arrayContaining([machineA, machineB]));
  });

  it('should refuse a Modérateur updating a machine (403)', async () => {
    const response = await cms.request(machineUrl(machineA), { method: 'PUT', body: { notes: 'Vu.' }, token: moderator.adminToken });

    expect(response.status).toBe(403);
  });
});

describe('publishing a space', () => {
  it('should be refused to an Animateur of its team while Modérateurs publish (403), the public directory unchanged', async () => {
    await cms.request(espaceUrl(spaceA), { method: 'PUT', body: { summary: 'En attente de relecture.' }, token: animateur.adminToken });
    const before = await publishedSummary(spaceA);

    const response = await cms.request(publishUrl(spaceA), { method: 'POST', body: {}, token: animateur.adminToken });

    expect(response.status).toBe(403);
    expect(await publishedSummary(spaceA)).toBe(before);
  });

  it('should be allowed to an Animateur of its team when the network lets teams publish', async () => {
    cms.strapi.config.set(TEAMS_PUBLISH, true);
    await cms.request(espaceUrl(spaceA), { method: 'PUT', body: { summary: 'Publié par l’équipe.' }, token: animateur.adminToken });

    const response = await cms.request(publishUrl(spaceA), { method: 'POST', body: {}, token: animateur.adminToken });

    expect(response.status).toBe(200);
    expect(await publishedSummary(spaceA)).toBe('Publié par l’équipe.');
  });

  it('should be refused to an Animateur outside its team even when the network lets teams publish (403)', async () => {
    cms.strapi.config.set(TEAMS_PUBLISH, true);

    const response = await cms.request(publishUrl(spaceB), { method: 'POST', body: {}, token: animateur.adminToken });

    expect(response.status).toBe(403);
  });

  it('should be allowed to a Modérateur', async () => {
    await cms.request(espaceUrl(spaceA), { method: 'PUT', body: { summary: 'Relu et publié.' }, token: animateur.adminToken });

    const response = await cms.request(publishUrl(spaceA), { method: 'POST', body: {}, token: moderator.adminToken });

    expect(response.status).toBe(200);
    expect(await publishedSummary(spaceA)).toBe('Relu et publié.');
  });
});

interface StoredPermission {
  id: number;
  action: string;
  subject: string;
  conditions: string[];
}

describe('an Animateur role created before space teams', () => {
  const upgrades = () => cms.strapi.store({ type: 'app', name: 'admin-roles', key: 'upgrades' });
  const forgetUpgrades = async () => {
    const applied = (await upgrades().get({})) as Record<string, string[]>;
    await upgrades().set({ value: { ...applied, 'reseau-animateur': [] } });
  };
  const spaceGrants = async (): Promise<StoredPermission[]> => {
    const role = await cms.strapi.db.query(UIDS.adminRole).findOne({ where: { code: 'reseau-animateur' } });
    return cms.strapi.db.query(UIDS.adminPermission).findMany({ where: { role: { id: role.id }, subject: { $in: [ESPACE, MACHINE] } } });
  };
  const summary = (permissions: StoredPermission[]) =>
    permissions.map((p) => `${p.action.replace(CONTENT_MANAGER_ACTION, '')} ${p.subject} ${p.conditions.join(',')}`).sort();

  afterEach(async () => {
    // Back to the role a fresh install has: the upgrade, applied again, re-adds what a test took away.
    await forgetUpgrades();
    await ensureAdminRoles(cms.strapi);
  });

  it('should gain the space-team grants at the next start, with their conditions', async () => {
    // As an earlier version left it: spaces read only, no machines, no upgrade recorded.
    const added = (await spaceGrants()).filter((p) => p.subject === MACHINE || !p.action.endsWith('.read'));
    await cms.strapi.db.query(UIDS.adminPermission).deleteMany({ where: { id: { $in: added.map((p) => p.id) } } });
    await forgetUpgrades();

    await ensureAdminRoles(cms.strapi);

    expect(summary(await spaceGrants())).toEqual(
      [
        `read ${ESPACE} `,
        `update ${ESPACE} api::space-team-member`,
        `publish ${ESPACE} api::space-team-publish`,
        ...['create', 'read', 'update', 'delete'].map((action) => `${action} ${MACHINE} api::space-team-member`),
      ].sort(),
    );
  });

  it('should not get back a grant an administrator took away after the upgrade', async () => {
    const deleteMachines = (await spaceGrants()).find((p) => p.subject === MACHINE && p.action.endsWith('.delete'))!;
    await cms.strapi.db.query(UIDS.adminPermission).delete({ where: { id: deleteMachines.id } });

    await ensureAdminRoles(cms.strapi);

    expect(summary(await spaceGrants())).not.toContain(`delete ${MACHINE} api::space-team-member`);
  });
});
