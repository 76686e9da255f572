import type { Core } from '@strapi/strapi';
import { UIDS } from '@reseau-epn/platform';

/** States in which a loan holds its item (plugins/workflow's loan machine). */
export const HOLDING_STATES = ['accepte', 'en_cours'] as const;

/**
 * One lendable item as anyone may see it: what it is, where to fetch it, and when it is taken.
 * Busy ranges are dates only: never a borrower, a reference or a requester.
 */
export interface CatalogueItem {
  documentId: string;
  name: string;
  type: string;
  inventoryNumber: string;
  condition: string | null;
  lendingPoint: { documentId: string; name: string; slug: string; commune: string; intercommunality: string } | null;
  busy: { startDate: string; endDate: string }[];
}

/** Items out of service are not offered; those under repair are, with their condition shown. */
const OFFERED = { condition: { $ne: 'hors_service' as const } };

type Row = Omit<CatalogueItem, 'busy' | 'condition'> & { condition?: string | null };

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(today: string): Promise<CatalogueItem[]> {
    // Through the Document Service, published and in French: the lending point is named only once
    // its page is public, and a space's name is the same in every language.
    const items = (await strapi.documents(UIDS.equipement).findMany({
      filters: { $or: [OFFERED, { condition: { $null: true } }] },
      fields: ['name', 'type', 'inventoryNumber', 'condition'],
      populate: { lendingPoint: { fields: ['name', 'slug', 'commune', 'intercommunality'] } },
      sort: 'name:asc',
      status: 'published',
      locale: 'fr',
    })) as unknown as Row[]; // populated relations are not in the generated types' result
    const loans = (await strapi.db.query(UIDS.pret).findMany({
      where: { state: { $in: [...HOLDING_STATES] }, endDate: { $gte: today } },
      select: ['startDate', 'endDate'],
      populate: { equipment: { select: ['documentId'] } },
      orderBy: [{ startDate: 'asc' }],
    })) as { startDate: string; endDate: string; equipment: { documentId: string } | null }[];

    const busy = new Map<string, CatalogueItem['busy']>();
    for (const loan of loans) {
      if (!loan.equipment) continue;
      busy.set(loan.equipment.documentId, [...(busy.get(loan.equipment.documentId) ?? []), { startDate: loan.startDate, endDate: loan.endDate }]);
    }
    return items.map((item) => ({
      documentId: item.documentId,
      name: item.name,
      type: item.type,
      inventoryNumber: item.inventoryNumber,
      condition: item.condition ?? null,
      lendingPoint: item.lendingPoint
        ? {
            documentId: item.lendingPoint.documentId,
            name: item.lendingPoint.name,
            slug: item.lendingPoint.slug,
            commune: item.lendingPoint.commune,
            intercommunality: item.lendingPoint.intercommunality,
          }
        : null,
      busy: busy.get(item.documentId) ?? [],
    }));
  },

  /** An item that may be requested, or null. */
  async findOffered(documentId: string) {
    return strapi.db.query(UIDS.equipement).findOne({ where: { documentId, $or: [OFFERED, { condition: null }] }, select: ['documentId', 'name'] }) as Promise<{
      documentId: string;
      name: string;
    } | null>;
  },
});
