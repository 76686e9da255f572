import { beforeAll, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';
import { createEspace } from '../../helpers/fixtures';
import { createPerson, type Person } from '../../helpers/people';
import { fire, sample, setCreator } from './helpers';
import { UIDS } from '@reseau-epn/platform';

const INTERVENTION = UIDS.intervention;
let cms: TestCms;
let requester: Person;
let technicien: Person;
let moderator: Person;
let spaceId: string;
/** Other files make spaces named « EPN de test … » too: the dashboard's group is found by this one's name. */
let spaceName: string;

beforeAll(async () => {
  cms = await getCms();
  [requester, technicien, moderator] = await Promise.all([createPerson(cms, 'animateur'), createPerson(cms, 'technicien'), createPerson(cms, 'moderateur')]);
  const space = await createEspace(cms.strapi);
  spaceId = space.documentId;
  spaceName = space.name ?? '';
});

async function newIntervention(): Promise<string> {
  const doc = await cms.strapi.documents(INTERVENTION).create({ data: sample(INTERVENTION, { space: spaceId }) });
  await setCreator(cms, INTERVENTION, doc.documentId, requester.adminId);
  return doc.documentId;
}

async function resolved(): Promise<string> {
  const id = await newIntervention();
  for (const [name, comment] of [['prendre_en_charge'], ['demarrer'], ['resoudre', 'Pilote réinstallé, file d’impression recréée.']]) {
    const response = await fire(cms, technicien.jwt, INTERVENTION, id, name!, comment);
    expect(response.status, name).toBe(200);
  }
  return id;
}

describe('intervention follow-up', () => {
  it('should assign the technician who takes it on', async () => {
    const id = await newIntervention();

    const response = await fire(cms, technicien.jwt, INTERVENTION, id, 'prendre_en_charge');

    const stored = await cms.strapi.documents(INTERVENTION).findOne({ documentId: id, populate: ['assignee'] } as never);
    expect(response.body.data.state).toBe('prise_en_charge');
    expect((stored as any).assignee.id).toBe(technicien.adminId);
  });

  it('should refuse an Animateur firing a Technicien’s transition', async () => {
    const id = await newIntervention();

    const response = await fire(cms, requester.jwt, INTERVENTION, id, 'prendre_en_charge');

    expect(response.status).toBe(403);
    expect(response.body.error.message).toContain('Votre rôle ne permet pas');
  });

  it('should go through waiting and back, requiring a reason to wait', async () => {
    const id = await newIntervention();
    await fire(cms, technicien.jwt, INTERVENTION, id, 'prendre_en_charge');
    await fire(cms, technicien.jwt, INTERVENTION, id, 'demarrer');

    const withoutReason = await fire(cms, technicien.jwt, INTERVENTION, id, 'mettre_en_attente');
    const waiting = await fire(cms, technicien.jwt, INTERVENTION, id, 'mettre_en_attente', 'Attente du câble HDMI commandé par la mairie');
    const back = await fire(cms, technicien.jwt, INTERVENTION, id, 'reprendre');

    expect(withoutReason.status).toBe(400);
    expect(waiting.body.data.state).toBe('en_attente');
    expect(back.body.data.state).toBe('en_cours');
  });

  it('should refuse resolving without a resolution', async () => {
    const id = await newIntervention();
    await fire(cms, technicien.jwt, INTERVENTION, id, 'prendre_en_charge');
    await fire(cms, technicien.jwt, INTERVENTION, id, 'demarrer');

    const response = await fire(cms, technicien.jwt, INTERVENTION, id, 'resoudre');

    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('résolution');
  });

  it('should let the requester close and reopen their own request, with a reason to reopen', async () => {
    const id = await resolved();

    const closed = await fire(cms, requester.jwt, INTERVENTION, id, 'cloturer');
    const reopenedWithoutReason = await fire(cms, requester.jwt, INTERVENTION, id, 'reouvrir');
    const reopened = await fire(cms, requester.jwt, INTERVENTION, id, 'reouvrir', 'L’imprimante se déconnecte de nouveau');

    expect(closed.body.data.state).toBe('cloturee');
    expect(reopenedWithoutReason.status).toBe(400);
    expect(reopened.body.data.state).toBe('en_cours');
  });

  it('should turn a resolved intervention into a draft fiche linked both ways', async () => {
    const id = await resolved();

    const response = await cms.request(`/api/workflow/interventions/${id}/fiche`, { method: 'POST', token: technicien.jwt });

    expect(response.status).toBe(201);
    const fiche = (await cms.strapi.documents(UIDS.fiche).findOne({
      documentId: response.body.data.documentId,
      populate: ['sourceIntervention'],
      status: 'draft',
    } as never)) as any;
    const intervention = (await cms.strapi.documents(INTERVENTION).findOne({ documentId: id, populate: ['linkedFiche'] } as never)) as any;
    expect(fiche.reviewState).toBe('brouillon');
    expect(fiche.body).toContain('## Solution\n\nPilote réinstallé');
    expect(fiche.sourceIntervention.documentId).toBe(id);
    expect(intervention.linkedFiche.documentId).toBe(fiche.documentId);
    expect((await cms.request(`/api/fiches/${fiche.documentId}`)).status).toBe(404);
  });

  it('should refuse a second fiche for the same intervention, and a fiche from an open one', async () => {
    const solved = await resolved();
    await cms.request(`/api/workflow/interventions/${solved}/fiche`, { method: 'POST', token: technicien.jwt });
    const open = await newIntervention();

    const second = await cms.request(`/api/workflow/interventions/${solved}/fiche`, { method: 'POST', token: technicien.jwt });
    const fromOpen = await cms.request(`/api/workflow/interventions/${open}/fiche`, { method: 'POST', token: technicien.jwt });

    expect(second.status).toBe(409);
    expect(fromOpen.status).toBe(400);
  });

  it('should show time to first response and to resolution on the dashboard', async () => {
    await resolved();

    const response = await cms.request('/workflow/dashboard', { token: moderator.adminToken });

    const space = response.body.data.responseTimes.find((r: { group: string; key: string }) => r.group === 'space' && r.key === spaceName);
    expect(response.status).toBe(200);
    expect(space.firstResponseHours).toBeGreaterThanOrEqual(0);
    expect(space.resolutionHours).toBeGreaterThanOrEqual(space.firstResponseHours);
    expect(response.body.data.openInterventions.byState).toBeTypeOf('object');
  });
});
