import { UIDS } from '@reseau-epn/platform';
import type { SeedContext } from '../context';
import { upsertDocument, upsertTranslation } from '../documents';
import type { SeedEntry } from '../read-entries';
import { text, type SeedStep } from '../step';

const SYNONYME = UIDS.synonyme;

/**
 * The search's synonym groups. A group has no slug: its French words are its key, so a second
 * import finds the group it made; a group the network has since edited is left as it is, and the
 * seed's own version is added beside it (the seed runs on an empty database).
 */
export const synonymes: SeedStep = {
  folder: 'synonymes',
  async run(entry: SeedEntry, ctx: SeedContext) {
    const words = text(entry, 'words');
    const note = typeof entry.fields.note === 'string' ? entry.fields.note : null;
    const { documentId, outcome } = await upsertDocument(ctx.strapi, SYNONYME, { filters: { words }, locale: 'fr', data: { words, note } });
    const translations = (entry.fields.translations ?? {}) as Record<string, { words: string; note?: string }>;
    for (const [locale, fields] of Object.entries(translations)) {
      await upsertTranslation(ctx.strapi, SYNONYME, { documentId, locale, data: { words: fields.words, note: fields.note ?? null } });
    }
    return outcome;
  },
};
