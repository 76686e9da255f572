import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Actor } from '../engine/types';
import { TransitionConflictError } from './workflow';
import { UIDS } from '@reseau-epn/platform';

const SOLVED = ['resolue', 'cloturee'];
const WRITERS = ['technicien', 'moderateur', 'super-admin'];

function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

/** The network's fiche template, filled from what the intervention already says. */
export function ficheBody(intervention: { description?: string; resolution?: string | null; reference?: string }): string {
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
      const intervention = (await strapi.documents(UIDS.intervention).findOne({
        documentId,
        populate: ['category', 'linkedFiche'],
      } as never)) as Record<string, any> | null;
      if (!intervention) throw new errors.NotFoundError(`Aucune intervention ${documentId}.`);
      if (!SOLVED.includes(intervention.status)) {
        throw new errors.ValidationError(`L’intervention ${intervention.reference} n’est pas résolue : une fiche se crée depuis une intervention résolue ou clôturée.`);
      }
      if (intervention.linkedFiche) {
        throw new TransitionConflictError(`L’intervention ${intervention.reference} est déjà liée à la fiche « ${intervention.linkedFiche.title} ».`);
      }
      const base = slugify(intervention.title) || slugify(intervention.reference);
      const taken = await strapi.db.query(UIDS.fiche).count({ where: { slug: { $startsWith: base } } });
      const slug = taken === 0 ? base : `${base}-${taken + 1}`;
      const fiche = await strapi.documents(UIDS.fiche).create({
        locale: 'fr',
        data: {
          title: intervention.title,
          slug,
          summary: String(intervention.description ?? '').slice(0, 500),
          body: ficheBody(intervention),
          category: intervention.category?.documentId ?? null,
          sourceIntervention: documentId,
          author: actor.adminUserId,
          reviewState: 'brouillon',
        },
      } as never);
      await strapi.documents(UIDS.intervention).update({ documentId, data: { linkedFiche: fiche.documentId } } as never);
      return { documentId: fiche.documentId, slug };
    });
  },
});
