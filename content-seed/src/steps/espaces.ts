import { ref, type SeedContext } from '../context';
import { upsertFrenchBySlug } from '../keyed-by-slug';
import type { SeedEntry } from '../read-entries';
import { list, type SeedStep } from '../step';
import { UIDS } from '@reseau-epn/platform';

interface TeamMember {
  member: string;
  notifyFiches?: boolean;
}

/** A space's team names its members by key of `membres/`: they are imported first. */
function team(entry: SeedEntry, ctx: SeedContext) {
  return (list(entry, 'team') as TeamMember[]).map(({ member, notifyFiches }) => ({
    member: ref<number>(ctx, 'membres', member),
    notifyFiches: notifyFiches ?? false,
  }));
}

/**
 * The directory: an espace file holds the schema's fields as they are, keyed by slug; its team
 * names accounts by key, and its machines are imported by the next step (`machines`), once the
 * space exists.
 */
export const espaces: SeedStep = {
  folder: 'espaces',
  async run(entry: SeedEntry, ctx: SeedContext) {
    const { machines: _machines, ...fields } = entry.fields;
    const { outcome } = await upsertFrenchBySlug(ctx, 'espaces', UIDS.espace, entry, { ...fields, team: team(entry, ctx) });
    return outcome;
  },
};
