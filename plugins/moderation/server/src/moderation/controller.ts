import type { Core } from '@strapi/strapi';
import { ConflictError, sendConflict, validate } from '@reseau-epn/platform/strapi';
import { auditQuery, banBody, memberParams, moderationBody, postParams, queueQuery, topicParams } from './input';
import type { ActionsService, Actor } from './services/actions';
import type { AuditService } from './services/audit';
import type { QueueService } from './services/queue';

interface AdminUser {
  id: number;
  firstname?: string | null;
  lastname?: string | null;
  username?: string | null;
}

export interface ModerationContext {
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: unknown };
  state: { user?: AdminUser };
  body: unknown;
  status: number;
}

/** The moderator by the name the admin shows (never their login address). */
const actorOf = (ctx: ModerationContext): Actor => {
  const user = ctx.state.user!;
  const name = [user.firstname, user.lastname].filter(Boolean).join(' ') || user.username || `administrateur n° ${user.id}`;
  return { id: user.id, name };
};

/** The admin's moderation routes (queue, actions, journal): validate, call a service, answer. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = <T>(name: string) => strapi.plugin('moderation').service(name) as T;
  const actions = () => service<ActionsService>('actions');
  const answering = async (ctx: ModerationContext, work: () => Promise<unknown>) => {
    try {
      ctx.body = { data: await work() };
    } catch (error) {
      if (error instanceof ConflictError) return sendConflict(ctx, error);
      throw error;
    }
  };

  return {
    async queue(ctx: ModerationContext) {
      const { kind, page, pageSize } = validate(queueQuery, ctx.query);
      ctx.body = await service<QueueService>('queue').list(kind, page, pageSize);
    },
    async audit(ctx: ModerationContext) {
      const { page, pageSize } = validate(auditQuery, ctx.query);
      ctx.body = await service<AuditService>('audit').page(page, pageSize);
    },
    async post(ctx: ModerationContext) {
      const { documentId, action } = validate(postParams, ctx.params);
      const body = validate(moderationBody, ctx.request.body);
      await answering(ctx, () => actions().post(documentId, action, body, actorOf(ctx)));
    },
    async topic(ctx: ModerationContext) {
      const { documentId, action } = validate(topicParams, ctx.params);
      const body = validate(moderationBody, ctx.request.body);
      await answering(ctx, () => actions().topic(documentId, action, body, actorOf(ctx)));
    },
    async member(ctx: ModerationContext) {
      const { documentId, action } = validate(memberParams, ctx.params);
      const body = validate(banBody, ctx.request.body);
      await answering(ctx, () => actions().member(documentId, action, body, actorOf(ctx)));
    },
  };
};
