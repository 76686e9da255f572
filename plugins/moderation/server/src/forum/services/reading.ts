import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UIDS } from '@reseau-epn/platform';
import type { ForumCategory, ListAnswer, MyPost, PublicPost, PublicTopic } from '../../../../shared/contracts';
import { AUTHOR_POPULATE, membersPort } from '../authors';
import { toMyPost, toPublicPost, toPublicTopic } from '../present';
import type { PostRow, TopicRow } from '../rows';
import { forumStore } from './store';

export interface TopicQuery {
  category?: string;
  fiche?: string;
  since?: string;
  page: number;
  pageSize: number;
}

const FORUM_LOCALE = 'fr';
const page = <T>(data: T[], query: { page: number; pageSize: number }, total: number): ListAnswer<T> => ({
  data,
  meta: { pagination: { page: query.page, pageSize: query.pageSize, pageCount: Math.ceil(total / query.pageSize), total } },
});

/**
 * What anybody may read of the forum: published topics and posts only (`state: publie`), in the
 * public shapes of the contract. The caller's own posts, whatever their state, are read here too.
 */
export const forumReading = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = forumStore(strapi);
  const author = (row: PostRow['author']) => membersPort(strapi).publicAuthor(row);
  const visible = { state: 'publie' } as const;

  return {
    async categories(): Promise<ForumCategory[]> {
      const categories = (await strapi.documents(UIDS.categorie).findMany({
        locale: FORUM_LOCALE,
        fields: ['slug', 'name', 'description'],
        sort: 'name:asc',
      })) as { slug: string; name: string; description?: string | null }[];
      const answer: ForumCategory[] = [];
      for (const category of categories) {
        const filters = { ...visible, category: { slug: category.slug } };
        const topicCount = await strapi.documents(UIDS.sujet).count({ filters });
        const latest = await strapi.documents(UIDS.sujet).findFirst({ filters, fields: ['lastActivityAt'], sort: 'lastActivityAt:desc' });
        answer.push({
          slug: category.slug,
          name: category.name,
          description: category.description ?? null,
          topicCount,
          lastActivityAt: latest?.lastActivityAt ? String(latest.lastActivityAt) : null,
        });
      }
      return answer;
    },

    /** Pinned first, then the latest activity; `since`: created or active after it. */
    async topics(query: TopicQuery): Promise<ListAnswer<PublicTopic>> {
      const filters = {
        ...visible,
        ...(query.category ? { category: { slug: query.category } } : {}),
        ...(query.fiche ? { relatedFiche: { documentId: query.fiche } } : {}),
        ...(query.since ? { $or: [{ createdAt: { $gt: query.since } }, { lastActivityAt: { $gt: query.since } }] } : {}),
      };
      const rows = (await strapi.documents(UIDS.sujet).findMany({
        filters,
        populate: store.topicPopulate(),
        sort: [{ pinned: 'desc' }, { lastActivityAt: 'desc' }, { id: 'desc' }],
        start: (query.page - 1) * query.pageSize,
        limit: query.pageSize,
      })) as TopicRow[];
      const total = await strapi.documents(UIDS.sujet).count({ filters });
      return page(
        rows.map((row) => toPublicTopic(row, author)),
        query,
        total,
      );
    },

    async topic(slug: string): Promise<PublicTopic & { posts: PublicPost[] }> {
      const row = await store.topicBy({ slug });
      if (!row || row.state !== 'publie') throw new errors.NotFoundError('Ce sujet n’existe pas ou n’est pas publié.');
      return { ...toPublicTopic(row, author), posts: await this.posts(row.documentId) };
    },

    /**
     * A visible topic's published posts, oldest first; `since`: written, edited, approved or
     * restored after it (every change of a post's state or text moves its updatedAt), so a post
     * written before a build and approved after it still reaches the island.
     */
    async posts(topicDocumentId: string, since?: string): Promise<PublicPost[]> {
      const rows = (await strapi.documents(UIDS.message).findMany({
        filters: {
          topic: { documentId: topicDocumentId },
          ...visible,
          ...(since ? { updatedAt: { $gt: since } } : {}),
        },
        populate: { author: AUTHOR_POPULATE },
        sort: [{ createdAt: 'asc' }, { id: 'asc' }],
      })) as PostRow[];
      return rows.map((row) => toPublicPost(row, topicDocumentId, author));
    },

    async postsOf(slug: string, since?: string): Promise<ListAnswer<PublicPost>> {
      const row = await store.topicBy({ slug });
      if (!row || row.state !== 'publie') throw new errors.NotFoundError('Ce sujet n’existe pas ou n’est pas publié.');
      const posts = await this.posts(row.documentId, since);
      return page(posts, { page: 1, pageSize: Math.max(posts.length, 1) }, posts.length);
    },

    /** The member's own posts, any state, newest first (at most 100: the island shows recent ones). */
    async myPosts(userId: number, topic?: string): Promise<ListAnswer<MyPost>> {
      const rows = (await strapi.documents(UIDS.message).findMany({
        filters: { author: { id: userId }, ...(topic ? { topic: { documentId: topic } } : {}) },
        populate: { author: AUTHOR_POPULATE, topic: { fields: ['documentId'] } },
        sort: [{ createdAt: 'desc' }, { id: 'desc' }],
        limit: 100,
      })) as PostRow[];
      const posts = rows.map((row) => toMyPost(row, row.topic?.documentId ?? '', author));
      return page(posts, { page: 1, pageSize: 100 }, posts.length);
    },
  };
};

export type ForumReadingService = ReturnType<typeof forumReading>;
