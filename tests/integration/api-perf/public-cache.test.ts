import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';
import { sampleData } from '../../helpers/fixtures';
import { fullAccessToken } from '../../helpers/tokens';
import { UIDS } from '@reseau-epn/platform';

const FICHE = UIDS.fiche;
let cms: TestCms;
const created: string[] = [];
/** A URL of its own per test: no other file's request can have filled the cache for it. */
const listUrl = (tag: string) => `/api/fiches?locale=fr&pagination[pageSize]=100&filters[slug][$startsWith]=${tag}`;

async function get(pathname: string, headers: Record<string, string> = {}) {
  const response = await fetch(cms.url + pathname, { headers });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

/**
 * A conditional request as a browser revalidating its copy sends it. Not through fetch: the Fetch
 * standard adds `Cache-Control: no-cache` to a request that carries If-None-Match, which asks any
 * server for the whole answer again.
 */
function revalidate(pathname: string, etag: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(cms.url + pathname, { headers: { 'if-none-match': etag } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      })
      .on('error', reject);
  });
}

const slugs = (body: { data: { slug: string }[] }) => body.data.map((fiche) => fiche.slug);

async function fiche(tag: string, status: 'published' | 'draft') {
  const data = { ...sampleData(FICHE), slug: `${tag}-${status}-${randomUUID().slice(0, 8)}` };
  const document = await cms.strapi.documents(FICHE).create({ locale: 'fr', status, data });
  created.push(document.documentId);
  return document;
}

// The run's shared CMS may boot here first, which takes minutes on a loaded 2-core machine.
beforeAll(async () => {
  cms = await getCms();
}, 900_000);

afterAll(async () => {
  for (const documentId of created) await cms.strapi.documents(FICHE).delete({ documentId, locale: '*' });
});

describe('the public API for anonymous visitors', () => {
  it('should answer with an ETag, a revalidation policy and 304 when the visitor has the answer', async () => {
    const tag = `cache-etag-${randomUUID().slice(0, 8)}`;
    await fiche(tag, 'published');

    const first = await get(listUrl(tag));
    const again = await revalidate(listUrl(tag), first.headers.get('etag')!);

    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, no-cache');
    expect(first.headers.get('vary')).toMatch(/Authorization.*Cookie/);
    expect(again).toBe(304);
  });

  it('should show a publication at once', async () => {
    const tag = `cache-publish-${randomUUID().slice(0, 8)}`;
    await get(listUrl(tag));
    const published = await fiche(tag, 'published');

    const after = await get(listUrl(tag));

    expect(slugs(after.body)).toEqual([published.slug]);
  });

  it('should drop an unpublished fiche at once', async () => {
    const tag = `cache-unpublish-${randomUUID().slice(0, 8)}`;
    const published = await fiche(tag, 'published');
    await get(listUrl(tag));
    await cms.strapi.documents(FICHE).unpublish({ documentId: published.documentId, locale: 'fr' });

    const after = await get(listUrl(tag));

    expect(after.body.data).toEqual([]);
  });

  it("should show another instance's change, which only the shared generation tells", async () => {
    const tag = `cache-instance-${randomUUID().slice(0, 8)}`;
    const published = await fiche(tag, 'published');
    await get(listUrl(tag));
    // Another CMS on the same database: its write reaches the rows and the generation, not this process's lifecycles.
    const table = cms.strapi.db.metadata.get(FICHE).tableName;
    await cms.strapi.db.connection(table).where({ document_id: published.documentId }).update({ title: 'Titre changé ailleurs' });
    await cms.strapi.store.set({ type: 'core', name: 'public-api-cache', key: 'generation', value: randomUUID() });

    const after = await get(listUrl(tag));

    expect(after.body.data[0].title).toBe('Titre changé ailleurs');
  });
});

describe('what the public cache never gives', () => {
  it('should not give a visitor the drafts an API token read at the same URL', async () => {
    const tag = `cache-draft-${randomUUID().slice(0, 8)}`;
    const draft = await fiche(tag, 'draft');
    const url = `${listUrl(tag)}&status=draft`;
    const withToken = await get(url, { authorization: `Bearer ${await fullAccessToken(cms)}` });

    const anonymous = await get(url);

    expect(slugs(withToken.body)).toEqual([draft.slug]);
    expect(anonymous.body.data).toEqual([]);
  });

  it('should not give an API token the public answer kept for the same URL', async () => {
    const tag = `cache-token-${randomUUID().slice(0, 8)}`;
    const draft = await fiche(tag, 'draft');
    const url = `${listUrl(tag)}&status=draft`;
    await get(url);

    const withToken = await get(url, { authorization: `Bearer ${await fullAccessToken(cms)}` });

    expect(withToken.headers.get('etag')).toBeNull();
    expect(slugs(withToken.body)).toEqual([draft.slug]);
  });

  it('should not keep what the public role may not read', async () => {
    const first = await get('/api/prets');
    const second = await get('/api/prets');

    expect([first.status, second.status]).toEqual([403, 403]);
    expect(second.headers.get('etag')).toBeNull();
  });
});
