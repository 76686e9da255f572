import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminAccount } from '../../helpers/admin-people';
import { getCms, type TestCms } from '../../helpers/cms';
import { sampleData } from '../../helpers/fixtures';
import { parisToday, UIDS } from '@reseau-epn/platform';
import { SPACE_INVENTORY_CHANGED } from '../../../cms/src/spaces/derived-inventory-sync';

/**
 * A space that lists machines shows figures derived from them (public workstations, systems) on
 * every row of the document, without a re-publication; its « mis à jour le » moves when the space
 * itself is saved, not when a machine changes.
 */

let cms: TestCms;
const spaces: string[] = [];
const machines: string[] = [];

const TYPED = { publicWorkstations: 20, operatingSystems: ['Windows', 'macOS'], lastUpdated: '2025-03-01' };

const spaceData = () => ({ ...sampleData(UIDS.espace), ...TYPED });

async function newSpace(data = spaceData()): Promise<string> {
  const space = await cms.strapi.documents(UIDS.espace).create({ locale: 'fr', status: 'published', data });
  spaces.push(space.documentId);
  return space.documentId;
}

async function newMachine(espace: string, data: Record<string, unknown> = {}): Promise<string> {
  const machine = await cms.strapi
    .documents(UIDS.machine)
    .create({ data: { label: 'Poste public', kind: 'poste_fixe', publicUse: true, state: 'en_service', operatingSystem: 'Linux', espace, ...data } });
  machines.push(machine.documentId);
  return machine.documentId;
}

/** Every stored row of the document: each locale, draft and published. */
async function rows(documentId: string) {
  return cms.strapi.db.query(UIDS.espace).findMany({
    where: { documentId },
    select: ['locale', 'publishedAt', 'publicWorkstations', 'operatingSystems', 'lastUpdated', 'updatedAt'],
  });
}

beforeAll(async () => {
  cms = await getCms();
});

afterAll(async () => {
  for (const documentId of machines) await cms.strapi.documents(UIDS.machine).delete({ documentId });
  for (const documentId of spaces) await cms.strapi.documents(UIDS.espace).delete({ documentId });
});

describe('the figures a space derives from its machines', () => {
  it('should count the public workstations on the public API, without a re-publication', async () => {
    const space = await newSpace();
    await newMachine(space);
    await newMachine(space, { kind: 'portable' });
    await newMachine(space, { state: 'hors_service' });

    const answer = await cms.request(`/api/espaces/${space}`);

    expect(answer.body.data.publicWorkstations).toBe(2);
  });

  it('should list the systems its machines run instead of the typed ones', async () => {
    const space = await newSpace();
    await newMachine(space);
    await newMachine(space, { kind: 'tablette', operatingSystem: 'Android' });

    const answer = await cms.request(`/api/espaces/${space}`);

    expect(answer.body.data.operatingSystems).toEqual(['Linux', 'Android']);
  });

  it('should write the same figures on the draft and the published row of every locale', async () => {
    const data = spaceData();
    const space = await newSpace(data);
    // The translation repeats the non-localized fields, as the Content Manager's form sends them.
    await cms.strapi.documents(UIDS.espace).update({ documentId: space, locale: 'br', status: 'published', data: { ...data, summary: 'Ur greanti' } });
    await newMachine(space);

    const figures = (await rows(space)).map(
      (row) => `${row.locale}/${row.publishedAt ? 'published' : 'draft'}: ${row.publicWorkstations} ${row.operatingSystems}`,
    );

    expect(figures.sort()).toEqual(['br/draft: 1 Linux', 'br/published: 1 Linux', 'fr/draft: 1 Linux', 'fr/published: 1 Linux']);
  });

  it('should count again when a machine breaks down for good', async () => {
    const space = await newSpace();
    await newMachine(space);
    const broken = await newMachine(space);

    await cms.strapi.documents(UIDS.machine).update({ documentId: broken, data: { state: 'hors_service' } });

    expect((await rows(space)).map((row) => row.publicWorkstations)).toEqual([1, 1]);
  });

  it('should count again when a machine is deleted', async () => {
    const space = await newSpace();
    await newMachine(space);
    const gone = await newMachine(space);

    await cms.strapi.documents(UIDS.machine).delete({ documentId: gone });

    expect((await rows(space)).map((row) => row.publicWorkstations)).toEqual([1, 1]);
  });

  it('should count again in both spaces when a machine moves from one to the other', async () => {
    const [from, to] = [await newSpace(), await newSpace()];
    await newMachine(from);
    const moving = await newMachine(from);

    await cms.strapi.documents(UIDS.machine).update({ documentId: moving, data: { espace: to } });
    const counts = [(await rows(from))[0].publicWorkstations, (await rows(to))[0].publicWorkstations];

    expect(counts).toEqual([1, 1]);
  });

  it('should keep the typed figures of a space that lists no machine', async () => {
    const space = await newSpace();

    await cms.strapi.documents(UIDS.espace).update({ documentId: space, locale: 'fr', data: { summary: 'Nouvelle présentation' } });

    expect((await rows(space)).map((row) => [row.publicWorkstations, row.operatingSystems])).toEqual([
      [20, ['Windows', 'macOS']],
      [20, ['Windows', 'macOS']],
    ]);
  });

  it('should make no revision of the space when a machine changes', async () => {
    const space = await newSpace();
    const count = () => cms.strapi.db.query(UIDS.revision).count({ where: { targetDocumentId: space } });
    const before = await count();

    await newMachine(space);

    expect(await count()).toBe(before);
  });

  it('should leave « mis à jour le » and the last edit as they were when a machine changes', async () => {
    const space = await newSpace();
    const before = (await rows(space)).map((row) => [row.lastUpdated, String(row.updatedAt)]);

    await newMachine(space);

    expect((await rows(space)).map((row) => [row.lastUpdated, String(row.updatedAt)])).toEqual(before);
  });
});

describe('the inventory’s change event', () => {
  /** The spaces named by `spaces.inventory.changed` while `write` ran (the hub calls listeners in turn, awaited). */
  async function announcedDuring(write: () => Promise<unknown>): Promise<string[]> {
    const announced: string[] = [];
    const off = cms.strapi.eventHub.on(SPACE_INVENTORY_CHANGED, async (payload: { documentId: string }) => {
      announced.push(payload.documentId);
    });
    try {
      await write();
    } finally {
      off();
    }
    return announced;
  }

  it('should announce nothing when a machine write changes no derived figure', async () => {
    const space = await newSpace();
    const machine = await newMachine(space);

    const announced = await announcedDuring(() => cms.strapi.documents(UIDS.machine).update({ documentId: machine, data: { label: 'Poste de l’accueil' } }));

    expect(announced).toEqual([]);
  });

  it('should announce the space once when a machine write changes its figures', async () => {
    const space = await newSpace();
    const machine = await newMachine(space);

    const announced = await announcedDuring(() => cms.strapi.documents(UIDS.machine).update({ documentId: machine, data: { operatingSystem: 'Windows' } }));

    expect(announced).toEqual([space]);
  });

  it('should announce nothing when a space is saved with the figures its machines give', async () => {
    const space = await newSpace();
    await newMachine(space);

    const announced = await announcedDuring(() => cms.strapi.documents(UIDS.espace).update({ documentId: space, locale: 'fr', data: { summary: 'Relu' } }));

    expect(announced).toEqual([]);
  });
});

describe('« mis à jour le »', () => {
  let adminToken: string;
  let adminId: number;

  beforeAll(async () => {
    const account = await createAdminAccount(cms.strapi, 'superAdmin', 'Inventaire');
    adminId = account.id;
    adminToken = (await cms.request('/admin/login', { method: 'POST', body: { email: account.email, password: account.password } })).body.data.token;
  });

  afterAll(async () => {
    await cms.strapi.admin!.services.user.deleteById(adminId);
  });

  const contentManager = (documentId: string, action = '') => `/content-manager/collection-types/${UIDS.espace}/${documentId}${action}?locale=fr`;

  it('should keep the date an import gives, outside any request', async () => {
    const space = await newSpace();

    expect((await rows(space)).map((row) => row.lastUpdated)).toEqual([TYPED.lastUpdated, TYPED.lastUpdated]);
  });

  it('should become today in Paris when the team saves the space in the admin panel, whatever date the form sends', async () => {
    const space = await newSpace();

    const saved = await cms.request(contentManager(space), {
      method: 'PUT',
      token: adminToken,
      body: { summary: 'Horaires d’hiver', lastUpdated: '2025-03-01' },
    });
    const draft = await cms.strapi.documents(UIDS.espace).findOne({ documentId: space, locale: 'fr' });

    expect([saved.status, draft?.lastUpdated]).toEqual([200, parisToday()]);
  });

  it('should become today on the public version when the space is published', async () => {
    const space = await newSpace();

    const published = await cms.request(contentManager(space, '/actions/publish'), { method: 'POST', token: adminToken, body: {} });
    const answer = await cms.request(`/api/espaces/${space}`);

    expect([published.status, answer.body.data.lastUpdated]).toEqual([200, parisToday()]);
  });

  it('should become today when a script saves the space without a date', async () => {
    const space = await newSpace();

    await cms.strapi.documents(UIDS.espace).update({ documentId: space, locale: 'fr', data: { summary: 'Relu' } });
    const draft = await cms.strapi.documents(UIDS.espace).findOne({ documentId: space, locale: 'fr' });

    expect(draft?.lastUpdated).toBe(parisToday());
  });
});
