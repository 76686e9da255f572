import { optionalRef, ref, remember, type SeedContext } from '../context';
import { upsertDocument } from '../documents';
import type { SeedEntry } from '../read-entries';
import { resolveDate } from '../relative-date';
import { text, type SeedStep } from '../step';
import { UIDS } from '@reseau-epn/platform';

export const equipements: SeedStep = {
  folder: 'equipements',
  async run(entry: SeedEntry, ctx: SeedContext) {
    const { lendingPoint, ...fields } = entry.fields;
    const { documentId, outcome } = await upsertDocument(ctx.strapi, UIDS.equipement, {
      filters: { inventoryNumber: entry.key },
      data: { ...fields, inventoryNumber: entry.key, lendingPoint: optionalRef(ctx, 'espaces', lendingPoint) },
    });
    remember(ctx, 'equipements', entry.key, documentId);
    return outcome;
  },
};

export const prets: SeedStep = {
  folder: 'prets',
  async run(entry: SeedEntry, ctx: SeedContext) {
    const { start, end, equipment, borrowingSpace, ...fields } = entry.fields;
    const { outcome } = await upsertDocument(ctx.strapi, UIDS.pret, {
      filters: { reference: entry.key },
      data: {
        ...fields,
        reference: entry.key,
        equipment: ref(ctx, 'equipements', equipment),
        borrowingSpace: optionalRef(ctx, 'espaces', borrowingSpace),
        startDate: resolveDate(text(entry, 'start'), ctx.now),
        endDate: resolveDate(String(end ?? start), ctx.now),
      },
    });
    return outcome;
  },
};
