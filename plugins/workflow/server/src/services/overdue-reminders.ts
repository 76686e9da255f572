import type { Core } from '@strapi/strapi';
import { HOLDING_STATES } from './loan-overlap';
import { parisToday } from './response-times';

/** The daily job: each borrower of an overdue loan gets a reminder. Returns how many were sent. */
export const overdueReminders = ({ strapi }: { strapi: Core.Strapi }) => ({
  async run(now = new Date()): Promise<number> {
    const today = parisToday(now);
    const overdue: any[] = await strapi.db.query('api::pret.pret').findMany({
      where: { status: { $in: [...HOLDING_STATES] }, endDate: { $lt: today } },
      populate: ['requester', 'equipment'],
    });
    const mailer = strapi.plugin('workflow').service('mailer');
    let sent = 0;
    for (const loan of overdue) {
      const to = loan.requester?.email;
      if (!to) continue;
      await mailer.send({
        to,
        subject: `Prêt ${loan.reference} en retard : ${loan.equipment?.name ?? 'matériel'} à rendre`,
        text: `Bonjour ${loan.requester.name ?? ''},\n\nLe prêt ${loan.reference} (${loan.equipment?.name ?? 'matériel'}) devait se terminer le ${loan.endDate}. Merci de rapporter le matériel à son point de prêt ou de répondre à ce message pour convenir d'une date.\n\nL'équipe technique du réseau\n`,
      });
      sent += 1;
    }
    if (overdue.length > 0) strapi.log.info(`[workflow] overdue loans: ${overdue.length}, reminders sent: ${sent}`);
    return sent;
  },
});
