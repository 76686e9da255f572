import type { Core } from '@strapi/strapi';
import { UIDS } from '@reseau-epn/platform';

export interface Notice {
  to: string;
  subject: string;
  text: string;
}

interface NotificationsService {
  queue(notices: readonly Notice[], origin?: string): Promise<number[]>;
  deliverInBackground(ids: readonly number[]): void;
}

/**
 * Mails through the workflow's queue (Strapi's email service underneath): retried with backoff
 * when the SMTP server fails, visible to Super Admins when they fail for good. The answer to the
 * visitor never waits for the SMTP server.
 */
export async function sendNotices(strapi: Core.Strapi, notices: Notice[], origin: string): Promise<void> {
  const queue = strapi.plugin('workflow').service('notifications') as NotificationsService;
  queue.deliverInBackground(await queue.queue(notices, origin));
}

/** The technicians' addresses: active admin users holding the Technicien role. */
export async function technicianAddresses(strapi: Core.Strapi): Promise<string[]> {
  const users = (await strapi.db.query(UIDS.adminUser).findMany({
    where: { isActive: true, roles: { code: 'reseau-technicien' } },
    select: ['email', 'blocked'],
  })) as { email: string | null; blocked: boolean | null }[];
  return [...new Set(users.filter((u) => !u.blocked && u.email).map((u) => u.email as string))];
}
