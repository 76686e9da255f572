import type { UID } from '@strapi/strapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getCms, type TestCms } from '../../helpers/cms';
import { getSeededCms } from '../../helpers/seeded';
import { PRIVATE_CONTACT, sampleData } from '../../helpers/fixtures';
import { fullAccessToken } from '../../helpers/tokens';
import { UIDS } from '@reseau-epn/platform';

/**
 * Every private field holds a marker value here; no public response, and no response to a
 * full-access token, may contain any marker, whatever it populates.
 */
const MARKERS = {
  'espace.referent': { name: 'Referent Secret-Espace', email: 'referent.espace@secret.example', phone: '02 98 11 11 11' },
  'pret.requester': { name: 'Demandeur Secret-Pret', email: 'demandeur.pret@secret.example', phone: '02 98 22 22 22' },
  'intervention.requester': { name: 'Demandeur Secret-Intervention', email: 'demandeur.int@secret.example', phone: '02 98 33 33 33' },
  'abonne.email': { email: 'abonne.secret@secret.example' },
  'user.email': { email: 'membre.forum@secret.example' },
  'admin.email': { email: 'animatrice.admin@secret.example' },
} as const;

// Forum topics and posts are read through /api/forum (tests/integration/privacy/forum-posts.test.ts).
const PUBLIC_PATHS = ['fiches', 'categories', 'etiquettes', 'espaces', 'ateliers', 'formations', 'forum/topics'];
/** What a visitor may try to populate: every relation, one level and two levels deep. */
const POPULATES = [
  '',
  '?populate=*',
  '?populate[author]=*&populate[sourceIntervention][populate]=*',
  '?populate[referent]=*',
  '?populate[place][populate]=*',
  '?populate[topic][populate]=*&populate[author]=*',
];

/**
 * The seed's own private contact details, per field: they must not leak either. Names are left
 * out here: a space's referent may also facilitate its public workshops, under the same name.
 */
function seedPrivateValues(): Record<string, string[]> {
  const dir = path.resolve(import.meta.dirname, '../../../content-seed/data');
  const read = (folder: string) => readdirSync(path.join(dir, folder)).map((name) => JSON.parse(readFileSync(path.join(dir, folder, name), 'utf8')));
  const contact = (c: { email?: string; phone?: string }) => [c.email, c.phone].filter(Boolean) as string[];
  return {
    'seed espace.referent': read('espaces').flatMap((e) => contact(e.referent)),
    'seed pret.requester': read('prets').flatMap((p) => contact(p.requester)),
    'seed intervention.requester': read('interventions').flatMap((i) => contact(i.requester)),
    'seed utilisateur.email': read('utilisateurs').map((u) => u.email),
    'seed membre.email': read('membres').map((m) => m.email),
  };
}

let cms: TestCms;
const cleanup: [string, string][] = [];
let adminId: number;

async function create(uid: string, data: Record<string, unknown>, status?: 'published') {
  const doc = await cms.strapi.documents(uid as UID.ContentType).create({ data, ...(status ? { status } : {}) });
  cleanup.push([uid, doc.documentId]);
  return doc.documentId as string;
}

beforeAll(async () => {
  cms = await getCms();
  await getSeededCms();
  const espace = await create(UIDS.espace, { ...sampleData(UIDS.espace), referent: MARKERS['espace.referent'] }, 'published');
  const equipement = await create(UIDS.equipement, sampleData(UIDS.equipement));
  await create(UIDS.pret, { ...sampleData(UIDS.pret), equipment: equipement, borrowingSpace: espace, requester: MARKERS['pret.requester'] });
  const intervention = await create(UIDS.intervention, {
    ...sampleData(UIDS.intervention),
    space: espace,
    requester: MARKERS['intervention.requester'],
  });
  await create(UIDS.abonne, { ...sampleData(UIDS.abonne), email: MARKERS['abonne.email'].email });
  const admin = await cms.strapi.admin!.services.user.create({ firstname: 'Anne', lastname: 'Secret', email: MARKERS['admin.email'].email, isActive: false });
  adminId = admin.id;
  const user = await cms.strapi.plugin('users-permissions').service('user').add({
    username: 'membre-secret',
    email: MARKERS['user.email'].email,
    provider: 'local',
    confirmed: true,
    password: 'not-a-real-password-1',
  });
  await create(UIDS.fiche, { ...sampleData(UIDS.fiche), author: admin.id, sourceIntervention: intervention }, 'published');
  await create(UIDS.atelier, { ...sampleData(UIDS.atelier), place: espace }, 'published');
  const sujet = await create(UIDS.sujet, { ...sampleData(UIDS.sujet), author: user.id }, 'published');
  await create(UIDS.message, { topic: sujet, author: user.id, body: 'Merci !', state: 'publie', opening: true, language: 'fr' }, 'published');
});

afterAll(async () => {
  for (const [uid, documentId] of cleanup.reverse()) await cms.strapi.documents(uid as UID.ContentType).delete({ documentId });
  await cms.strapi.admin!.services.user.deleteById(adminId);
  await cms.strapi.db.query(UIDS.user).delete({ where: { email: MARKERS['user.email'].email } });
});

/** Every public response, list and single entry, with each populate a visitor could try. */
async function publicResponses(token?: string): Promise<string[]> {
  const bodies: string[] = [];
  for (const path of PUBLIC_PATHS) {
    for (const populate of POPULATES) {
      const list = await cms.request(`/api/${path}${populate}`, { token });
      bodies.push(JSON.stringify(list.body));
      for (const entry of list.body?.data ?? []) {
        const one = await cms.request(`/api/${path}/${entry.documentId}${populate}`, { token });
        bodies.push(JSON.stringify(one.body));
      }
    }
  }
  return bodies;
}

let visitorBodies: string[];
let tokenBodies: string[];

describe.each(Object.entries(MARKERS))('the private field %s', (_field, marker) => {
  beforeAll(async () => {
    visitorBodies ??= await publicResponses();
    tokenBodies ??= await publicResponses(await fullAccessToken(cms));
  });

  it('should be absent from every public response', () => {
    const values = Object.values(marker);
    const leaks = visitorBodies.filter((body) => values.some((value) => body.includes(value)));

    expect(leaks).toEqual([]);
  });

  it('should be absent from every response to a full-access API token', () => {
    const values = Object.values(marker);
    const leaks = tokenBodies.filter((body) => values.some((value) => body.includes(value)));

    expect(leaks).toEqual([]);
  });
});

describe.each(Object.entries(seedPrivateValues()))('the private values of the %s', (_field, values) => {
  beforeAll(async () => {
    visitorBodies ??= await publicResponses();
    tokenBodies ??= await publicResponses(await fullAccessToken(cms));
  });

  it('should be absent from every public response and every full-access response', () => {
    const leaks = [...visitorBodies, ...tokenBodies].flatMap((body) => values.filter((value) => body.includes(value)));

    expect(values.length).toBeGreaterThan(0);
    expect([...new Set(leaks)]).toEqual([]);
  });
});

describe('the public responses', () => {
  it('should include the published entries the markers hang on, so the check above has something to read', async () => {
    const espaces = await cms.request('/api/espaces?pagination[pageSize]=100');
    const sujets = await cms.request('/api/forum/topics');

    expect(espaces.body.data.some((e: { name: string }) => e.name.startsWith('Espace '))).toBe(true);
    expect(sujets.body.data.length).toBeGreaterThan(0);
    expect(JSON.stringify(espaces.body)).not.toContain(PRIVATE_CONTACT.email);
  });
});
