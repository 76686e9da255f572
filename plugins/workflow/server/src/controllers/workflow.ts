import { sendConflict, ConflictError, validate } from '@reseau-epn/platform/strapi';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import type { Actor, UserAbility } from '../engine/types';
import { intervention } from '../machines/intervention';
import { adminActor, apiActor, type AuthenticatedUser } from '../services/actors';
import { documentPermissions } from '../utils/document-permissions';
import { getService } from '../utils/get-service';

const INTERVENTION = intervention.uid;

const paramsSchema = z.object({
  uid: z.string().min(1).optional(),
  documentId: z.string().min(1, 'documentId is required'),
  name: z.string().min(1).optional(),
});
const bodySchema = z
  .object({
    comment: z.string().max(2000, 'comment: 2000 characters at most').optional(),
    /** New values a transition sets (its payload, e.g. a loan's new dates); each transition validates its own. */
    data: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

/** The part of Koa's context the handlers use. */
export interface Context {
  params: Record<string, string>;
  request: { body?: unknown };
  state: { user?: AuthenticatedUser; userAbility?: UserAbility; auth?: { strategy?: { name?: string } } };
  body: unknown;
  status: number;
}

/** Answers `{ data }`, or a 409 in Strapi's error shape: Strapi has no typed 409. */
async function answer(ctx: Context, run: () => Promise<unknown>, status = 200) {
  try {
    ctx.body = { data: await run() };
    ctx.status = status;
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    sendConflict(ctx, error);
  }
}

/** Same handlers for the admin panel and the content API; only who the actor is differs. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const actor = async (ctx: Context): Promise<Actor> =>
    ctx.state.auth?.strategy?.name === 'admin' ? adminActor(ctx.state.user, ctx.state.userAbility) : apiActor(strapi, ctx.state.user);

  return {
    async state(ctx: Context) {
      const { uid = '', documentId } = validate(paramsSchema, ctx.params);
      await answer(ctx, async () => getService(strapi, 'workflow').describe(uid, documentId, await actor(ctx)));
    },

    async fire(ctx: Context) {
      const { uid = '', documentId, name = '' } = validate(paramsSchema, ctx.params);
      const input = validate(bodySchema, ctx.request.body);
      await answer(ctx, async () => getService(strapi, 'workflow').fire(uid, documentId, name, await actor(ctx), input));
    },

    async createFiche(ctx: Context) {
      const { documentId } = validate(paramsSchema, ctx.params);
      const caller = await actor(ctx);
      // From what the caller may read, into what they may create, as in the Content Manager.
      await documentPermissions(strapi, caller.ability, INTERVENTION).assert('read', documentId);
      await answer(ctx, async () => getService(strapi, 'fiche-from-intervention').create(documentId, caller), 201);
    },

    async dashboard(ctx: Context) {
      ctx.body = { data: await getService(strapi, 'dashboard').data(ctx.state.userAbility ?? null) };
    },
  };
};
