import { UIDS } from '@reseau-epn/platform';
import type { TestCms } from '../../helpers/cms';
import { sampleData } from '../../helpers/fixtures';

/** A published parcours listing `formations` in that order. */
export async function createParcours(cms: TestCms, title: string, formations: string[]) {
  const slug = `parcours-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  const doc = await cms.strapi.documents(UIDS.parcours).create({ locale: 'fr', status: 'published', data: { title, slug, formations } });
  return doc.documentId;
}

/** A published formation with `data` on top of the sample (no space, no registration). */
export async function createFormation(cms: TestCms, data: Record<string, unknown> = {}) {
  const doc = await cms.strapi.documents(UIDS.formation).create({ locale: 'fr', status: 'published', data: { ...sampleData(UIDS.formation), ...data } });
  return doc.documentId;
}

export async function removeDocuments(cms: TestCms, uid: typeof UIDS.formation | typeof UIDS.parcours | typeof UIDS.fiche, ids: string[]) {
  for (const documentId of ids) await cms.strapi.documents(uid).delete({ documentId, locale: '*' });
}

/** The formation's stored prerequisites (its draft's), by document id. */
export async function storedPrerequisites(cms: TestCms, documentId: string): Promise<string[]> {
  const row = (await cms.strapi.db.query(UIDS.formation).findOne({
    where: { documentId, publishedAt: null, locale: 'fr' },
    populate: { prerequisites: { select: ['documentId'] } },
  })) as { prerequisites: { documentId: string }[] };
  return row.prerequisites.map((p) => p.documentId);
}
