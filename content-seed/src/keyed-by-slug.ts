import type { UID } from '@strapi/strapi';
import { remember, type SeedContext } from './context';
import { upsertDocument, type Outcome } from './documents';
import type { SeedEntry } from './read-entries';

/**
 * Imports the French version of an entry whose key is its slug, and remembers its document id
 * under the step's folder so that the steps after it can point to it. Translations, when a type
 * has some, are added to that document afterwards.
 */
export async function upsertFrenchBySlug(
  ctx: SeedContext,
  folder: string,
  uid: UID.ContentType,
  entry: SeedEntry,
  data: Record<string, unknown>,
  options: { publish?: boolean } = {},
): Promise<{ documentId: string; outcome: Outcome }> {
  const result = await upsertDocument(ctx.strapi, uid, {
    filters: { slug: entry.key },
    locale: 'fr',
    ...options,
    data: { ...data, slug: entry.key },
  });
  remember(ctx, folder, entry.key, result.documentId);
  return result;
}
