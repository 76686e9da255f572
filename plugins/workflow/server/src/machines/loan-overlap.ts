import type { Core } from '@strapi/strapi';
import { UIDS } from '@reseau-epn/platform';

/** States in which a loan holds its item. */
export const HOLDING_STATES = ['accepte', 'en_cours'] as const;

interface LoanDates {
  documentId: string;
  startDate?: string;
  endDate?: string;
  equipment?: { documentId: string } | null;
}

/** Two closed date ranges overlap when each starts before the other ends (same day counts). */
export function rangesOverlap(a: { startDate: string; endDate: string }, b: { startDate: string; endDate: string }): boolean {
  return a.startDate <= b.endDate && b.startDate <= a.endDate;
}

/**
 * Another loan of the same item, holding it on overlapping dates. Called inside the transition's
 * transaction once the item's row is locked, so concurrent acceptances see each other.
 */
export async function findOverlappingLoan(strapi: Core.Strapi, loan: LoanDates) {
  if (!loan.equipment || !loan.startDate || !loan.endDate) return null;
  return strapi.db.query(UIDS.pret).findOne({
    where: {
      documentId: { $ne: loan.documentId },
      equipment: { documentId: loan.equipment.documentId },
      state: { $in: [...HOLDING_STATES] },
      startDate: { $lte: loan.endDate },
      endDate: { $gte: loan.startDate },
    },
  }) as Promise<{ reference: string; startDate: string; endDate: string } | null>;
}
