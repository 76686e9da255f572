import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ConflictError, validationError } from '@reseau-epn/platform/strapi';
import { UIDS } from '@reseau-epn/platform';
import type { MemberAction, ModeratedMember, ModerationBody, PostAction, PublicTopic, QueueItem, TopicAction } from '../../../../shared/contracts';
import { membersPort } from '../../forum/authors';
import type { AuthorRow } from '../../forum/rows';
import { emitAfterCommit, FORUM_EVENTS, type OnCommit } from '../../forum/events';
import { toPublicTopic } from '../../forum/present';
import { refreshTopic } from '../../forum/services/counters';
import { FLAG_UID } from '../../forum/services/flags';
import { forumStore } from '../../forum/services/store';
import { POST_TRANSITIONS, STATE_LABELS, TOPIC_FLAGS } from '../transitions';
import type { AuditService } from './audit';
import type { QueueService } from './queue';

/** The moderator acting, as the admin knows them. */
export interface Actor {
  id: number;
  name: string;
}

const requireReason = (reason: string | undefined): string => {
  if (!reason) throw validationError([{ path: ['reason'], message: 'Un motif est requis pour cette action.' }]);
  return reason;
};

/**
 * Moderators' actions on posts, topics and members. Each runs in one transaction with its audit
 * entry and announces what changed on the event hub once committed (notifications mail, the
 * launcher rebuilds the site).
 */
export const actions = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = forumStore(strapi);
  const service = <T>(name: string) => strapi.plugin('moderation').service(name) as T;
  const audit = () => service<AuditService>('audit');
  const changed = (onCommit: OnCommit, topic: string) => emitAfterCommit(strapi, onCommit, FORUM_EVENTS.visibilityChanged, { topic });

  async function creditAuthor(userId: number) {
    await store.lock(UIDS.user, { id: userId });
    const user = (await strapi.db.query(UIDS.user).findOne({ where: { id: userId } })) as AuthorRow | null;
    await strapi.db.query(UIDS.user).update({ where: { id: userId }, data: { approvedPosts: (user?.approvedPosts ?? 0) + 1 } });
  }

  return {
    async post(documentId: string, action: PostAction, body: ModerationBody, actor: Actor): Promise<QueueItem> {
      const transition = POST_TRANSITIONS[action];
      const reason = transition.reasonRequired ? requireReason(body.reason) : body.reason;
      await strapi.db.transaction(async ({ onCommit }) => {
        await store.lock(UIDS.message, { documentId });
        const post = await store.postBy(documentId);
        if (!post || !post.topic) throw new errors.NotFoundError('Ce message n’existe pas.');
        if (!transition.from.includes(post.state)) {
          throw new ConflictError(`Action impossible : ce message est ${STATE_LABELS[post.state]}.`, { state: post.state, action });
        }
        const published = transition.to === 'publie';
        await strapi.documents(UIDS.message).update({
          documentId,
          data: { state: transition.to, moderationReason: published ? '' : reason, ...(published ? { flagCount: 0 } : {}) },
        });
        // A reviewed post starts over: the flags that brought it here are dismissed.
        if (published) await strapi.db.query(FLAG_UID).deleteMany({ where: { post: { documentId } } });
        if (action === 'approve' && post.state === 'en_attente' && post.author) await creditAuthor(post.author.id);
        const topic = post.topic.documentId;
        await refreshTopic(strapi, topic);
        await audit().record({ action, targetType: 'post', targetId: documentId, targetLabel: post.body, actor: actor.name, actorId: actor.id, reason });

        if (published && post.state !== 'publie')
          emitAfterCommit(strapi, onCommit, FORUM_EVENTS.published, { post: documentId, topic, opening: Boolean(post.opening) });
        if (action === 'reject') emitAfterCommit(strapi, onCommit, FORUM_EVENTS.rejected, { post: documentId, topic, reason });
        if (post.state === 'publie' && !published) changed(onCommit, topic);
      });
      return (await service<QueueService>('queue').item(documentId))!;
    },

    async topic(documentId: string, action: TopicAction, body: ModerationBody, actor: Actor): Promise<PublicTopic> {
      await strapi.db.transaction(async ({ onCommit }) => {
        await store.lock(UIDS.sujet, { documentId });
        const topic = await store.topicBy({ documentId });
        if (!topic) throw new errors.NotFoundError('Ce sujet n’existe pas.');
        let data: Record<string, unknown>;
        if (action === 'move') {
          if (!body.category) throw validationError([{ path: ['category'], message: 'La catégorie de destination est requise.' }]);
          const category = await strapi.documents(UIDS.categorie).findFirst({ locale: 'fr', filters: { slug: body.category }, fields: ['slug'] });
          if (!category) throw validationError([{ path: ['category'], message: `Aucune catégorie « ${body.category} ».` }]);
          if (topic.category?.slug === body.category) throw new ConflictError('Ce sujet est déjà dans cette catégorie.', { action });
          data = { category: { documentId: category.documentId, locale: 'fr' } };
        } else {
          const { field, value, already } = TOPIC_FLAGS[action];
          if (Boolean(topic[field]) === value) throw new ConflictError(already, { action });
          data = { [field]: value };
        }
        await strapi.documents(UIDS.sujet).update({ documentId, data });
        await audit().record({
          action,
          targetType: 'topic',
          targetId: documentId,
          targetLabel: topic.title,
          actor: actor.name,
          actorId: actor.id,
          reason: body.reason ?? null,
        });
        if (topic.state === 'publie') changed(onCommit, documentId);
      });
      const row = (await store.topicBy({ documentId }))!;
      return toPublicTopic(row, (author) => membersPort(strapi).publicAuthor(author));
    },

    /** Ban (optionally hiding the member's published posts) or lift a ban. */
    async member(documentId: string, action: MemberAction, body: { reason?: string; hidePosts?: boolean }, actor: Actor): Promise<ModeratedMember> {
      const reason = action === 'ban' ? requireReason(body.reason) : (body.reason ?? null);
      return strapi.db.transaction(async ({ onCommit }) => {
        const user = (await strapi.db.query(UIDS.user).findOne({ where: { documentId } })) as AuthorRow | null;
        if (!user || user.deletedAt) throw new errors.NotFoundError('Ce membre n’existe pas.');
        if (Boolean(user.banned) === (action === 'ban'))
          throw new ConflictError(action === 'ban' ? 'Ce membre est déjà banni.' : 'Ce membre n’est pas banni.', { action });
        await strapi.db.query(UIDS.user).update({
          where: { id: user.id },
          data: action === 'ban' ? { banned: true, bannedAt: new Date(), banReason: reason } : { banned: false, bannedAt: null, banReason: null },
        });
        if (action === 'ban' && body.hidePosts) {
          const posts = await strapi.documents(UIDS.message).findMany({
            filters: { author: { id: user.id }, state: 'publie' },
            fields: ['documentId'],
            populate: { topic: { fields: ['documentId'] } },
          });
          const topics = new Set<string>();
          for (const post of posts as { documentId: string; topic?: { documentId: string } | null }[]) {
            await strapi.documents(UIDS.message).update({ documentId: post.documentId, data: { state: 'masque', moderationReason: reason ?? undefined } });
            if (post.topic) topics.add(post.topic.documentId);
          }
          for (const topic of topics) {
            await refreshTopic(strapi, topic);
            changed(onCommit, topic);
          }
        }
        await audit().record({ action, targetType: 'member', targetId: documentId, targetLabel: user.username, actor: actor.name, actorId: actor.id, reason });
        return { documentId, username: user.username, banned: action === 'ban' };
      });
    },
  };
};

export type ActionsService = ReturnType<typeof actions>;
