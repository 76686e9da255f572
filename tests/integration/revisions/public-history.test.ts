import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';
import { sampleData } from '../../helpers/fixtures';
import { UIDS } from '@reseau-epn/platform';

// GET /api/revisions/history/…: anonymous, for the site. Only fiches published now, a bounded
// number of versions, from memory once built, and no private field.
const FICHE = UIDS.fiche;
const REVISION = UIDS.revision;
let cms: TestCms;

beforeAll(async () => {
  cms = await getCms();
});

const documents = () => cms.strapi.documents(FICHE);
const history = (id: string) => cms.request(`/api/revisions/history/${FICHE}/${id}?locale=fr`);
const historyList = () => cms.request(`/api/revisions/history/${FICHE}`);

async function publishedFiche(editSummary = 'Résumé de modification interne'): Promise<string> {
  const id = (await documents().create({ locale: 'fr', data: sampleData(FICHE) })).documentId as string;
  await documents().update({ documentId: id, locale: 'fr', data: { title: 'Titre publié', editSummary } });
  await documents().publish({ documentId: id, locale: 'fr' });
  return id;
}

/** Publishes `count` more versions of the fiche, each a real change. */
async function republish(id: string, count: number) {
  for (let i = 0; i < count; i += 1) {
    await documents().update({ documentId: id, locale: 'fr', data: { body: `Version ${i}` } });
    await documents().publish({ documentId: id, locale: 'fr' });
  }
}

afterEach(() => {
  cms.strapi.config.set('plugin::revisions.publicHistoryLimit', 50);
});

describe('the public history of one fiche', () => {
  it('should answer 404 for a fiche never published', async () => {
    const id = (await documents().create({ locale: 'fr', data: sampleData(FICHE) })).documentId as string;

    expect((await history(id)).status).toBe(404);
  });

  it('should answer 404 for a fiche published then unpublished, and leave it out of the list', async () => {
    const id = await publishedFiche();
    await documents().unpublish({ documentId: id, locale: 'fr' });

    const [one, list] = [await history(id), await historyList()];

    expect(one.status).toBe(404);
    expect(list.body.data.map((h: { documentId: string }) => h.documentId)).not.toContain(id);
  });

  it('should answer 404 for a deleted fiche', async () => {
    const id = await publishedFiche();
    await documents().delete({ documentId: id, locale: '*' });

    expect((await history(id)).status).toBe(404);
  });

  it('should give dates and authors only: no edit summary, no content, no private attribute', async () => {
    const id = await publishedFiche('Résumé privé 7f3a');

    const response = await history(id);

    expect(response.status).toBe(200);
    expect(response.body.data.versions.length).toBeGreaterThan(0);
    expect(response.body.data.versions.every((v: object) => Object.keys(v).sort().join() === 'authorName,publishedAt')).toBe(true);
    expect(JSON.stringify(response.body)).not.toMatch(/Résumé privé 7f3a|editSummary|"summary"|"content"|Titre publié/);
  });

  it('should give at most the configured number of versions, the newest', async () => {
    cms.strapi.config.set('plugin::revisions.publicHistoryLimit', 3);
    const id = await publishedFiche();
    await republish(id, 4);
    const published = await cms.strapi.db.query(REVISION).findMany({
      where: { targetDocumentId: id, publishedVersionAt: { $notNull: true } },
      orderBy: [{ publishedVersionAt: 'asc' }, { id: 'asc' }],
    });

    const response = await history(id);

    expect(published.length).toBeGreaterThan(3);
    expect(response.body.data.versions.map((v: { publishedAt: string }) => v.publishedAt)).toEqual(
      published.slice(-3).map((r: { publishedVersionAt: string }) => new Date(r.publishedVersionAt).toISOString()),
    );
  });
});

describe('the public history’s cache', () => {
  it('should answer from memory once built, without reading the revisions again', async () => {
    const id = await publishedFiche();
    await history(id);
    const rows = await cms.strapi.db.query(REVISION).findMany({ where: { targetDocumentId: id }, select: ['id', 'content'] });
    // Unreadable content: building the history again would fail.
    for (const row of rows) await cms.strapi.db.query(REVISION).update({ where: { id: row.id }, data: { content: 'pas du gzip' } });

    const again = await history(id);

    for (const row of rows) await cms.strapi.db.query(REVISION).update({ where: { id: row.id }, data: { content: row.content } });
    expect(again.status).toBe(200);
  });

  it('should show a new published version as soon as it is written', async () => {
    const id = await publishedFiche();
    const before = (await history(id)).body.data.versions.length;

    await republish(id, 1);

    expect((await history(id)).body.data.versions).toHaveLength(before + 1);
  });
});
