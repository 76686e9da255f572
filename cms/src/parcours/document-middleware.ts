import type { Core } from '@strapi/strapi';
import { UIDS } from '@reseau-epn/platform';
import { validationError } from '@reseau-epn/platform/strapi';
import { prerequisiteIssue, repeated } from './prerequisite-graph';
import { relationAfterWrite, type RelationInput } from './relation-input';

const WRITES = new Set(['create', 'update', 'clone']);

interface Linked {
  documentId: string;
  prerequisites?: { documentId: string }[];
  formations?: { documentId: string }[];
}

/**
 * Stored links of every formation, read from the drafts (where editors change them; publishing
 * copies them): prerequisites are not localized, so each locale's draft holds the same ones.
 */
async function storedGraph(strapi: Core.Strapi): Promise<Map<string, string[]>> {
  const rows = (await strapi.db.query(UIDS.formation).findMany({
    where: { publishedAt: null },
    select: ['documentId'],
    populate: { prerequisites: { select: ['documentId'] } },
  })) as Linked[];
  const graph = new Map<string, string[]>();
  for (const row of rows)
    graph.set(row.documentId, [...new Set([...(graph.get(row.documentId) ?? []), ...(row.prerequisites ?? []).map((p) => p.documentId)])]);
  return graph;
}

async function storedLinks(
  strapi: Core.Strapi,
  uid: typeof UIDS.formation | typeof UIDS.parcours,
  documentId: string | undefined,
  field: 'prerequisites' | 'formations',
) {
  if (!documentId) return [];
  const row = (await strapi.db.query(uid).findOne({
    where: { documentId, publishedAt: null },
    select: ['documentId'],
    populate: { [field]: { select: ['documentId'] } },
  })) as Linked | null;
  return (row?.[field] ?? []).map((link) => link.documentId);
}

/**
 * A formation is not its own prerequisite and its prerequisites make no loop; a parcours lists
 * each formation once. Checked on every write through the Document Service (admin, REST, seed),
 * before anything is written: a 400 naming `prerequisites` or `formations`.
 */
export function registerParcoursRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (ctx, next) => {
    if (!WRITES.has(ctx.action) || (ctx.uid !== UIDS.formation && ctx.uid !== UIDS.parcours)) return next();
    const params = ctx.params as { data?: { prerequisites?: RelationInput; formations?: RelationInput }; documentId?: string };
    // A clone is a new document: it has no stored links of its own and nobody needs it yet.
    const documentId = ctx.action === 'update' ? params.documentId : undefined;

    if (ctx.uid === UIDS.formation && params.data?.prerequisites !== undefined) {
      const current = await storedLinks(strapi, UIDS.formation, documentId, 'prerequisites');
      const after = await relationAfterWrite(strapi, UIDS.formation, params.data.prerequisites, current);
      const issue = after && documentId ? prerequisiteIssue(documentId, after, await storedGraph(strapi)) : null;
      if (issue) throw validationError([{ path: ['prerequisites'], message: issue }]);
    }
    if (ctx.uid === UIDS.parcours && params.data?.formations !== undefined) {
      const current = await storedLinks(strapi, UIDS.parcours, documentId, 'formations');
      const after = await relationAfterWrite(strapi, UIDS.formation, params.data.formations, current);
      if (after && repeated(after).length > 0) throw validationError([{ path: ['formations'], message: 'un parcours cite chaque formation une seule fois' }]);
    }
    return next();
  });
}
