import { UIDS } from '@reseau-epn/platform';
import type { Modules } from '@strapi/strapi';
import type { EffectInput, Machine } from '../engine/types';

export interface InterventionDoc {
  documentId: string;
  reference?: string;
  title?: string;
  state?: string;
  resolution?: string | null;
  assignee?: { id: number } | null;
  createdBy?: { id: number; email?: string } | null;
}

const support = ['technicien', 'super-admin'] as const;
const needsComment =
  (why: string) =>
  ({ comment }: { comment?: string }) =>
    comment?.trim() ? null : why;

type InterventionInput = Modules.Documents.Params.Data.PartialInput<typeof UIDS.intervention>;

const setFields =
  (data: (input: { actorId: number | null; comment?: string; doc: InterventionDoc }) => InterventionInput) =>
  async ({ strapi, documentId, actor, comment, doc }: EffectInput<InterventionDoc>) => {
    await strapi.documents(UIDS.intervention).update({ documentId, data: data({ actorId: actor.adminUserId, comment, doc }) });
  };

/** The follow-up log is a record of what was done: entries are added, never rewritten. */
const LOG = { appendOnly: ['log'] } as const;
/** Once resolved, the resolution and who gave it are the decision; reopening unfreezes them. */
const SETTLED = { fields: ['resolution', 'assignee'], appendOnly: ['log'] } as const;

/**
 * Support follow-up: nouvelle → prise en charge → en cours ⇄ en attente → résolue → clôturée,
 * reopened from résolue or clôturée. Every change lands in the history with its time, from
 * which time to first response and time to resolution are computed.
 */
export const intervention: Machine<InterventionDoc> = {
  uid: UIDS.intervention,
  field: 'state',
  initial: 'nouvelle',
  states: {
    nouvelle: 'Nouvelle',
    prise_en_charge: 'Prise en charge',
    en_cours: 'En cours',
    en_attente: 'En attente',
    resolue: 'Résolue',
    cloturee: 'Clôturée',
  },
  populate: ['assignee', 'createdBy'],
  ownerOf: (doc) => doc.createdBy?.id ?? null,
  freezes: {
    nouvelle: LOG,
    prise_en_charge: LOG,
    en_cours: LOG,
    en_attente: LOG,
    resolue: SETTLED,
    cloturee: SETTLED,
  },
  transitions: [
    {
      name: 'prendre_en_charge',
      label: 'Prendre en charge',
      from: ['nouvelle'],
      to: 'prise_en_charge',
      roles: support,
      // The one who takes it on becomes the assignee, unless someone was already assigned.
      effects: [setFields(({ actorId, doc }) => (doc.assignee ? {} : { assignee: actorId }))],
    },
    { name: 'demarrer', label: 'Démarrer', from: ['prise_en_charge'], to: 'en_cours', roles: support },
    {
      name: 'mettre_en_attente',
      label: 'Mettre en attente',
      from: ['en_cours'],
      to: 'en_attente',
      roles: support,
      guard: needsComment('Dites dans un commentaire ce qui est attendu (de l’espace, de pièces…).'),
    },
    { name: 'reprendre', label: 'Reprendre', from: ['en_attente'], to: 'en_cours', roles: support },
    {
      name: 'resoudre',
      label: 'Marquer comme résolue',
      from: ['en_cours', 'en_attente'],
      to: 'resolue',
      roles: support,
      guard: ({ doc, comment }) => (doc.resolution?.trim() || comment?.trim() ? null : 'Décrivez la résolution (champ « resolution » ou commentaire).'),
      effects: [setFields(({ doc, comment }) => (doc.resolution?.trim() ? {} : { resolution: comment }))],
    },
    {
      name: 'cloturer',
      label: 'Clôturer',
      from: ['resolue'],
      to: 'cloturee',
      roles: support,
      ownerRoles: ['animateur'],
    },
    {
      name: 'reouvrir',
      label: 'Rouvrir',
      from: ['resolue', 'cloturee'],
      to: 'en_cours',
      roles: support,
      ownerRoles: ['animateur'],
      guard: needsComment('Dites dans un commentaire pourquoi la demande est rouverte.'),
    },
  ],
};
