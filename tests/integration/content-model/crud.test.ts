import type { UID } from '@strapi/strapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';
import { CONTENT_TYPES, restPath, sampleData } from '../../helpers/fixtures';
import { fullAccessToken } from '../../helpers/tokens';

let cms: TestCms;
let token: string;
const created: { uid: string; documentId: string }[] = [];

beforeAll(async () => {
  cms = await getCms();
  token = await fullAccessToken(cms);
});

afterAll(async () => {
  for (const { uid, documentId } of created) await cms.strapi.documents(uid as UID.ContentType).delete({ documentId, locale: '*' });
});

describe.each(CONTENT_TYPES)('%s', (uid) => {
  it('should create through the Document Service and read it back over REST', async () => {
    const data = sampleData(uid);
    const doc = await cms.strapi.documents(uid as UID.ContentType).create({ data, status: 'published' });
    created.push({ uid, documentId: doc.documentId });

    const response = await cms.request(`${restPath(cms.strapi, uid)}/${doc.documentId}`, { token });

    expect(response.status).toBe(200);
    expect(response.body.data.documentId).toBe(doc.documentId);
  });

  it('should create over REST and find it through the Document Service', async () => {
    const data = sampleData(uid);

    const response = await cms.request(restPath(cms.strapi, uid), { method: 'POST', body: { data }, token });

    expect(response.status).toBe(201);
    created.push({ uid, documentId: response.body.data.documentId });
    const stored = await cms.strapi.documents(uid as UID.ContentType).findOne({ documentId: response.body.data.documentId });
    expect(stored).not.toBeNull();
  });
});
