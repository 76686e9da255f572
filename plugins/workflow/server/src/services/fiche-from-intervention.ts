import { DEFAULT_LOCALE, UIDS } from '@reseau-epn/platform';
import { ConflictError } from '@reseau-epn/platform/strapi';
import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Actor } from '../engine/types';

const SOLVED = ['resolue', 'cloturee'];
const WRITERS = ['technicien', 'moderateur', 'super-admin'];
/** Titles are cut before they become a slug: an address reads better short. */
const SLUG_SOURCE_LENGTH = 80;

/** The Content Manager's uid service (the « Régénérer » button of a slug field); untyped in Strapi. */
interface UidService {
  generateUIDField(input: { contentTypeUID: UID.ContentType; field: string; data: Record<string, unknown>; locale?: string }): Promise<string>;
}

/** The network's fiche template, filled from what the intervention already says. */
export function ficheBody(intervention: { description?: string | null; resolution?: string | null; reference?: string | null }): string {
  return [
    '## Symptômes',
    '',
    intervention.description?.trim() || '_À compléter._',
    '',
    '## Cause',
    '',
    '_À compléter : pourquoi le problème se produisait._',
    '',
    '## Solution',
    '',
    intervention.resolution?.trim() || '1. _À compléter._',
    '',
    '## Pour aller plus loin',
    '',
    `_Fiche écrite à partir de l’intervention ${intervention.reference ?? ''}._`,
    '',
  ].join('\n');
}

/**
 * « Créer une fiche »: a solved intervention becomes a draft fiche, prefilled and linked both
 * ways, so that every solved problem can become shared knowledge.
 */
export const ficheFromIntervention = ({ strapi }: { strapi: Core.Strapi }) => ({
  async create(documentId: string, actor: Actor): Promise<{ documentId: string; slug: string }> {
    if (!actor.roles.some((r) => WRITERS.includes(r))) {
      throw new errors.PolicyError('Seuls les techniciens et les modérateurs créent une fiche depuis une intervention.');
    }
    return strapi.db.transaction(async () => {
      const intervention = await strapi.documents(UIDS.intervention).findOne({ documentId, populate: ['category', 'linkedFiche'] });
      if (!intervention) throw new errors.NotFoundError(`Aucune intervention ${documentId}.`);
      if (!SOLVED.includes(intervention.state ?? '')) {
        // Naming the intervention's field at fault, as every 400 of the project does (issue 16).
        const message = `L’intervention ${intervention.reference} n’est pas résolue : une fiche se crée depuis une intervention résolue ou clôturée.`;
        throw new errors.ValidationError(message, { errors: [{ path: ['state'], message, name: 'ValidationError' }] });
      }
      if (intervention.linkedFiche) {
        throw new ConflictError(`L’intervention ${intervention.reference} est déjà liée à la fiche « ${intervention.linkedFiche.title} ».`);
      }
      // Strapi's own uid service, as the slug field's button: the first free `titre`, `titre-1`… in the locale.
      const uids = strapi.service('plugin::content-manager.uid') as UidService;
      const slug = await uids.generateUIDField({
        contentTypeUID: UIDS.fiche,
        field: 'slug',
        data: { title: (intervention.title?.trim() || intervention.reference || '').slice(0, SLUG_SOURCE_LENGTH) },
        locale: DEFAULT_LOCALE,
      });
      const fiche = await strapi.documents(UIDS.fiche).create({
        locale: DEFAULT_LOCALE,
        data: {
          title: intervention.title ?? '',
          slug,
          summary: String(intervention.description ?? '').slice(0, 500),
          body: ficheBody(intervention),
          category: intervention.category?.documentId ?? null,
          sourceIntervention: documentId,
          author: actor.adminUserId,
          reviewState: 'brouillon',
        },
      });
      await strapi.documents(UIDS.intervention).update({ documentId, data: { linkedFiche: fiche.documentId } });
      return { documentId: fiche.documentId, slug };
    });
  },
});
