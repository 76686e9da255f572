import type { Core } from '@strapi/strapi';
import { findOverlappingLoan, HOLDING_STATES } from '../machines/loan-overlap';

/**
 * The loans' overlap rule for the app's public routes (a loan request is refused at once when
 * its dates overlap a loan holding the item): the same query the acceptance checks, not a copy.
 */
export const loanOverlap = ({ strapi }: { strapi: Core.Strapi }) => ({
  holdingStates: HOLDING_STATES,
  find: (loan: { startDate: string; endDate: string; equipmentDocumentId: string }) =>
    findOverlappingLoan(strapi, { documentId: '', startDate: loan.startDate, endDate: loan.endDate, equipment: { documentId: loan.equipmentDocumentId } }),
});

export type LoanOverlapService = ReturnType<typeof loanOverlap>;
