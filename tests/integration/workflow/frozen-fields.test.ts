import type { UID } from '@strapi/strapi';
import { beforeAll, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';
import { createEspace, sampleData } from '../../helpers/fixtures';
import { createPerson, type Person } from '../../helpers/people';
import { fullAccessToken } from '../../helpers/tokens';
import { fire, sample, setCreator } from './helpers';
import { UIDS } from '@reseau-epn/platform';

// What a state freezes (declared next to each machine) changes only through a transition,
// whichever door a write comes through: the Content Manager, REST with a full-access token.
const PRET = UIDS.pret;
const INTERVENTION = UIDS.intervention;
let cms: TestCms;
let borrower: Person;
let technicien: Person;
let token: string;
let spaceId: string;

beforeAll(async () => {
  cms = await getCms();
  [borrower, technicien] = await Promise.all([createPerson(cms, 'animateur'), createPerson(cms, 'technicien')]);
  token = await fullAccessToken(cms);
  spaceId = (await createEspace(cms.strapi)).documentId;
});

const editView = (uid: string, id: string) => `/content-manager/collection-types/${uid}/${id}`;
const POPULATE: Record<string, string[]> = { [PRET]: ['equipment'], [INTERVENTION]: ['assignee', 'log'] };
// `as never`: the uid is a runtime string and the populate list is per type, which the generated types cannot join.
const stored = (uid: string, id: string) =>
  cms.strapi.documents(uid as UID.ContentType).findOne({ documentId: id, populate: POPULATE[uid] } as never) as Promise<any>;
const newItem = async () => (await cms.strapi.documents(UIDS.equipement).create({ data: sample(UIDS.equipement) })).documentId as string;
const transitionsOf = async (uid: string, id: string) =>
  (await cms.request(`/workflow/states/${uid}/${id}`, { token: technicien.adminToken })).body.data.history.map((h: { transition: string }) => h.transition);

/** A loan the borrower requested in the admin panel. */
async function requestedLoan(item: string, startDate: string, endDate: string): Promise<string> {
  const doc = await cms.strapi.documents(PRET).create({ data: sample(PRET, { equipment: item, borrowingSpace: spaceId, startDate, endDate }) });
  await setCreator(cms, PRET, doc.documentId, borrower.adminId);
  return doc.documentId;
}

async function acceptedLoan(item: string, startDate: string, endDate: string): Promise<string> {
  const id = await requestedLoan(item, startDate, endDate);
  expect((await fire(cms, technicien.jwt, PRET, id, 'accepter')).status).toBe(200);
  return id;
}

describe('an accepted loan', () => {
  it('should refuse a REST change of its dates with a 400 naming the field and the state, and keep the row', async () => {
    const id = await acceptedLoan(await newItem(), '2028-01-10', '2028-01-12');

    const response = await cms.request(`/api/prets/${id}`, { method: 'PUT', body: { data: { startDate: '2028-01-01', endDate: '2028-01-20' } }, token });

    expect(response.status).toBe(400);
    expect(response.body.error.details.errors.map((e: { path: string[] }) => e.path[0]).sort()).toEqual(['endDate', 'startDate']);
    expect(response.body.error.message).toContain('Accepté');
    expect(await stored(PRET, id)).toMatchObject({ startDate: '2028-01-10', endDate: '2028-01-12' });
  });

  it('should refuse its requester changing its equipment in the Content Manager, and keep the row', async () => {
    const item = await newItem();
    const id = await acceptedLoan(item, '2028-02-10', '2028-02-12');

    const response = await cms.request(editView(PRET, id), {
      method: 'PUT',
      body: { equipment: { connect: [{ documentId: await newItem() }] } },
      token: borrower.adminToken,
    });

    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['equipment']);
    expect((await stored(PRET, id)).equipment.documentId).toBe(item);
  });

  it('should refuse a Technicien moving its end date in the Content Manager', async () => {
    const id = await acceptedLoan(await newItem(), '2028-03-10', '2028-03-12');

    const response = await cms.request(editView(PRET, id), { method: 'PUT', body: { endDate: '2028-03-30' }, token: technicien.adminToken });

    expect(response.status).toBe(400);
    expect((await stored(PRET, id)).endDate).toBe('2028-03-12');
  });

  it('should still let its requester edit what the decision was not about (notes)', async () => {
    const id = await acceptedLoan(await newItem(), '2028-04-10', '2028-04-12');

    const response = await cms.request(editView(PRET, id), { method: 'PUT', body: { notes: 'Avec la rallonge' }, token: borrower.adminToken });

    expect(response.status).toBe(200);
    expect((await stored(PRET, id)).notes).toBe('Avec la rallonge');
  });

  it('should let a requested loan’s dates change before the decision', async () => {
    const id = await requestedLoan(await newItem(), '2028-05-10', '2028-05-12');

    const response = await cms.request(editView(PRET, id), { method: 'PUT', body: { endDate: '2028-05-14' }, token: borrower.adminToken });

    expect(response.status).toBe(200);
  });
});

describe('rescheduling an accepted loan (reprogrammer)', () => {
  it('should move its dates when the item is free, keeping it accepted', async () => {
    const id = await acceptedLoan(await newItem(), '2028-06-10', '2028-06-12');

    const response = await cms.request(`/api/workflow/${PRET}/${id}/transitions/reprogrammer`, {
      method: 'POST',
      body: { comment: 'Atelier décalé', data: { startDate: '2028-06-17', endDate: '2028-06-19' } },
      token: technicien.jwt,
    });

    expect(response.status).toBe(200);
    expect(response.body.data.state).toBe('accepte');
    expect(await stored(PRET, id)).toMatchObject({ startDate: '2028-06-17', endDate: '2028-06-19', state: 'accepte' });
    expect((await transitionsOf(PRET, id)).at(-1)).toBe('reprogrammer');
  });

  it('should answer 409 and change nothing when the new dates overlap another accepted loan of the item', async () => {
    const item = await newItem();
    await acceptedLoan(item, '2028-07-15', '2028-07-20');
    const id = await acceptedLoan(item, '2028-07-01', '2028-07-05');

    const response = await cms.request(`/workflow/states/${PRET}/${id}/transitions/reprogrammer`, {
      method: 'POST',
      body: { data: { endDate: '2028-07-16' } },
      token: technicien.adminToken,
    });

    expect(response.status).toBe(409);
    expect(response.body.error.message).toContain('chevauchent');
    expect((await stored(PRET, id)).endDate).toBe('2028-07-05');
  });

  it('should answer 409 and keep the item when the other item is taken on these dates', async () => {
    const [item, taken] = [await newItem(), await newItem()];
    await acceptedLoan(taken, '2028-08-01', '2028-08-10');
    const id = await acceptedLoan(item, '2028-08-03', '2028-08-04');

    const response = await cms.request(`/api/workflow/${PRET}/${id}/transitions/reprogrammer`, {
      method: 'POST',
      body: { data: { equipment: taken } },
      token: technicien.jwt,
    });

    expect(response.status).toBe(409);
    expect((await stored(PRET, id)).equipment.documentId).toBe(item);
  });

  it('should extend a loan that is out (prolonger), its item still checked for overlaps', async () => {
    const item = await newItem();
    await acceptedLoan(item, '2028-11-20', '2028-11-25');
    const id = await acceptedLoan(item, '2028-11-10', '2028-11-12');
    await fire(cms, technicien.jwt, PRET, id, 'remettre');
    const extend = (endDate: string) =>
      cms.request(`/api/workflow/${PRET}/${id}/transitions/prolonger`, { method: 'POST', body: { data: { endDate } }, token: technicien.jwt });

    const [free, taken] = [await extend('2028-11-15'), await extend('2028-11-21')];

    expect([free.status, taken.status]).toEqual([200, 409]);
    expect(await stored(PRET, id)).toMatchObject({ state: 'en_cours', endDate: '2028-11-15' });
  });

  it('should refuse a reschedule without new values, naming data', async () => {
    const id = await acceptedLoan(await newItem(), '2028-09-10', '2028-09-12');

    const response = await fire(cms, technicien.jwt, PRET, id, 'reprogrammer');

    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path[0]).toBe('data');
  });

  it('should refuse data given to a transition that takes none', async () => {
    const id = await requestedLoan(await newItem(), '2028-10-10', '2028-10-12');

    const response = await cms.request(`/api/workflow/${PRET}/${id}/transitions/accepter`, {
      method: 'POST',
      body: { data: { endDate: '2028-10-30' } },
      token: technicien.jwt,
    });

    expect(response.status).toBe(400);
    expect(await stored(PRET, id)).toMatchObject({ state: 'demande', endDate: '2028-10-12' });
  });
});

describe('an intervention’s log and resolution', () => {
  async function interventionWithLog(): Promise<string> {
    const doc = await cms.strapi.documents(INTERVENTION).create({
      data: { ...sampleData(INTERVENTION), space: spaceId, log: [{ date: '2028-01-05T09:00:00.000Z', text: 'Câble réseau changé', minutesSpent: 20 }] },
    });
    return doc.documentId;
  }

  async function resolvedIntervention(): Promise<string> {
    const id = await interventionWithLog();
    for (const [name, comment] of [['prendre_en_charge'], ['demarrer'], ['resoudre', 'Pilote réinstallé.']])
      await fire(cms, technicien.jwt, INTERVENTION, id, name!, comment);
    return id;
  }

  it('should refuse rewriting a log entry in the Content Manager, and keep it', async () => {
    const id = await interventionWithLog();
    const [entry] = (await stored(INTERVENTION, id)).log;

    const response = await cms.request(editView(INTERVENTION, id), {
      method: 'PUT',
      body: { log: [{ id: entry.id, date: entry.date, text: 'Rien n’a été fait', minutesSpent: 0 }] },
      token: technicien.adminToken,
    });

    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['log']);
    expect((await stored(INTERVENTION, id)).log.map((e: { text: string }) => e.text)).toEqual(['Câble réseau changé']);
  });

  it('should refuse removing log entries over REST', async () => {
    const id = await interventionWithLog();

    const response = await cms.request(`/api/interventions/${id}`, { method: 'PUT', body: { data: { log: [] } }, token });

    expect(response.status).toBe(400);
    expect((await stored(INTERVENTION, id)).log).toHaveLength(1);
  });

  it('should let a log entry be added', async () => {
    const id = await interventionWithLog();
    const [entry] = (await stored(INTERVENTION, id)).log;

    const response = await cms.request(editView(INTERVENTION, id), {
      method: 'PUT',
      body: {
        log: [
          { id: entry.id, date: entry.date, text: entry.text, minutesSpent: entry.minutesSpent },
          { date: '2028-01-06T10:00:00.000Z', text: 'Imprimante testée', minutesSpent: 10 },
        ],
      },
      token: technicien.adminToken,
    });

    expect(response.status).toBe(200);
    expect((await stored(INTERVENTION, id)).log.map((e: { text: string }) => e.text)).toEqual(['Câble réseau changé', 'Imprimante testée']);
  });

  it('should refuse changing the resolution of a resolved intervention, naming the field and the state', async () => {
    const id = await resolvedIntervention();

    const response = await cms.request(editView(INTERVENTION, id), { method: 'PUT', body: { resolution: 'Autre chose' }, token: technicien.adminToken });

    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['resolution']);
    expect(response.body.error.message).toContain('Résolue');
    expect((await stored(INTERVENTION, id)).resolution).toBe('Pilote réinstallé.');
  });

  it('should refuse unassigning a closed intervention in the Content Manager', async () => {
    const id = await resolvedIntervention();
    await fire(cms, technicien.jwt, INTERVENTION, id, 'cloturer');

    const response = await cms.request(editView(INTERVENTION, id), {
      method: 'PUT',
      body: { assignee: { disconnect: [{ id: technicien.adminId }] } },
      token: technicien.adminToken,
    });

    expect(response.status).toBe(400);
    expect((await stored(INTERVENTION, id)).assignee.id).toBe(technicien.adminId);
  });

  it('should let the resolution change again once the intervention is reopened', async () => {
    const id = await resolvedIntervention();
    await fire(cms, technicien.jwt, INTERVENTION, id, 'reouvrir', 'Le problème revient');

    const response = await cms.request(editView(INTERVENTION, id), { method: 'PUT', body: { resolution: 'À reprendre' }, token: technicien.adminToken });

    expect(response.status).toBe(200);
  });
});
