import type { UID } from '@strapi/strapi';
import { optionalRef, ref, type SeedContext } from '../context';
import { upsertFrenchBySlug } from '../keyed-by-slug';
import type { SeedEntry } from '../read-entries';
import { resolveDateTime } from '../relative-date';
import { resolveRecurrence } from '../recurrence-block';
import { list, text, type SeedStep } from '../step';
import { UIDS } from '@reseau-epn/platform';

/**
 * Ateliers and formations share one shape: dates relative to the import, a place or a venue
 * « hors les murs », a category, a series' rule, the members who facilitate.
 */
function eventStep(folder: 'ateliers' | 'formations', uid: UID.ContentType): SeedStep {
  return {
    folder,
    async run(entry: SeedEntry, ctx: SeedContext) {
      // A formation's prerequisites and fiches are set by `formationLinks` (steps/parcours.ts), once every fiche exists.
      const { start, end, place, category, prerequisites: _prerequisites, fiches: _fiches, recurrence, facilitatorMembers, ...fields } = entry.fields;
      const { outcome } = await upsertFrenchBySlug(ctx, folder, uid, entry, {
        ...fields,
        title: text(entry, 'title'),
        description: entry.body ?? null,
        // A series' dates are its first and last sessions' (cms/src/events): start and end may be left out.
        ...(start === undefined ? {} : { startsAt: resolveDateTime(String(start), ctx.now) }),
        ...(end === undefined ? {} : { endsAt: resolveDateTime(String(end), ctx.now) }),
        place: optionalRef(ctx, 'espaces', place),
        category: optionalRef(ctx, 'categories', category),
        ...(recurrence === undefined ? {} : { recurrence: resolveRecurrence(recurrence, ctx.now) }),
        ...(facilitatorMembers === undefined ? {} : { facilitatorMembers: list(entry, 'facilitatorMembers').map((key) => ref<number>(ctx, 'membres', key)) }),
      });
      return outcome;
    },
  };
}

export const ateliers = eventStep('ateliers', UIDS.atelier);
export const formations = eventStep('formations', UIDS.formation);
