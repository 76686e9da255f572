import { remember, type SeedContext } from '../context';
import { upsertDocument, upsertTranslation } from '../documents';
import type { SeedEntry } from '../read-entries';
import { text, type SeedStep } from '../step';
import { UIDS } from '@reseau-epn/platform';

const CATEGORIE = UIDS.categorie;

export const categories: SeedStep = {
  folder: 'categories',
  async run(entry: SeedEntry, ctx: SeedContext) {
    const { documentId, outcome } = await upsertDocument(ctx.strapi, CATEGORIE, {
      filters: { slug: entry.key },
      locale: 'fr',
      data: { name: text(entry, 'name'), slug: entry.key, description: entry.fields.description ?? null },
    });
    remember(ctx, 'categories', entry.key, documentId);
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
    const { documentId, outcome } = await upsertDocument(ctx.strapi, UIDS.etiquette, {
      filters: { slug: entry.key },
      locale: 'fr',
      data: { name: text(entry, 'name'), slug: entry.key },
    });
    remember(ctx, 'etiquettes', entry.key, documentId);
    return outcome;
  },
};
