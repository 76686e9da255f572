import { beforeAll, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';
import { sampleData } from '../../helpers/fixtures';
import { fullAccessToken } from '../../helpers/tokens';
import { rejectedFields as rejected } from './rejected-fields';
import { UIDS } from '@reseau-epn/platform';

let cms: TestCms;
let token: string;

beforeAll(async () => {
  cms = await getCms();
  token = await fullAccessToken(cms);
});

const rejectedFields = (uid: string, path: string, data: Record<string, unknown>, key: Record<string, unknown>) => rejected(cms, token, uid, path, data, key);

describe('bad input', () => {
  it('should refuse an espace service outside the ANCT vocabulary, naming the field', async () => {
    const data = { ...sampleData(UIDS.espace), services: ['Réparation de vélos'] };

    const result = await rejectedFields(UIDS.espace, '/api/espaces', data, { slug: data.slug });

    expect(result).toEqual({ status: 400, paths: ['services'] });
  });

  it('should refuse a fiche whose systems list is not a list of names', async () => {
    const data = { ...sampleData(UIDS.fiche), systems: 'Windows' };

    const result = await rejectedFields(UIDS.fiche, '/api/fiches', data, { slug: data.slug });

    expect(result).toEqual({ status: 400, paths: ['systems'] });
  });

  it('should refuse an atelier that ends before it starts', async () => {
    const data = { ...sampleData(UIDS.atelier), startsAt: '2026-12-10T14:00:00Z', endsAt: '2026-12-10T12:00:00Z' };

    const result = await rejectedFields(UIDS.atelier, '/api/ateliers', data, { slug: data.slug });

    expect(result).toEqual({ status: 400, paths: ['endsAt'] });
  });

  it('should refuse a loan that ends before it starts', async () => {
    const data = { ...sampleData(UIDS.pret), startDate: '2026-12-10', endDate: '2026-12-01' };

    const result = await rejectedFields(UIDS.pret, '/api/prets', data, { reference: data.reference });

    expect(result).toEqual({ status: 400, paths: ['endDate'] });
  });

  it('should refuse a postal code that is not five digits, naming the field', async () => {
    const data = { ...sampleData(UIDS.espace), postalCode: '2920' };

    const result = await rejectedFields(UIDS.espace, '/api/espaces', data, { slug: data.slug });

    expect(result).toEqual({ status: 400, paths: ['postalCode'] });
  });

  it('should refuse an intervention without its requester', async () => {
    const { requester: _omitted, ...data } = sampleData(UIDS.intervention);

    const result = await rejectedFields(UIDS.intervention, '/api/interventions', data, { reference: data.reference });

    expect(result).toEqual({ status: 400, paths: ['requester'] });
  });

  it('should refuse moving only the end of a loan before its stored start', async () => {
    const loan = await cms.strapi.documents(UIDS.pret).create({ data: sampleData(UIDS.pret) });

    const response = await cms.request(`/api/prets/${loan.documentId}`, { method: 'PUT', body: { data: { endDate: '2026-11-01' } }, token });

    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['endDate']);
    const stored = await cms.strapi.documents(UIDS.pret).findOne({ documentId: loan.documentId });
    expect(stored!.endDate).toBe('2026-12-05');
    await cms.strapi.documents(UIDS.pret).delete({ documentId: loan.documentId });
  });
});
