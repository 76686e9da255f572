import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';
import { sampleData } from '../../helpers/fixtures';
import { fullAccessToken } from '../../helpers/tokens';
import { UIDS } from '@reseau-epn/platform';

const FICHE = UIDS.fiche;
let cms: TestCms;
let published: string;
let draft: string;

beforeAll(async () => {
  cms = await getCms();
  published = (await cms.strapi.documents(FICHE).create({ data: sampleData(FICHE), status: 'published' })).documentId;
  draft = (await cms.strapi.documents(FICHE).create({ data: sampleData(FICHE) })).documentId;
});

afterAll(async () => {
  for (const documentId of [published, draft]) await cms.strapi.documents(FICHE).delete({ documentId, locale: '*' });
});

describe('the Public role', () => {
  it('should list published fiches and not drafts', async () => {
    const response = await cms.request('/api/fiches?pagination[pageSize]=100');

    expect(response.status).toBe(200);
    const ids = response.body.data.map((f: { documentId: string }) => f.documentId);
    expect(ids).toContain(published);
    expect(ids).not.toContain(draft);
  });

  it('should get 404 for a fiche that is only a draft', async () => {
    const response = await cms.request(`/api/fiches/${draft}`);

    expect(response.status).toBe(404);
  });

  it('should not read drafts by asking for status=draft', async () => {
    const list = await cms.request('/api/fiches?status=draft&pagination[pageSize]=100');
    const one = await cms.request(`/api/fiches/${draft}?status=draft`);

    const ids = (list.body?.data ?? []).map((f: { documentId: string }) => f.documentId);
    expect(ids).not.toContain(draft);
    expect(one.status).not.toBe(200);
  });

  it('should be refused the types that are not public', async () => {
    for (const path of ['/api/prets', '/api/interventions', '/api/equipements', '/api/abonnes', '/api/lettres', '/api/users']) {
      const response = await cms.request(path);
      expect(response.status, path).toBe(403);
    }
  });
});

describe('an API token', () => {
  it("should read drafts when it asks for status=draft (the site's previews)", async () => {
    const response = await cms.request(`/api/fiches/${draft}?status=draft`, { token: await fullAccessToken(cms) });

    expect(response.status).toBe(200);
    expect(response.body.data.documentId).toBe(draft);
  });
});
