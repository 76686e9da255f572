import type { Machine } from '../engine/types';
import { findOverlappingLoan } from '../services/loan-overlap';

export interface LoanDoc {
  documentId: string;
  reference?: string;
  status?: string;
  startDate?: string;
  endDate?: string;
  equipment?: { id: number; documentId: string; name?: string; inventoryNumber?: string } | null;
  requester?: { name?: string; email?: string | null } | null;
  createdBy?: { id: number } | null;
}

const support = ['technicien', 'super-admin'] as const;

/** Holding the item for these dates: no other accepted or ongoing loan of it may overlap. */
const noOverlap: NonNullable<Machine<LoanDoc>['transitions'][number]['conflict']> = async ({ strapi, doc }) => {
  if (!doc.equipment) return null;
  const other = await findOverlappingLoan(strapi, doc);
  return other
    ? `${doc.equipment.name ?? 'Cet équipement'} est déjà prêté du ${other.startDate} au ${other.endDate} (${other.reference}) : ces dates se chevauchent.`
    : null;
};

/**
 * Equipment loans: demandé → accepté or refusé → en cours (equipment out) → rendu, and annulé.
 * Accepting locks the item and refuses overlapping dates, so one item is never promised twice.
 * A loan is « en retard » (computed, not a state) when its end has passed and it is not returned.
 */
export const loan: Machine<LoanDoc> = {
  uid: 'api::pret.pret',
  field: 'status',
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
  transitions: [
    {
      name: 'accepter',
      label: 'Accepter',
      from: ['demande'],
      to: 'accepte',
      roles: support,
      guard: ({ doc }) => (doc.equipment ? null : 'Choisissez l’équipement prêté avant d’accepter.'),
      conflict: noOverlap,
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
    { name: 'remettre', label: 'Remettre le matériel', from: ['accepte'], to: 'en_cours', roles: support, conflict: noOverlap },
    { name: 'rendre', label: 'Marquer comme rendu', from: ['en_cours'], to: 'rendu', roles: support },
    { name: 'annuler', label: 'Annuler', from: ['demande', 'accepte'], to: 'annule', roles: support, ownerRoles: ['animateur'] },
  ],
};
