import { beforeAll, describe, expect, it } from 'vitest';
import { UIDS } from '@reseau-epn/platform';
import { getCms, type TestCms } from '../../helpers/cms';
import { fullAccessToken } from '../../helpers/tokens';

/**
 * `data` sent as a list passes Strapi's controllers (they test lodash's `isObject`), and its
 * schema validation then answered « this must be a `object` type » naming no field: now a 400
 * naming `data` (cms/src/validation/document-middleware.ts), found by the fuzz suite.
 */
let cms: TestCms;
let token: string;

beforeAll(async () => {
  cms = await getCms();
  token = await fullAccessToken(cms);
});

describe('data sent as a list', () => {
  it('should refuse a new intervention whose data is a list, naming data and creating nothing', async () => {
    const before = await cms.strapi.db.query(UIDS.intervention).count();

    const response = await cms.request('/api/interventions', { method: 'POST', body: { data: [[1]] }, token });

    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/^data : /);
    expect(await cms.strapi.db.query(UIDS.intervention).count()).toBe(before);
  });
});
