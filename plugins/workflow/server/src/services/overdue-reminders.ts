import { parisToday, UIDS } from '@reseau-epn/platform';
import type { Core } from '@strapi/strapi';
import { HOLDING_STATES } from '../machines/loan-overlap';
import { getService } from '../utils/get-service';
import type { Notice } from './notifications';

interface OverdueLoan {
  documentId: string;
  reference: string;
  endDate: string;
  requester?: { name?: string | null; email?: string | null } | null;
  equipment?: { name?: string | null } | null;
}

/**
 * The daily job: each borrower of an overdue loan gets a reminder. Every reminder is queued
 * first, then each is tried on its own: a recipient the SMTP server refuses holds up nobody,
 * and its reminder is retried on the notifications' schedule. Returns how many were sent now.
 */
export const overdueReminders = ({ strapi }: { strapi: Core.Strapi }) => ({
  async run(now = new Date()): Promise<number> {
    const today = parisToday(now);
    const overdue: OverdueLoan[] = await strapi.db.query(UIDS.pret).findMany({
      where: { state: { $in: [...HOLDING_STATES] }, endDate: { $lt: today } },
      populate: ['requester', 'equipment'],
    });
    const notifications = getService(strapi, 'notifications');
    const queued: number[] = [];
    for (const loan of overdue) {
      if (!loan.requester?.email) continue;
      const reminder: Notice = {
        to: loan.requester.email,
        subject: `Prêt ${loan.reference} en retard : ${loan.equipment?.name ?? 'matériel'} à rendre`,
        text: `Bonjour ${loan.requester?.name ?? ''},\n\nLe prêt ${loan.reference} (${loan.equipment?.name ?? 'matériel'}) devait se terminer le ${loan.endDate}. Merci de rapporter le matériel à son point de prêt ou de répondre à ce message pour convenir d'une date.\n\nL'équipe technique du réseau\n`,
      };
      queued.push(...(await notifications.queue([reminder], `${UIDS.pret} ${loan.documentId} : rappel de retard`)));
    }
    const report = await notifications.deliver(queued, now);
    if (overdue.length > 0) {
      strapi.log.info(`[workflow] overdue loans: ${overdue.length}, reminders sent: ${report.sent}, to retry: ${report.retrying}, given up: ${report.failed}`);
    }
    return report.sent;
  },
});
