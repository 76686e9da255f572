import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ConflictError } from '@reseau-epn/platform/strapi';
import { UIDS } from '@reseau-epn/platform';
import type { FlagReason } from '../../../../shared/contracts';
import type { ModerationConfig } from '../../config';
import { emitAfterCommit, FORUM_EVENTS } from '../events';
import { refreshTopic } from './counters';
import { forumStore } from './store';

export const FLAG_UID = UIDS.forumFlag;

const ALREADY_FLAGGED = 'Vous avez déjà signalé ce message.';

/**
 * Members flag published posts. Each member counts once per post (a unique key in the table, not
 * only a check, so two clicks at once cannot both count); at `flagThreshold` distinct members the
 * post is hidden until a moderator reviews it, and the audit log says the system did it.
 */
export const forumFlags = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = forumStore(strapi);

  return {
    async flag(memberId: number, postDocumentId: string, input: { reason: FlagReason; comment?: string }): Promise<{ flagged: true; hidden: boolean }> {
      return strapi.db.transaction(async ({ onCommit }) => {
        await store.lock(UIDS.message, { documentId: postDocumentId });
        const post = await store.postBy(postDocumentId);
        if (!post || !post.topic || post.state !== 'publie') throw new errors.NotFoundError('Ce message n’existe pas ou n’est pas publié.');
        const flagKey = `${postDocumentId}:${memberId}`;
        const flags = strapi.db.query(FLAG_UID);
        if (await flags.findOne({ where: { flagKey } })) throw new ConflictError(ALREADY_FLAGGED, { errors: [{ path: ['post'], message: ALREADY_FLAGGED }] });
        await flags.create({ data: { flagKey, post: post.id, member: memberId, reason: input.reason, comment: input.comment ?? null } });

        const count = await flags.count({ where: { post: { documentId: postDocumentId } } });
        const { flagThreshold } = strapi.config.get('plugin::moderation') as ModerationConfig;
        const hidden = count >= flagThreshold;
        await strapi.documents(UIDS.message).update({
          documentId: postDocumentId,
          data: {
            flagCount: count,
            ...(hidden ? { state: 'masque', moderationReason: 'Masqué après plusieurs signalements, en attente de relecture.' } : {}),
          },
        });
        const topic = post.topic.documentId;
        if (hidden) {
          await refreshTopic(strapi, topic);
          await strapi
            .plugin('moderation')
            .service('audit')
            .record({
              action: 'auto_hide',
              targetType: 'post',
              targetId: postDocumentId,
              targetLabel: post.body,
              actor: null,
              reason: `${count} signalements`,
            });
          emitAfterCommit(strapi, onCommit, FORUM_EVENTS.visibilityChanged, { topic, post: postDocumentId });
        }
        emitAfterCommit(strapi, onCommit, FORUM_EVENTS.flagged, { post: postDocumentId, topic, flags: count, hidden });
        return { flagged: true as const, hidden };
      });
    },
  };
};

export type ForumFlagsService = ReturnType<typeof forumFlags>;
