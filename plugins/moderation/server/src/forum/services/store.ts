import type { Core } from '@strapi/strapi';
import { UIDS } from '@reseau-epn/platform';
import { AUTHOR_POPULATE } from '../authors';
import type { PostRow, TopicRow } from '../rows';

export const TOPIC_POPULATE = {
  category: { fields: ['slug', 'name'] as ['slug', 'name'] },
  author: AUTHOR_POPULATE,
  relatedFiche: { fields: ['slug', 'title'] as ['slug', 'title'] },
} as const;

/**
 * The forum's reads of topics and posts, with the relations every answer shows, and the row lock
 * writes take. Document Service for the reads; the lock is knex's `SELECT … FOR UPDATE`, which
 * the Document Service does not give (SQLite serialises writers anyway).
 */
export function forumStore(strapi: Core.Strapi) {
  const topicPopulate = () => TOPIC_POPULATE;

  return {
    topicPopulate,

    async topicBy(where: { documentId: string } | { slug: string }): Promise<TopicRow | null> {
      return (await strapi.documents(UIDS.sujet).findFirst({ filters: where, populate: topicPopulate() })) as TopicRow | null;
    },

    async postBy(documentId: string): Promise<PostRow | null> {
      return (await strapi.documents(UIDS.message).findFirst({
        filters: { documentId },
        populate: { author: AUTHOR_POPULATE, topic: { populate: topicPopulate() } },
      })) as PostRow | null;
    },

    async lock(uid: typeof UIDS.sujet | typeof UIDS.message | typeof UIDS.fiche | typeof UIDS.user, where: { documentId: string } | { id: number }) {
      await strapi.db.queryBuilder(uid).select('id').where(where).forUpdate().execute();
    },
  };
}

export type ForumStore = ReturnType<typeof forumStore>;
