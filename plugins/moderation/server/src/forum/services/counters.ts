import type { Core } from '@strapi/strapi';
import { UIDS } from '@reseau-epn/platform';
import type { PostState } from '../../../../shared/contracts';

/**
 * A topic's derived fields, recomputed from its posts after any change of a post's state: its
 * state mirrors its opening post's, `replyCount` counts published replies, `lastActivityAt` is
 * the latest published post (or the topic's creation). Recomputing rather than adding one keeps
 * them right whatever order approvals, hides and restores come in.
 */
export async function refreshTopic(strapi: Core.Strapi, topicDocumentId: string): Promise<void> {
  const posts = strapi.documents(UIDS.message);
  const topic = await strapi.documents(UIDS.sujet).findOne({ documentId: topicDocumentId, fields: ['createdAt'] });
  if (!topic) return;
  const opening = (await posts.findFirst({ filters: { topic: { documentId: topicDocumentId }, opening: true }, fields: ['state'] })) as {
    state: PostState;
  } | null;
  const replyCount = await posts.count({ filters: { topic: { documentId: topicDocumentId }, opening: false, state: 'publie' } });
  const latest = await posts.findFirst({
    filters: { topic: { documentId: topicDocumentId }, state: 'publie' },
    fields: ['createdAt'],
    sort: 'createdAt:desc',
  });
  await strapi.documents(UIDS.sujet).update({
    documentId: topicDocumentId,
    data: {
      state: opening?.state ?? 'en_attente',
      replyCount,
      lastActivityAt: String(latest?.createdAt ?? topic.createdAt),
    },
  });
}
