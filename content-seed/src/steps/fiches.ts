import { optionalRef, ref, type SeedContext } from '../context';
import { upsertTranslation } from '../documents';
import { upsertFrenchBySlug } from '../keyed-by-slug';
import type { SeedEntry } from '../read-entries';
import { list, text, type SeedStep } from '../step';
import { UIDS } from '@reseau-epn/platform';

const FICHE = UIDS.fiche;

async function isPublished(ctx: SeedContext, documentId: string): Promise<boolean> {
  return Boolean(await ctx.strapi.documents(FICHE).findOne({ documentId, locale: 'fr', status: 'published' }));
}

async function importTranslation(entry: SeedEntry, ctx: SeedContext) {
  const documentId = ref<string>(ctx, 'fiches', entry.key);
  return upsertTranslation(ctx.strapi, FICHE, {
    documentId,
    locale: entry.locale!,
    data: { title: text(entry, 'title'), slug: text(entry, 'slug'), summary: entry.fields.summary ?? null, body: entry.body ?? '' },
    publish: await isPublished(ctx, documentId),
  });
}

/**
 * Fiches, in French, then their translations. Links between fiches and to interventions are set
 * by `ficheLinks` once every fiche and intervention exists.
 */
export const fiches: SeedStep = {
  folder: 'fiches',
  async run(entry: SeedEntry, ctx: SeedContext) {
    if (entry.locale) return importTranslation(entry, ctx);
    const state = String(entry.fields.state ?? 'publiee');
    const { outcome } = await upsertFrenchBySlug(
      ctx,
      'fiches',
      FICHE,
      entry,
      {
        title: text(entry, 'title'),
        summary: entry.fields.summary ?? null,
        body: entry.body ?? '',
        category: optionalRef(ctx, 'categories', entry.fields.category),
        tags: list(entry, 'tags').map((tag) => ref(ctx, 'etiquettes', tag)),
        difficulty: entry.fields.difficulty ?? 'debutant',
        systems: list(entry, 'systems'),
        software: list(entry, 'software'),
        hardware: list(entry, 'hardware'),
        author: optionalRef(ctx, 'membres', entry.fields.author),
        reviewState: state,
      },
      { publish: state === 'publiee' },
    );
    return outcome;
  },
};

export const ficheLinks: SeedStep = {
  folder: 'fiches',
  async run(entry: SeedEntry, ctx: SeedContext) {
    if (entry.locale) return 'updated';
    const documentId = ref<string>(ctx, 'fiches', entry.key);
    await ctx.strapi.documents(FICHE).update({
      documentId,
      locale: 'fr',
      data: {
        relatedFiches: list(entry, 'related').map((slug) => ref(ctx, 'fiches', slug)),
        sourceIntervention: optionalRef(ctx, 'interventions', entry.fields.sourceIntervention) ?? null,
      },
      ...((await isPublished(ctx, documentId)) ? { status: 'published' } : {}),
    });
    return 'updated';
  },
};
