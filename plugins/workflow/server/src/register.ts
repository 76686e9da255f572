import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { availableTransitions } from './engine/engine';
import { guardedFields } from './engine/freezes';
import type { UserAbility } from './engine/types';
import { MACHINES } from './machines';
import { adminActor } from './services/actors';
import { writeKeepingFrozen } from './utils/frozen-writes';
import { inTransition } from './utils/transition-scope';
import { UIDS } from '@reseau-epn/platform';

const FICHE = UIDS.fiche;
const WRITES = new Set(['create', 'update', 'publish', 'unpublish']);

interface RequestState {
  user?: Parameters<typeof adminActor>[0];
  userAbility?: UserAbility;
  auth?: { strategy?: { name?: string } };
}

/**
 * Puts the machines' types under their rules for every write made over HTTP (admin panel, REST,
 * other plugins' routes): a state changes only through a transition, and what a state freezes
 * (declared next to each machine) changes only through a transition too. Server-side code (the
 * seed importer, migrations) is trusted. Also keeps fiches consistent with the admin's own
 * Publish button.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.documents.use(async (ctx, next) => {
    const machine = MACHINES[ctx.uid];
    const request = strapi.requestContext.get() as { state?: RequestState } | undefined;
    if (!machine || !request || inTransition() || !WRITES.has(ctx.action)) return next();
    const params = ctx.params as { documentId?: string; data?: Record<string, unknown> };
    const isAdmin = request.state?.auth?.strategy?.name === 'admin';
    const actor = isAdmin ? adminActor(request.state?.user, request.state?.userAbility) : null;

    const current = params.documentId
      ? await strapi.db.query(ctx.uid).findOne({ where: { documentId: params.documentId }, populate: ['createdBy'] })
      : null;
    const state = String(current?.[machine.field] ?? machine.initial);
    const label = machine.states[state] ?? state;

    if ((ctx.action === 'create' || ctx.action === 'update') && params.data && machine.field in params.data && params.data[machine.field] !== state) {
      const allowed = actor && current ? availableTransitions(machine, current, actor).map((t) => t.name) : [];
      const message = `${machine.field} ne change que par une transition du circuit (POST /api/workflow/${ctx.uid}/{documentId}/transitions/{nom}). Transitions possibles : ${allowed.join(', ') || 'aucune'}.`;
      throw new errors.ValidationError(message, { errors: [{ path: [machine.field], message, name: 'ValidationError' }] });
    }

    const freeze = machine.freezes?.[state];
    // In some states the entry belongs to some roles only (a fiche in review is the reviewers').
    if (ctx.action === 'update' && actor && freeze?.editableBy && !actor.roles.some((r) => freeze.editableBy!.includes(r))) {
      // PolicyError: a 403 whose message reaches the caller.
      throw new errors.PolicyError(`L’entrée est « ${label} » : seuls les rôles ${freeze.editableBy.join(', ')} la modifient maintenant.`);
    }
    if (ctx.action === 'update' && current && params.data && guardedFields(freeze).some((field) => field in params.data!)) {
      return writeKeepingFrozen(strapi, machine, state, params.documentId!, async () => next());
    }

    const result = await next();

    // The Content Manager's Publish and Unpublish buttons are reviews too: record them.
    if (ctx.uid === FICHE && actor && current && (ctx.action === 'publish' || ctx.action === 'unpublish')) {
      const to = ctx.action === 'publish' ? 'publiee' : 'brouillon';
      if (to !== state) {
        await strapi.db.query(FICHE).updateMany({ where: { documentId: params.documentId }, data: { reviewState: to } });
        await strapi.plugin('workflow').service('workflow').record(FICHE, params.documentId, {
          transition: ctx.action === 'publish' ? 'publication_directe' : 'depublication_directe',
          from: state,
          to,
          actor,
        });
      }
    }
    return result;
  });
};
