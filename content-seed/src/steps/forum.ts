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
 * it is written afterwards with the query engine.
 */
async function backdate(ctx: SeedContext, uid: typeof UIDS.sujet | typeof UIDS.message, documentId: string, date: string | undefined) {
  if (!date) return;
  await ctx.strapi.db.query(uid).updateMany({ where: { documentId }, data: { createdAt: date } });
}

const when = (ctx: SeedContext, date: unknown) => (date ? resolveDateTime(String(date), ctx.now) : undefined);

/** A post of the seed: published (the seed's conversations are the network's own, already read). */
async function importPost(ctx: SeedContext, topic: string, post: Reply, opening: boolean) {
  const author = ref<number>(ctx, 'utilisateurs', post.author);
  // Posts have no key of their own: the opening post is the topic's; a reply is the same when topic, author and text match.
  const { documentId } = await upsertDocument(ctx.strapi, UIDS.message, {
    filters: opening
      ? { topic: { documentId: topic }, opening: true }
      : { topic: { documentId: topic }, author: { id: author }, body: post.body, opening: false },
    data: { topic, author, body: post.body, state: 'publie', opening, language: 'fr' },
  });
  await backdate(ctx, UIDS.message, documentId, when(ctx, post.date));
}

/**
 * A topic and its posts: the entry's text is the opening post (a message like the replies, so
 * one moderation covers both); the counters the forum keeps (published replies, last activity)
 * are written from the seed's dates.
 */
export const sujets: SeedStep = {
  folder: 'sujets',
  async run(entry: SeedEntry, ctx: SeedContext) {
    const author = text(entry, 'author');
    const replies = list(entry, 'replies') as Reply[];
    const { documentId, outcome } = await upsertDocument(ctx.strapi, UIDS.sujet, {
      filters: { slug: entry.key },
      data: {
        title: text(entry, 'title'),
        slug: entry.key,
        category: optionalRef(ctx, 'categories', entry.fields.category),
        author: ref(ctx, 'utilisateurs', author),
        pinned: Boolean(entry.fields.pinned),
        locked: Boolean(entry.fields.locked),
        relatedFiche: optionalRef(ctx, 'fiches', entry.fields.relatedFiche),
        language: 'fr',
        state: 'publie',
        replyCount: replies.length,
      },
    });
    const opened = when(ctx, entry.fields.date);
    await backdate(ctx, UIDS.sujet, documentId, opened);
    await importPost(ctx, documentId, { author, date: entry.fields.date as string | undefined, body: entry.body ?? '' }, true);
    for (const reply of replies) await importPost(ctx, documentId, reply, false);
    const dates = [opened, ...replies.map((reply) => when(ctx, reply.date))].filter((d): d is string => !!d).sort();
    const lastActivityAt = dates.at(-1) ?? new Date(ctx.now).toISOString();
    await ctx.strapi.db.query(UIDS.sujet).updateMany({ where: { documentId }, data: { lastActivityAt } });
    return outcome;
  },
};
