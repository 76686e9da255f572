import { optionalRef, ref, type SeedContext } from '../context';
import { upsertDocument } from '../documents';
import type { SeedEntry } from '../read-entries';
import { resolveDateTime } from '../relative-date';
import { list, text, type SeedStep } from '../step';
import { UIDS } from '@reseau-epn/platform';

interface Reply {
  author: string;
  date?: string;
  body: string;
}

/**
 * The forum's conversations keep their dates: the Document Service sets createdAt itself, so
 * it is written afterwards with the query engine, on every version of the document.
 */
async function backdate(ctx: SeedContext, uid: typeof UIDS.sujet | typeof UIDS.message, documentId: string, date: unknown) {
  if (!date) return;
  await ctx.strapi.db.query(uid).updateMany({ where: { documentId }, data: { createdAt: resolveDateTime(String(date), ctx.now) } });
}

async function importReply(ctx: SeedContext, topic: string, reply: Reply) {
  const author = ref<number>(ctx, 'utilisateurs', reply.author);
  // Replies have no key of their own: one is the same reply when topic, author and text match.
  const { documentId } = await upsertDocument(ctx.strapi, UIDS.message, {
    filters: { topic: { documentId: topic }, author: { id: author }, body: reply.body },
    data: { topic, author, body: reply.body },
  });
  await backdate(ctx, UIDS.message, documentId, reply.date);
}

export const sujets: SeedStep = {
  folder: 'sujets',
  async run(entry: SeedEntry, ctx: SeedContext) {
    const { documentId, outcome } = await upsertDocument(ctx.strapi, UIDS.sujet, {
      filters: { slug: entry.key },
      data: {
        title: text(entry, 'title'),
        slug: entry.key,
        body: entry.body ?? '',
        category: optionalRef(ctx, 'categories', entry.fields.category),
        author: ref(ctx, 'utilisateurs', entry.fields.author),
        pinned: Boolean(entry.fields.pinned),
        locked: Boolean(entry.fields.locked),
        relatedFiche: optionalRef(ctx, 'fiches', entry.fields.relatedFiche),
      },
    });
    await backdate(ctx, UIDS.sujet, documentId, entry.fields.date);
    for (const reply of list(entry, 'replies') as Reply[]) await importReply(ctx, documentId, reply);
    return outcome;
  },
};
