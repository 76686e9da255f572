import type { UID } from '@strapi/strapi';
import { beforeAll, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';
import { createEspace, sampleData } from '../../helpers/fixtures';
import { createPerson, type Person } from '../../helpers/people';
import { fire, sample, setCreator } from './helpers';
import { parisToday, UIDS } from '@reseau-epn/platform';

// Who may see an intervention or a loan through the workflow, as in the Content Manager
// (cms/src/bootstrap/permission-matrix.ts): an Animateur their own requests only, a Technicien
// and a Modérateur every one. The same for members over the content API.
const INTERVENTION = UIDS.intervention;
const PRET = UIDS.pret;
const FICHE = UIDS.fiche;
let cms: TestCms;
let animateurA: Person;
let animateurB: Person;
let technicien: Person;
let moderator: Person;
let spaceId: string;

beforeAll(async () => {
  cms = await getCms();
  [animateurA, animateurB, technicien, moderator] = await Promise.all([
    createPerson(cms, 'animateur'),
    createPerson(cms, 'animateur'),
    createPerson(cms, 'technicien'),
    createPerson(cms, 'moderateur'),
  ]);
  spaceId = (await createEspace(cms.strapi)).documentId;
});

/** Today in Europe/Paris: a loan starting today is on this week's dashboard. */
const today = parisToday();

/** An entry requested by `owner` in the admin panel (they are its creator). */
async function requestedBy(owner: Person, uid: UID.ContentType): Promise<string> {
  const extra = uid === PRET ? { borrowingSpace: spaceId, startDate: today, endDate: today } : { space: spaceId };
  const doc = await cms.strapi.documents(uid).create({ data: sample(uid, extra) });
  await setCreator(cms, uid, doc.documentId, owner.adminId);
  return doc.documentId;
}

const adminState = (person: Person, uid: string, id: string) => cms.request(`/workflow/states/${uid}/${id}`, { token: person.adminToken });
const apiState = (person: Person, uid: string, id: string) => cms.request(`/api/workflow/${uid}/${id}`, { token: person.jwt });
const dashboard = async (person: Person) => (await cms.request('/workflow/dashboard', { token: person.adminToken })).body.data;
const documentIds = (items: { documentId: string }[]) => items.map((i) => i.documentId);

describe('the state of an intervention or a loan in the admin panel', () => {
  it.each([INTERVENTION, PRET])('should refuse Animateur B the state of Animateur A’s %s (403)', async (uid) => {
    const id = await requestedBy(animateurA, uid);

    const response = await adminState(animateurB, uid, id);

    expect(response.status).toBe(403);
    expect(JSON.stringify(response.body)).not.toContain('history');
  });

  it.each([INTERVENTION, PRET])('should show A, a Technicien and a Modérateur the state of A’s %s', async (uid) => {
    const id = await requestedBy(animateurA, uid);

    const statuses = [
      (await adminState(animateurA, uid, id)).status,
      (await adminState(technicien, uid, id)).status,
      (await adminState(moderator, uid, id)).status,
    ];

    expect(statuses).toEqual([200, 200, 200]);
  });
});

describe('the state of an intervention or a loan over the content API', () => {
  it.each([INTERVENTION, PRET])('should refuse member B the state of member A’s %s (403)', async (uid) => {
    const id = await requestedBy(animateurA, uid);

    expect((await apiState(animateurB, uid, id)).status).toBe(403);
  });

  it.each([INTERVENTION, PRET])('should show member A, a Technicien and a Modérateur the state of A’s %s', async (uid) => {
    const id = await requestedBy(animateurA, uid);

    const statuses = [(await apiState(animateurA, uid, id)).status, (await apiState(technicien, uid, id)).status, (await apiState(moderator, uid, id)).status];

    expect(statuses).toEqual([200, 200, 200]);
  });

  it('should refuse member B a transition on A’s loan without telling its state', async () => {
    const id = await requestedBy(animateurA, PRET);

    const response = await fire(cms, animateurB.jwt, PRET, id, 'annuler');

    expect(response.status).toBe(403);
    expect(response.body.error.details).toEqual({});
    expect((await cms.strapi.documents(PRET).findOne({ documentId: id }))!.state).toBe('demande');
  });
});

describe('the dashboard', () => {
  it('should list for Animateur B neither A’s open intervention nor A’s loans', async () => {
    const intervention = await requestedBy(animateurA, INTERVENTION);
    const loan = await requestedBy(animateurA, PRET);

    const data = await dashboard(animateurB);

    expect(documentIds(data.openInterventions.items)).not.toContain(intervention);
    expect(documentIds([...data.loans.startingThisWeek, ...data.loans.endingThisWeek, ...data.loans.overdue])).not.toContain(loan);
  });

  it('should count for Animateur B only B’s own interventions', async () => {
    await requestedBy(animateurA, INTERVENTION);
    const own = await requestedBy(animateurB, INTERVENTION);

    const data = await dashboard(animateurB);

    expect(documentIds(data.openInterventions.items)).toEqual([own]);
    expect(Object.values(data.openInterventions.byState).reduce((a: number, b) => a + (b as number), 0)).toBe(1);
  });

  it('should list A’s open intervention for A and for a Technicien', async () => {
    const intervention = await requestedBy(animateurA, INTERVENTION);

    const [forA, forTechnicien] = [await dashboard(animateurA), await dashboard(technicien)];

    expect(documentIds(forA.openInterventions.items)).toContain(intervention);
    expect(documentIds(forTechnicien.openInterventions.items)).toContain(intervention);
  });
});

describe('transitions the Content Manager would refuse', () => {
  it('should refuse an Animateur submitting a fiche they are named author of but did not create (403)', async () => {
    const created = await cms.request(`/content-manager/collection-types/${FICHE}?locale=fr`, {
      method: 'POST',
      body: { ...sampleData(FICHE), author: animateurB.adminId },
      token: moderator.adminToken,
    });
    const id = created.body.data.documentId;

    const [cm, transition] = [
      await cms.request(`/content-manager/collection-types/${FICHE}/${id}?locale=fr`, {
        method: 'PUT',
        body: { title: 'Réécrite' },
        token: animateurB.adminToken,
      }),
      await cms.request(`/workflow/states/${FICHE}/${id}/transitions/soumettre`, { method: 'POST', body: {}, token: animateurB.adminToken }),
    ];

    expect([cm.status, transition.status]).toEqual([403, 403]);
  });
});
