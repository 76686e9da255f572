import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ConflictError, sendConflict, validate } from '@reseau-epn/platform/strapi';
import type { ForumFlagsService } from '../services/flags';
import type { ForumPostingService } from '../services/posting';
import type { ForumReadingService } from '../services/reading';
import { documentParams, editPostBody, flagBody, isRobot, myPostsQuery, newPostBody, newTopicBody, sinceQuery, slugParams, topicsQuery } from '../input';

/** The part of Koa's context these handlers use; `state.user` is the member users-permissions authenticated. */
export interface ForumContext {
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: unknown };
  state: { user?: { id: number } };
  body: unknown;
  status: number;
}

/** The forum's content-API handlers: validate, call a service, answer the contract's shapes. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = <T>(name: string) => strapi.plugin('moderation').service(name) as T;
  const reading = () => service<ForumReadingService>('forum-reading');
  const posting = () => service<ForumPostingService>('forum-posting');
  const member = (ctx: ForumContext) => {
    if (!ctx.state.user) throw new errors.UnauthorizedError('Connectez-vous pour écrire sur le forum.');
    return { id: ctx.state.user.id };
  };
  /** Services throw ConflictError for a 409 (Strapi has no typed one); everything else is Strapi's. */
  const answering = async (ctx: ForumContext, work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      if (error instanceof ConflictError) return sendConflict(ctx, error);
      throw error;
    }
  };

  return {
    async categories(ctx: ForumContext) {
      const data = await reading().categories();
      ctx.body = { data, meta: { pagination: { page: 1, pageSize: data.length, pageCount: 1, total: data.length } } };
    },
    async topics(ctx: ForumContext) {
      ctx.body = await reading().topics(validate(topicsQuery, ctx.query));
    },
    async topic(ctx: ForumContext) {
      ctx.body = { data: await reading().topic(validate(slugParams, ctx.params).slug) };
    },
    async posts(ctx: ForumContext) {
      ctx.body = await reading().postsOf(validate(slugParams, ctx.params).slug, validate(sinceQuery, ctx.query).since);
    },
    async myPosts(ctx: ForumContext) {
      ctx.body = await reading().myPosts(member(ctx).id, validate(myPostsQuery, ctx.query).topic);
    },

    async createTopic(ctx: ForumContext) {
      const author = member(ctx);
      const input = validate(newTopicBody, ctx.request.body);
      ctx.status = 201;
      if (isRobot(input)) return void (ctx.body = { data: null });
      await answering(ctx, async () => {
        ctx.body = { data: await posting().createTopic(author, input) };
      });
    },
    async reply(ctx: ForumContext) {
      const author = member(ctx);
      const { documentId } = validate(documentParams, ctx.params);
      const input = validate(newPostBody, ctx.request.body);
      ctx.status = 201;
      if (isRobot(input)) return void (ctx.body = { data: null });
      ctx.body = { data: await posting().reply(author, documentId, input) };
    },
    async edit(ctx: ForumContext) {
      const author = member(ctx);
      const { documentId } = validate(documentParams, ctx.params);
      const { body } = validate(editPostBody, ctx.request.body);
      ctx.body = { data: await posting().edit(author, documentId, body) };
    },
    async flag(ctx: ForumContext) {
      const flagger = member(ctx);
      const { documentId } = validate(documentParams, ctx.params);
      const input = validate(flagBody, ctx.request.body);
      await answering(ctx, async () => {
        await service<ForumFlagsService>('forum-flags').flag(flagger.id, documentId, input);
        ctx.status = 201;
        ctx.body = { data: { flagged: true } };
      });
    },
  };
};
