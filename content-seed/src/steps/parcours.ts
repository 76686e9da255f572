import { ref, type SeedContext } from '../context';
import { upsertFrenchBySlug } from '../keyed-by-slug';
import type { SeedEntry } from '../read-entries';
import { list, text, type SeedStep } from '../step';
import { UIDS } from '@reseau-epn/platform';

/**
 * A formation's prerequisites (formation slugs) and the fiches that support it (fiche slugs), set
 * once every formation and fiche exists; the whole list each time, so a second run changes nothing.
 */
export const formationLinks: SeedStep = {
  folder: 'formations',
  async run(entry: SeedEntry, ctx: SeedContext) {
    if (entry.locale) return 'updated';
    await ctx.strapi.documents(UIDS.formation).update({
      documentId: ref<string>(ctx, 'formations', entry.key),
      locale: 'fr',
      status: 'published',
      data: {
        prerequisites: list(entry, 'prerequisites').map((slug) => ref<string>(ctx, 'formations', slug)),
        fiches: list(entry, 'fiches').map((slug) => ref<string>(ctx, 'fiches', slug)),
      },
    });
    return 'updated';
  },
};

/** A training path: its formations (slugs) in the order to follow them; the body is its description. */
export const parcours: SeedStep = {
  folder: 'parcours',
  async run(entry: SeedEntry, ctx: SeedContext) {
    const { outcome } = await upsertFrenchBySlug(ctx, 'parcours', UIDS.parcours, entry, {
      title: text(entry, 'title'),
      summary: entry.fields.summary ?? null,
      description: entry.body ?? null,
      formations: list(entry, 'formations').map((slug) => ref<string>(ctx, 'formations', slug)),
    });
    return outcome;
  },
};
