import type { SeedContext } from '../context';
import { upsertFrenchBySlug } from '../keyed-by-slug';
import type { SeedEntry } from '../read-entries';
import type { SeedStep } from '../step';
import { UIDS } from '@reseau-epn/platform';

/** The directory: an espace file holds the schema's fields as they are, keyed by slug. */
export const espaces: SeedStep = {
  folder: 'espaces',
  async run(entry: SeedEntry, ctx: SeedContext) {
    const { outcome } = await upsertFrenchBySlug(ctx, 'espaces', UIDS.espace, entry, entry.fields);
    return outcome;
  },
};
