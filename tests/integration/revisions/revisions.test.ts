import { beforeAll, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';
import { sampleData } from '../../helpers/fixtures';
import { createPerson, type Person } from '../../helpers/people';
import { UIDS } from '@reseau-epn/platform';

const FICHE = UIDS.fiche;
let cms: TestCms;
let moderator: Person;

beforeAll(async () => {
  cms = await getCms();
  moderator = await createPerson(cms, 'moderateur');
});

const documents = () => cms.strapi.documents(FICHE);
const service = () => cms.strapi.plugin('revisions').service('revisions');

async function newFiche(data: Record<string, unknown> = {}) {
  return (await documents().create({ locale: 'fr', data: { ...sampleData(FICHE), ...data } })).documentId as string;
}
const update = (documentId: string, data: Record<string, unknown>) => documents().update({ documentId, locale: 'fr', data });
const history = (documentId: string) => service().list(FICHE, documentId, 'fr');

describe('revisions of a fiche', () => {
  it('should keep a revision for every real change, and none for a save that changes nothing', async () => {
    const id = await newFiche({ body: 'Redémarrez la box.' });
    await update(id, { body: 'Redémarrez la box puis l’imprimante.' });
    await update(id, { body: 'Redémarrez la box puis l’imprimante.' });

    expect(await history(id)).toHaveLength(2);
  });

  it('should compare two versions word by word, and other fields as before and after', async () => {
    const id = await newFiche({ body: 'Redémarrez la box.', difficulty: 'debutant' });
    await update(id, { body: 'Redémarrez la box et l’imprimante.', difficulty: 'intermediaire' });
    const [newer, older] = await history(id);

    const diff = await service().diff(FICHE, id, older.id, newer.id);

    const body = diff.changes.find((c: { field: string }) => c.field === 'body');
    expect(body.kind).toBe('text');
    const text = (keep: (p: { added?: boolean; removed?: boolean }) => boolean) =>
      body.parts
        .filter(keep)
        .map((p: { value: string }) => p.value)
        .join('');
    expect(text((p) => !p.added)).toBe('Redémarrez la box.');
    expect(text((p) => !p.removed)).toBe('Redémarrez la box et l’imprimante.');
    expect(text((p) => Boolean(p.added))).toContain('imprimante');
    expect(diff.changes.find((c: { field: string }) => c.field === 'difficulty')).toEqual({
      field: 'difficulty',
      kind: 'value',
      before: 'debutant',
      after: 'intermediaire',
    });
  });

  it('should restore an old version as a new revision, losing nothing', async () => {
    const id = await newFiche({ title: 'Première version du titre' });
    await update(id, { title: 'Titre abîmé par erreur' });
    const original = (await history(id)).at(-1);

    const after = await service().restore(FICHE, id, original.id, { id: null, name: 'Test' });

    const stored = await documents().findOne({ documentId: id, locale: 'fr', status: 'draft' });
    expect(stored!.title).toBe('Première version du titre');
    expect(after).toHaveLength(3);
    expect(after[0].summary).toContain('Restauration de la version du');
  });

  it('should keep the edit summary with the revision, not on the fiche', async () => {
    const id = await newFiche();
    await update(id, { summary: 'Nouveau résumé', editSummary: 'Résumé réécrit pour les débutants' });

    const [latest] = await history(id);
    const stored = (await cms.strapi.db.query(FICHE).findOne({ where: { documentId: id } })) as Record<string, unknown>;

    expect(latest.summary).toBe('Résumé réécrit pour les débutants');
    expect(stored.editSummary).toBeNull();
  });

  it('should keep 100 revisions of a 2,000-word fiche under 5 MB', async () => {
    const words = Array.from({ length: 2000 }, (_, i) => `mot${i % 97}`);
    const id = await newFiche({ body: words.join(' ') });
    for (let i = 1; i < 100; i += 1) {
      words[(i * 37) % words.length] = `modifié${i}`;
      await update(id, { body: words.join(' ') });
    }

    const rows = await cms.strapi.db.query(UIDS.revision).findMany({ where: { targetDocumentId: id }, select: ['content'] });
    const bytes = rows.reduce((sum: number, r: { content: string }) => sum + Buffer.byteLength(r.content), 0);
    console.log(`[revisions] ${rows.length} revisions of a 2,000-word fiche: ${(bytes / 1024).toFixed(0)} KB stored`);

    expect(rows).toHaveLength(100);
    expect(bytes).toBeLessThan(5 * 1024 * 1024);
  });
});

describe('the revisions routes', () => {
  it('should list, compare and restore over the admin API', async () => {
    const id = await newFiche({ title: 'Titre A' });
    await update(id, { title: 'Titre B' });
    const list = await cms.request(`/revisions/${FICHE}/${id}?locale=fr`, { token: moderator.adminToken });
    const [b, a] = list.body.data;

    const diff = await cms.request(`/revisions/${FICHE}/${id}/diff?from=${a.id}&to=${b.id}`, { token: moderator.adminToken });
    const restore = await cms.request(`/revisions/${FICHE}/${id}/${a.id}/restore`, { method: 'POST', token: moderator.adminToken });

    expect(list.status).toBe(200);
    expect(diff.body.data.changes.map((c: { field: string }) => c.field)).toContain('title');
    expect(restore.status).toBe(200);
    expect(restore.body.data[0].authorName).toContain('moderateur');
  });

  it('should refuse a diff without its versions, naming the field', async () => {
    const id = await newFiche();

    const response = await cms.request(`/revisions/${FICHE}/${id}/diff?from=abc`, { token: moderator.adminToken });

    expect(response.status).toBe(400);
    expect(response.body.error.details.errors.map((e: { path: string[] }) => e.path[0])).toEqual(['from', 'to']);
  });

  it('should publish the history of published versions only, with former slugs and no content', async () => {
    const id = await newFiche({ slug: `ancien-slug-${Date.now()}` });
    const first = (await documents().findOne({ documentId: id, locale: 'fr', status: 'draft' }))!.slug;
    await documents().publish({ documentId: id, locale: 'fr' });
    await update(id, { slug: `nouveau-slug-${Date.now()}`, editSummary: 'Nouvelle adresse' });
    await documents().publish({ documentId: id, locale: 'fr' });
    await update(id, { title: 'Brouillon non publié' });

    const response = await cms.request(`/api/revisions/history/${FICHE}`);

    const item = response.body.data.find((h: { documentId: string }) => h.documentId === id);
    expect(response.status).toBe(200);
    expect(item.versions).toHaveLength(2);
    expect(item.formerSlugs).toEqual([first]);
    expect(JSON.stringify(response.body)).not.toMatch(/"content"|Brouillon non publié|@secret\.example/);
  });
});
