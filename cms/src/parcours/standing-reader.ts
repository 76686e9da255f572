import type { Core } from '@strapi/strapi';
import { UIDS, type Locale } from '@reseau-epn/platform';
import { standingOf, type FormationRef, type PastRegistration, type Standing } from './standing';

interface LinkRow {
  documentId: string;
}

/** Published titles of formations in `locale`, the French one where a formation has no translation. */
async function titles(strapi: Core.Strapi, ids: readonly string[], locale: Locale): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = (await strapi.db.query(UIDS.formation).findMany({
    where: { documentId: { $in: [...ids] }, publishedAt: { $notNull: true }, locale: { $in: [...new Set(['fr', locale])] } },
    select: ['documentId', 'title', 'locale'],
  })) as { documentId: string; title: string; locale: string }[];
  const found = new Map<string, string>();
  for (const row of rows) if (!found.has(row.documentId) || row.locale === locale) found.set(row.documentId, row.title);
  return found;
}

/** Row order of a relation as the query engine gives it, one entry per document. */
const distinct = (links: readonly LinkRow[] | undefined) => [...new Set((links ?? []).map((link) => link.documentId))];

/**
 * Reads what `standingOf` needs for one person and one formation: the published parcours that
 * list the formation (in the person's language, else French), the formation's prerequisites and
 * every registration made with the address. Runs inside the registration's transaction (the
 * query engine follows it), so the registration just made counts as « inscrit·e ».
 */
export async function readStanding(strapi: Core.Strapi, formation: string, email: string, locale: Locale): Promise<Standing | null> {
  const parcoursRows = (await strapi.db.query(UIDS.parcours).findMany({
    where: { publishedAt: { $notNull: true }, locale: { $in: [...new Set(['fr', locale])] }, formations: { documentId: formation } },
    select: ['documentId', 'title', 'locale'],
    orderBy: { title: 'asc' },
  })) as { documentId: string; title: string; locale: string }[];
  const chosen = new Map<string, { id: string; title: string; locale: string }>();
  for (const row of parcoursRows)
    if (!chosen.has(row.documentId) || row.locale === locale) chosen.set(row.documentId, { id: row.documentId, title: row.title, locale: row.locale });

  const pathLinks = await Promise.all(
    [...chosen.values()].map(async (path) => {
      const row = (await strapi.db.query(UIDS.parcours).findOne({
        where: { documentId: path.id, locale: path.locale, publishedAt: { $notNull: true } },
        select: ['documentId'],
        populate: { formations: { select: ['documentId'] } },
      })) as { formations?: LinkRow[] } | null;
      return { title: path.title, ids: distinct(row?.formations) };
    }),
  );
  const formationRow = (await strapi.db.query(UIDS.formation).findOne({
    where: { documentId: formation, publishedAt: { $notNull: true } },
    select: ['documentId'],
    populate: { prerequisites: { select: ['documentId'] } },
  })) as { prerequisites?: LinkRow[] } | null;
  const prerequisiteIds = distinct(formationRow?.prerequisites);

  const names = await titles(strapi, [...new Set([...pathLinks.flatMap((p) => p.ids), ...prerequisiteIds])], locale);
  // A formation unpublished since the path was made is not a step anyone can take.
  const refs = (ids: string[]): FormationRef[] => ids.filter((id) => names.has(id)).map((id) => ({ documentId: id, title: names.get(id)! }));

  const registrations = (await strapi.db.query(UIDS.inscription).findMany({
    where: { email: { $eqi: email }, formation: { documentId: { $notNull: true } } },
    select: ['state', 'attended'],
    populate: { formation: { select: ['documentId'] } },
  })) as { state: PastRegistration['state']; attended: boolean | null; formation?: LinkRow | null }[];
  const past: PastRegistration[] = registrations.map((r) => ({ formation: r.formation?.documentId ?? '', state: r.state, attended: r.attended }));

  return standingOf(
    formation,
    pathLinks.map((p) => ({ title: p.title, formations: refs(p.ids) })),
    refs(prerequisiteIds),
    past,
  );
}
