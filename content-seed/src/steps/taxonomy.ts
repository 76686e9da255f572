import type { SeedContext } from '../context';
import { upsertTranslation } from '../documents';
import { upsertFrenchBySlug } from '../keyed-by-slug';
import type { SeedEntry } from '../read-entries';
import { text, type SeedStep } from '../step';
import { UIDS } from '@reseau-epn/platform';

const CATEGORIE = UIDS.categorie;

export const categories: SeedStep = {
  folder: 'categories',
  async run(entry: SeedEntry, ctx: SeedContext) {
    const { documentId, outcome } = await upsertFrenchBySlug(ctx, 'categories', CATEGORIE, entry, {
      name: text(entry, 'name'),
      description: entry.fields.description ?? null,
    });
    const translations = (entry.fields.translations ?? {}) as Record<string, { name: string; description?: string }>;
    for (const [locale, fields] of Object.entries(translations)) {
      await upsertTranslation(ctx.strapi, CATEGORIE, {
        documentId,
        locale,
        data: { name: fields.name, slug: entry.key, description: fields.description ?? null },
      });
    }
    return outcome;
  },
};

export const etiquettes: SeedStep = {
  folder: 'etiquettes',
  async run(entry: SeedEntry, ctx: SeedContext) {
    const { outcome } = await upsertFrenchBySlug(ctx, 'etiquettes', UIDS.etiquette, entry, { name: text(entry, 'name') });
    return outcome;
  },
};
