import type { Core } from '@strapi/strapi';
import { validate } from '@reseau-epn/platform/strapi';
import { z } from 'zod';
import { currentAuthor } from '../utils/author';
import { getService } from '../utils/get-service';

const revisionId = z.coerce.number().int().positive();
const typeParams = z.object({ uid: z.string().min(1) });
const documentParams = typeParams.extend({ documentId: z.string().min(1) });
const revisionParams = documentParams.extend({ id: revisionId });
const diffQuery = z.object({ from: revisionId, to: revisionId });
const localeQuery = z.object({ locale: z.string().min(2).max(10).optional() });

export interface Context {
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
}

/** Thin: each route checks its input (a 400 naming the field), asks the service, answers `{ data }`. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService(strapi, 'revisions');
  return {
    async list(ctx: Context) {
      const { uid, documentId } = validate(documentParams, ctx.params);
      const { locale } = validate(localeQuery, ctx.query);
      ctx.body = { data: await service().list(uid, documentId, locale ?? null) };
    },
    async get(ctx: Context) {
      const { uid, documentId, id } = validate(revisionParams, ctx.params);
      ctx.body = { data: await service().get(uid, documentId, id) };
    },
    async diff(ctx: Context) {
      const { uid, documentId } = validate(documentParams, ctx.params);
      const { from, to } = validate(diffQuery, ctx.query);
      ctx.body = { data: await service().diff(uid, documentId, from, to) };
    },
    async restore(ctx: Context) {
      const { uid, documentId, id } = validate(revisionParams, ctx.params);
      ctx.body = { data: await service().restore(uid, documentId, id, currentAuthor(strapi)) };
    },
    async publicHistory(ctx: Context) {
      const { uid } = validate(typeParams, ctx.params);
      ctx.body = { data: await service().publicHistory(uid) };
    },
    async publicHistoryOf(ctx: Context) {
      const { uid, documentId } = validate(documentParams, ctx.params);
      const { locale } = validate(localeQuery, ctx.query);
      ctx.body = { data: await service().publicHistoryOf(uid, documentId, locale) };
    },
  };
};
