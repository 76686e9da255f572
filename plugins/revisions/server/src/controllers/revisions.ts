import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { currentAuthor } from '../utils/author';

const target = z.object({ uid: z.string().min(1), documentId: z.string().min(1).optional() });
const revisionId = z.coerce.number().int().positive();
const diffQuery = z.object({ from: revisionId, to: revisionId });
const localeQuery = z.object({ locale: z.string().min(2).max(10).optional() });

export interface Context {
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  throw new errors.ValidationError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '), {
    errors: result.error.issues.map((i) => ({ path: i.path.map(String), message: i.message, name: 'ValidationError' })),
  });
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.plugin('revisions').service('revisions');
  return {
    async list(ctx: Context) {
      const { uid, documentId } = parse(target, ctx.params);
      const { locale } = parse(localeQuery, ctx.query);
      ctx.body = { data: await service().list(uid, documentId!, locale ?? null) };
    },
    async get(ctx: Context) {
      const { uid, documentId } = parse(target, ctx.params);
      ctx.body = { data: await service().get(uid, documentId!, parse(revisionId, ctx.params.id)) };
    },
    async diff(ctx: Context) {
      const { uid, documentId } = parse(target, ctx.params);
      const { from, to } = parse(diffQuery, ctx.query);
      ctx.body = { data: await service().diff(uid, documentId!, from, to) };
    },
    async restore(ctx: Context) {
      const { uid, documentId } = parse(target, ctx.params);
      ctx.body = { data: await service().restore(uid, documentId!, parse(revisionId, ctx.params.id), currentAuthor(strapi)) };
    },
    async publicHistory(ctx: Context) {
      const { uid } = parse(target, ctx.params);
      ctx.body = { data: await service().publicHistory(uid) };
    },
    async publicHistoryOf(ctx: Context) {
      const { uid, documentId } = parse(target, ctx.params);
      const { locale } = parse(localeQuery, ctx.query);
      ctx.body = { data: await service().publicHistoryOf(uid, documentId!, locale) };
    },
  };
};
