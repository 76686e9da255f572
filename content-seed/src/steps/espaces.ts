import { remember, type SeedContext } from '../context';
import { upsertDocument } from '../documents';
import type { SeedEntry } from '../read-entries';
import type { SeedStep } from '../step';
import { UIDS } from '@reseau-epn/platform';

/** The directory: an espace file holds the schema's fields as they are, keyed by slug. */
export const espaces: SeedStep = {
  folder: 'espaces',
  async run(entry: SeedEntry, ctx: SeedContext) {
    const { documentId, outcome } = await upsertDocument(ctx.strapi, UIDS.espace, {
      filters: { slug: entry.key },
      locale: 'fr',
      data: { ...entry.fields, slug: entry.key },
    });
    remember(ctx, 'espaces', entry.key, documentId);
    return outcome;
  },
};
