import type { UID } from '@strapi/strapi';
import { optionalRef, type SeedContext } from '../context';
import { upsertFrenchBySlug } from '../keyed-by-slug';
import type { SeedEntry } from '../read-entries';
import { resolveDateTime } from '../relative-date';
import { text, type SeedStep } from '../step';
import { UIDS } from '@reseau-epn/platform';

/** Ateliers and formations share one shape: dates relative to the import, a place, a category. */
function eventStep(folder: 'ateliers' | 'formations', uid: UID.ContentType): SeedStep {
  return {
    folder,
    async run(entry: SeedEntry, ctx: SeedContext) {
      // A formation's prerequisites and fiches are set by `formationLinks` (steps/parcours.ts), once every fiche exists.
      const { start, end, place, category, prerequisites: _prerequisites, fiches: _fiches, ...fields } = entry.fields;
      const { outcome } = await upsertFrenchBySlug(ctx, folder, uid, entry, {
        ...fields,
        title: text(entry, 'title'),
        description: entry.body ?? null,
        startsAt: resolveDateTime(String(start), ctx.now),
        endsAt: resolveDateTime(String(end), ctx.now),
        place: optionalRef(ctx, 'espaces', place),
        category: optionalRef(ctx, 'categories', category),
      });
      return outcome;
    },
  };
}

export const ateliers = eventStep('ateliers', UIDS.atelier);
export const formations = eventStep('formations', UIDS.formation);
