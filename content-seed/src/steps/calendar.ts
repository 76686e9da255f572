import type { UID } from '@strapi/strapi';
import { optionalRef, remember, type SeedContext } from '../context';
import { upsertDocument } from '../documents';
import type { SeedEntry } from '../read-entries';
import { resolveDateTime } from '../relative-date';
import { text, type SeedStep } from '../step';
import { UIDS } from '@reseau-epn/platform';

/** Ateliers and formations share one shape: dates relative to the import, a place, a category. */
function eventStep(folder: 'ateliers' | 'formations', uid: UID.ContentType): SeedStep {
  return {
    folder,
    async run(entry: SeedEntry, ctx: SeedContext) {
      const { start, end, place, category, ...fields } = entry.fields;
      const { documentId, outcome } = await upsertDocument(ctx.strapi, uid, {
        filters: { slug: entry.key },
        locale: 'fr',
        data: {
          ...fields,
          title: text(entry, 'title'),
          slug: entry.key,
          description: entry.body ?? null,
          startsAt: resolveDateTime(String(start), ctx.now),
          endsAt: resolveDateTime(String(end), ctx.now),
          place: optionalRef(ctx, 'espaces', place),
          category: optionalRef(ctx, 'categories', category),
        },
      });
      remember(ctx, folder, entry.key, documentId);
      return outcome;
    },
  };
}

export const ateliers = eventStep('ateliers', UIDS.atelier);
export const formations = eventStep('formations', UIDS.formation);
