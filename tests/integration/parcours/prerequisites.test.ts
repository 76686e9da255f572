import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UIDS } from '@reseau-epn/platform';
import { getCms, type TestCms } from '../../helpers/cms';
import { fullAccessToken } from '../../helpers/tokens';
import { createFormation, createParcours, removeDocuments, storedPrerequisites } from './helpers';

let cms: TestCms;
let token: string;
let first: string;
let second: string;
let third: string;
let path: string;

beforeAll(async () => {
  cms = await getCms();
  token = await fullAccessToken(cms);
  first = await createFormation(cms);
  second = await createFormation(cms, { prerequisites: [first] });
  third = await createFormation(cms, { prerequisites: [second] });
  path = await createParcours(cms, 'Parcours de test', [first, second]);
});

afterAll(async () => {
  await removeDocuments(cms, UIDS.parcours, [path]);
  await removeDocuments(cms, UIDS.formation, [third, second, first]);
});

type ErrorBody = { error?: { details?: { errors?: { path: string[] }[] } } };
const paths = (body: ErrorBody) => (body.error?.details?.errors ?? []).map((e) => e.path.join('.'));
const put = (documentId: string, data: Record<string, unknown>) =>
  cms.request<ErrorBody>(`/api/formations/${documentId}?locale=fr`, { method: 'PUT', body: { data }, token });

describe('prerequisites', () => {
  it('should refuse a formation as its own prerequisite with a 400 naming prerequisites', async () => {
    const answer = await put(first, { prerequisites: [first] });
    expect({ status: answer.status, paths: paths(answer.body), stored: await storedPrerequisites(cms, first) }).toEqual({
      status: 400,
      paths: ['prerequisites'],
      stored: [],
    });
  });

  it('should refuse a prerequisite that needs the formation back (A needs B needs A)', async () => {
    const answer = await put(first, { prerequisites: [second] });
    expect({ status: answer.status, paths: paths(answer.body), stored: await storedPrerequisites(cms, first) }).toEqual({
      status: 400,
      paths: ['prerequisites'],
      stored: [],
    });
  });

  it('should refuse a loop through several formations connected one at a time', async () => {
    const answer = await put(first, { prerequisites: { connect: [third] } });
    expect({ status: answer.status, paths: paths(answer.body) }).toEqual({ status: 400, paths: ['prerequisites'] });
  });

  it('should accept prerequisites that make a chain', async () => {
    const answer = await put(third, { prerequisites: [second, first] });
    expect({ status: answer.status, stored: (await storedPrerequisites(cms, third)).sort() }).toEqual({ status: 200, stored: [second, first].sort() });
  });
});

describe('a parcours', () => {
  it('should refuse a formation listed twice with a 400 naming formations', async () => {
    const data = { title: 'Parcours en double', slug: `parcours-double-${Date.now()}`, formations: [first, second, first] };
    const answer = await cms.request<ErrorBody>('/api/parcours-formations?locale=fr', { method: 'POST', body: { data }, token });
    const stored = await cms.strapi.db.query(UIDS.parcours).count({ where: { slug: data.slug } });
    expect({ status: answer.status, paths: paths(answer.body), stored }).toEqual({ status: 400, paths: ['formations'], stored: 0 });
  });
});
