import type { Core } from '@strapi/strapi';
import { UIDS } from '@reseau-epn/platform';
import type { FlagReason, ListAnswer, QueueItem } from '../../../../shared/contracts';
import { AUTHOR_POPULATE, membersPort } from '../../forum/authors';
import { toMyPost } from '../../forum/present';
import type { PostRow } from '../../forum/rows';
import { FLAG_UID } from '../../forum/services/flags';

export type QueueKind = 'pending' | 'flagged';

/**
 * The moderators' queue: posts waiting for review (oldest first, they have waited longest), and
 * flagged posts, still shown or already hidden at the threshold (most flagged first). Moderators
 * see everything about a post but its author's email.
 */
export const queue = ({ strapi }: { strapi: Core.Strapi }) => {
  const populate = () => ({ author: AUTHOR_POPULATE, topic: { fields: ['slug', 'title', 'locked', 'pinned'] as ['slug', 'title', 'locked', 'pinned'] } });

  async function toItem(row: PostRow): Promise<QueueItem> {
    const members = membersPort(strapi);
    const author = members.publicAuthor(row.author);
    const flags = (await strapi.db.query(FLAG_UID).findMany({
      where: { post: { documentId: row.documentId } },
      select: ['reason', 'comment', 'createdAt'],
      orderBy: { createdAt: 'asc' },
    })) as { reason: FlagReason; comment: string | null; createdAt: string | Date }[];
    const topic = row.topic;
    return {
      post: toMyPost(row, topic?.documentId ?? '', (r) => members.publicAuthor(r)),
      topic: {
        documentId: topic?.documentId ?? '',
        slug: topic?.slug ?? '',
        title: topic?.title ?? '',
        locked: Boolean(topic?.locked),
        pinned: Boolean(topic?.pinned),
      },
      author: author && row.author ? { ...author, banned: Boolean(row.author.banned), approvedPosts: row.author.approvedPosts ?? 0 } : null,
      flags: flags.map((flag) => ({ reason: flag.reason, comment: flag.comment ?? null, createdAt: new Date(flag.createdAt).toISOString() })),
    };
  }

  return {
    toItem,

    async item(documentId: string): Promise<QueueItem | null> {
      const row = (await strapi.documents(UIDS.message).findFirst({ filters: { documentId }, populate: populate() })) as PostRow | null;
      return row ? toItem(row) : null;
    },

    async list(kind: QueueKind, page: number, pageSize: number): Promise<ListAnswer<QueueItem>> {
      const filters = kind === 'pending' ? { state: 'en_attente' as const } : { flagCount: { $gt: 0 }, state: { $in: ['publie' as const, 'masque' as const] } };
      const sort = kind === 'pending' ? [{ createdAt: 'asc' as const }] : [{ flagCount: 'desc' as const }, { createdAt: 'asc' as const }];
      const rows = (await strapi.documents(UIDS.message).findMany({
        filters,
        populate: populate(),
        sort,
        start: (page - 1) * pageSize,
        limit: pageSize,
      })) as PostRow[];
      const total = await strapi.documents(UIDS.message).count({ filters });
      const data: QueueItem[] = [];
      for (const row of rows) data.push(await toItem(row));
      return { data, meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } } };
    },
  };
};

export type QueueService = ReturnType<typeof queue>;
