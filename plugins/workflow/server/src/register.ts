import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { availableTransitions } from './engine/engine';
import { guardedFields } from './engine/freezes';
import type { DocumentAction, UserAbility } from './engine/types';
import { MACHINES } from './machines';
import { adminActor, type AuthenticatedUser } from './services/actors';
import { writeKeepingFrozen } from './utils/frozen-writes';
import { getService } from './utils/get-service';
import { inTransition } from './utils/transition-scope';

const WRITES = new Set(['create', 'update', 'publish', 'unpublish']);
/** Content Manager actions a machine may declare as transitions of their own (`trigger`). */
const TRIGGERS = new Set<string>(['publish', 'unpublish'] satisfies DocumentAction[]);

interface RequestState {
  user?: AuthenticatedUser;
  userAbility?: UserAbility;
  auth?: { strategy?: { name?: string } };
}

/**
 * Puts the machines' types under their rules for every write made over HTTP (admin panel, REST,
 * other plugins' routes): a state changes only through a transition, and what a state freezes
 * (declared next to each machine) changes only through a transition too. The Content Manager's
 * own Publish and Unpublish buttons go through the transition they trigger (a fiche's
 * `publication_directe`): the one door that writes a state. Server-side code (the seed
 * importer, migrations) is trusted.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.documents.use(async (ctx, next) => {
    const machine = MACHINES[ctx.uid];
    const request = strapi.requestContext.get() as { state?: RequestState } | undefined;
    if (!machine || !request || inTransition() || !WRITES.has(ctx.action)) return next();
    const params = ctx.params as { documentId?: string; data?: Record<string, unknown> };
    const isAdmin = request.state?.auth?.strategy?.name === 'admin';
    const actor = isAdmin ? adminActor(request.state?.user, request.state?.userAbility) : null;

    const current = params.documentId ? await strapi.db.query(ctx.uid).findOne({ where: { documentId: params.documentId }, populate: ['createdBy'] }) : null;
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

    // Publish and Unpublish in the admin panel are review decisions: the transition they trigger runs around them.
    if (actor && current && TRIGGERS.has(ctx.action)) {
      return getService(strapi, 'workflow').fireOnAction(ctx.uid, params.documentId!, ctx.action as DocumentAction, actor, async () => next());
    }
    return next();
  });
};
