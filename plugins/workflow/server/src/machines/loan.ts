import { UIDS } from '@reseau-epn/platform';
import { ConflictError } from '@reseau-epn/platform/strapi';
import { z } from 'zod';
import type { EffectInput, Machine, Transition } from '../engine/types';
import { findOverlappingLoan, HOLDING_STATES } from './loan-overlap';

export interface LoanDoc {
  documentId: string;
  reference?: string;
  state?: string;
  startDate?: string;
  endDate?: string;
  equipment?: { id: number; documentId: string; name?: string; inventoryNumber?: string } | null;
  requester?: { name?: string; email?: string | null } | null;
  createdBy?: { id: number } | null;
}

const support = ['technicien', 'super-admin'] as const;

/** What a decision on a loan is about: which item, on which dates. */
const DECIDED = ['equipment', 'startDate', 'endDate'] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date attendue au format AAAA-MM-JJ');
const atLeastOne = (value: Record<string, unknown>) => Object.keys(value).length > 0;

/** `reprogrammer`: new dates and/or another item (by documentId). */
const reschedule = z
  .object({ startDate: isoDate.optional(), endDate: isoDate.optional(), equipment: z.string().min(1, 'documentId de l’équipement').optional() })
  .strict()
  .refine(atLeastOne, 'Donnez dans « data » les nouvelles valeurs : startDate, endDate et/ou equipment.');
/** `prolonger`: the item is out; only its return date moves. */
const extend = z.object({ endDate: isoDate }).strict();

/** A transition into a state that holds the item (accepting, handing over, rescheduling, extending). */
const holds = (transition: Transition<LoanDoc>) => (HOLDING_STATES as readonly string[]).includes(transition.to);

const tellRequester =
  (what: string) =>
  async ({ doc, notify }: EffectInput<LoanDoc>) =>
    notify({
      to: doc.requester?.email,
      subject: `Prêt ${doc.reference} ${what}`,
      text: `Votre prêt ${doc.reference} (${doc.equipment?.name ?? 'matériel'}) est ${what} : du ${doc.startDate} au ${doc.endDate}.\n`,
    });

/**
 * Equipment loans: demandé → accepté or refusé → en cours (equipment out) → rendu, and annulé.
 * Entering a holding state locks the item and refuses overlapping dates (`locks`, `conflicts`).
 * Once decided, the item and the dates are frozen: they change only by `reprogrammer` (accepted)
 * or `prolonger` (out), which check overlaps again under the same lock.
 * A loan is « en retard » (computed, not a state) when its end has passed and it is not returned.
 */
export const loan: Machine<LoanDoc> = {
  uid: UIDS.pret,
  field: 'state',
  initial: 'demande',
  states: {
    demande: 'Demandé',
    accepte: 'Accepté',
    refuse: 'Refusé',
    en_cours: 'En cours',
    rendu: 'Rendu',
    annule: 'Annulé',
  },
  populate: ['equipment', 'requester', 'createdBy'],
  ownerOf: (doc) => doc.createdBy?.id ?? null,
  // Holding the item is exclusive: its row is locked, then no other accepted or ongoing loan of
  // it may overlap these dates (409), so one item is never promised twice, even concurrently.
  locks: ({ doc, transition }) => (holds(transition) && doc.equipment ? [{ uid: UIDS.equipement, documentId: doc.equipment.documentId }] : []),
  conflicts: async ({ strapi, doc, transition }) => {
    if (!holds(transition) || !doc.equipment) return null;
    const other = await findOverlappingLoan(strapi, doc);
    if (!other) return null;
    const item = doc.equipment.name ?? 'Cet équipement';
    return new ConflictError(`${item} est déjà prêté du ${other.startDate} au ${other.endDate} (${other.reference}) : ces dates se chevauchent.`);
  },
  // A request is its requester's to edit; after the decision, its item and dates are history.
  freezes: {
    accepte: { fields: DECIDED },
    en_cours: { fields: DECIDED },
    rendu: { fields: DECIDED },
    refuse: { fields: DECIDED },
    annule: { fields: DECIDED },
  },
  transitions: [
    {
      name: 'accepter',
      label: 'Accepter',
      from: ['demande'],
      to: 'accepte',
      roles: support,
      guard: ({ doc }) => (doc.equipment ? null : 'Choisissez l’équipement prêté avant d’accepter.'),
      effects: [
        async ({ doc, notify }) =>
          notify({
            to: doc.requester?.email,
            subject: `Prêt ${doc.reference} accepté`,
            text: `Votre demande de prêt ${doc.reference} (${doc.equipment?.name}) du ${doc.startDate} au ${doc.endDate} est acceptée.\n`,
          }),
      ],
    },
    {
      name: 'refuser',
      label: 'Refuser',
      from: ['demande'],
      to: 'refuse',
      roles: support,
      guard: ({ comment }) => (comment?.trim() ? null : 'Dites dans un commentaire pourquoi la demande est refusée.'),
    },
    {
      name: 'reprogrammer',
      label: 'Reprogrammer',
      from: ['accepte'],
      to: 'accepte',
      roles: support,
      payload: { fields: DECIDED, schema: reschedule },
      effects: [tellRequester('reprogrammé')],
    },
    { name: 'remettre', label: 'Remettre le matériel', from: ['accepte'], to: 'en_cours', roles: support },
    {
      name: 'prolonger',
      label: 'Prolonger',
      from: ['en_cours'],
      to: 'en_cours',
      roles: support,
      payload: { fields: ['endDate'], schema: extend },
      effects: [tellRequester('prolongé')],
    },
    { name: 'rendre', label: 'Marquer comme rendu', from: ['en_cours'], to: 'rendu', roles: support },
    { name: 'annuler', label: 'Annuler', from: ['demande', 'accepte'], to: 'annule', roles: support, ownerRoles: ['animateur'] },
  ],
};
