import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import type { Actor, UserAbility } from '../engine/types';
import { intervention } from '../machines/intervention';
import { adminActor, apiActor } from '../services/actors';
import { TransitionConflictError } from '../services/workflow';
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

export interface Context {
  params: Record<string, string>;
  request: { body?: unknown };
  // `user`: the admin or users-permissions user Strapi authenticated, read by the actor helpers.
  state: { user?: any; userAbility?: UserAbility; auth?: { strategy?: { name?: string } } };
  body: unknown;
  status: number;
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  throw new errors.ValidationError(result.error.issues.map((i) => i.message).join('; '), {
    errors: result.error.issues.map((i) => ({ path: i.path.map(String), message: i.message, name: 'ValidationError' })),
  });
}

/** 409 has no typed Strapi error: answer it in Strapi's error shape. */
async function answer(ctx: Context, run: () => Promise<unknown>) {
  try {
    ctx.body = { data: await run() };
  } catch (error) {
    if (!(error instanceof TransitionConflictError)) throw error;
    ctx.status = 409;
    ctx.body = { data: null, error: { status: 409, name: error.name, message: error.message, details: error.details } };
  }
}

/** Same handlers for the admin panel and the content API; only who the actor is differs. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const actor = async (ctx: Context): Promise<Actor> =>
    ctx.state.auth?.strategy?.name === 'admin' ? adminActor(ctx.state.user, ctx.state.userAbility) : apiActor(strapi, ctx.state.user);

  return {
    async state(ctx: Context) {
      const { uid, documentId } = parse(paramsSchema, ctx.params);
      await answer(ctx, async () => getService(strapi, 'workflow').describe(uid!, documentId, await actor(ctx)));
    },

    async fire(ctx: Context) {
      const { uid, documentId, name } = parse(paramsSchema, ctx.params);
      const input = parse(bodySchema, ctx.request.body);
      await answer(ctx, async () => getService(strapi, 'workflow').fire(uid!, documentId, name!, await actor(ctx), input));
    },

    async createFiche(ctx: Context) {
      const { documentId } = parse(paramsSchema, ctx.params);
      const caller = await actor(ctx);
      // From what the caller may read, into what they may create, as in the Content Manager.
      await documentPermissions(strapi, caller.ability, INTERVENTION).assert('read', documentId);
      await answer(ctx, async () => getService(strapi, 'fiche-from-intervention').create(documentId, caller));
      if (ctx.status !== 409) ctx.status = 201;
    },

    async dashboard(ctx: Context) {
      ctx.body = { data: await getService(strapi, 'dashboard').data(ctx.state.userAbility ?? null) };
    },
  };
};
