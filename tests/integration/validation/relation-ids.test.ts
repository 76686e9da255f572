import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UIDS } from '@reseau-epn/platform';
import { getCms, type TestCms } from '../../helpers/cms';
import { createEspace, sampleData } from '../../helpers/fixtures';
import { fullAccessToken } from '../../helpers/tokens';

/**
 * Relation ids PostgreSQL's `integer` cannot hold (1e308, 2147483648, 12.5) were a 500 there,
 * « invalid input syntax for type integer », and nothing on SQLite: now a 400 naming the field on
 * both, before anything is written (cms/src/validation/relation-ids.ts).
 */
let cms: TestCms;
let token: string;
let intervention: { documentId: string; updatedAt?: unknown };
let loan: { documentId: string; updatedAt?: unknown };
let espace: { documentId: string };

beforeAll(async () => {
  cms = await getCms();
  token = await fullAccessToken(cms);
  intervention = await cms.strapi.documents(UIDS.intervention).create({ data: sampleData(UIDS.intervention) });
  loan = await cms.strapi.documents(UIDS.pret).create({ data: sampleData(UIDS.pret) });
  espace = await createEspace(cms.strapi);
});

afterAll(async () => {
  await cms.strapi.documents(UIDS.intervention).delete({ documentId: intervention.documentId });
  await cms.strapi.documents(UIDS.pret).delete({ documentId: loan.documentId });
  await cms.strapi.documents(UIDS.espace).delete({ documentId: espace.documentId, locale: '*' });
});

/** The stored row, relations included: a refused write leaves it as it was. */
const storedIntervention = () =>
  cms.strapi.db.query(UIDS.intervention).findOne({ where: { documentId: intervention.documentId }, populate: ['machine', 'category'] });

describe('relation ids', () => {
  it('should refuse an intervention whose machine is connected by the id 1e308, naming the field', async () => {
    const before = await storedIntervention();

    const response = await cms.request(`/api/interventions/${intervention.documentId}`, {
      method: 'PUT',
      body: { data: { machine: { connect: [{ id: 1e308 }] } } },
      token,
    });

    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/^machine : /);
    expect(response.body.error.details.errors.map((error: { path: string[] }) => error.path)).toEqual([['machine']]);
    expect(await storedIntervention()).toEqual(before);
  });

  it('should refuse a loan whose atelier is the id 2147483648, one past PostgreSQL’s integers', async () => {
    const response = await cms.request(`/api/prets/${loan.documentId}`, { method: 'PUT', body: { data: { atelier: 2_147_483_648 } }, token });
    const stored = await cms.strapi.db.query(UIDS.pret).findOne({ where: { documentId: loan.documentId }, populate: ['atelier'] });

    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/^atelier : /);
    expect(stored.atelier).toBeNull();
  });

  it('should refuse a new intervention whose category documentId is a number, creating nothing', async () => {
    const data = { ...sampleData(UIDS.intervention), category: { connect: [{ documentId: 12 }] } };

    const response = await cms.request('/api/interventions', { method: 'POST', body: { data }, token });
    const created = await cms.strapi.db.query(UIDS.intervention).count({ where: { reference: data.reference } });

    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/^category : /);
    expect(created).toBe(0);
  });

  it('should refuse a relation inside a component through the Document Service, naming its path', async () => {
    const update = cms.strapi.documents(UIDS.espace).update({ documentId: espace.documentId, data: { team: [{ member: 1e308, notifyFiches: false }] } });

    await expect(update).rejects.toMatchObject({ name: 'ValidationError', message: expect.stringMatching(/^team\.0\.member : /) });
  });
});
