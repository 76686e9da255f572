import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { availableTransitions } from './engine/engine';
import { MACHINES } from './machines';
import { adminActor } from './services/actors';
import { inTransition } from './utils/transition-scope';

const FICHE = 'api::fiche.fiche';
/** States in which a fiche is still its author's to edit. */
const AUTHOR_STATES = ['brouillon', 'modifications_demandees'];
const REVIEWERS = ['moderateur', 'super-admin'];

/**
 * Puts the state fields under the machines' rules for every write made over HTTP (admin panel
 * and REST): a state changes only through a transition. Server-side code (the seed importer,
 * migrations) is trusted. Also keeps fiches consistent with the admin's own Publish button.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.documents.use(async (ctx, next) => {
    const machine = MACHINES[ctx.uid];
    const request = strapi.requestContext.get() as { state?: { user?: Parameters<typeof adminActor>[0]; auth?: { strategy?: { name?: string } } } } | undefined;
    if (!machine || !request || inTransition()) return next();
    const params = ctx.params as { documentId?: string; data?: Record<string, unknown> };
    const isAdmin = request.state?.auth?.strategy?.name === 'admin';
    const actor = isAdmin ? adminActor(request?.state?.user) : null;

    const current = params.documentId
      ? await strapi.db.query(ctx.uid).findOne({ where: { documentId: params.documentId }, populate: ['createdBy'] })
      : null;
    const state = String(current?.[machine.field] ?? machine.initial);

    if ((ctx.action === 'create' || ctx.action === 'update') && params.data && machine.field in params.data && params.data[machine.field] !== state) {
      const allowed = actor && current ? availableTransitions(machine, current, actor).map((t) => t.name) : [];
      const message = `${machine.field} ne change que par une transition du circuit (POST /api/workflow/${ctx.uid}/{documentId}/transitions/{nom}). Transitions possibles : ${allowed.join(', ') || 'aucune'}.`;
      throw new errors.ValidationError(message, { errors: [{ path: [machine.field], message, name: 'ValidationError' }] });
    }

    // An author edits a fiche while it is theirs: in review or published, it is the reviewers'.
    if (ctx.uid === FICHE && ctx.action === 'update' && actor && !actor.roles.some((r) => REVIEWERS.includes(r)) && !AUTHOR_STATES.includes(state)) {
      throw new errors.ForbiddenError(`La fiche est « ${machine.states[state]} » : seuls les modérateurs la modifient maintenant.`);
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
