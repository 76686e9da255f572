import type { Core } from '@strapi/strapi';
import { escapeHtml, UIDS } from '@reseau-epn/platform';

interface EmailService {
  send(mail: { to: string; subject: string; text: string; html: string }): Promise<unknown>;
}

interface InvitedUser {
  id: number;
  email: string;
  isActive: boolean;
  registrationToken: string | null;
}

interface AdminRequestState {
  user?: { firstname?: string | null; lastname?: string | null };
  auth?: { strategy?: { name?: string } };
}

/** The invitation page of Strapi's admin, where the person sets their password. */
export function invitationLink(strapi: Core.Strapi, registrationToken: string): string {
  const query = new URLSearchParams({ registrationToken });
  return `${strapi.config.get<string>('admin.absoluteUrl')}/auth/register?${query}`;
}

/** The French invitation mail; the inviter's name is theirs to type, so it is escaped in the HTML. */
export function invitationMail(link: string, inviter: string | null): { subject: string; text: string; html: string } {
  const who = inviter ? `${inviter} vous invite` : 'Vous êtes invité·e';
  const text = `Bonjour,

${who} à rejoindre l’espace d’administration du Réseau EPN, où l’équipe rédige les fiches techniques et suit les demandes.

Pour choisir votre mot de passe et activer votre compte, ouvrez ce lien :
${link}

Le lien ne sert qu’une fois. Si vous ne vous attendiez pas à cette invitation, ignorez ce message : aucun compte ne sera activé.

L’équipe du Réseau EPN`;
  const html = `<p>Bonjour,</p>
<p>${escapeHtml(who)} à rejoindre l’espace d’administration du Réseau EPN, où l’équipe rédige les fiches techniques et suit les demandes.</p>
<p><a href="${escapeHtml(link)}">Choisir mon mot de passe et activer mon compte</a></p>
<p>Si le lien ne s’ouvre pas, copiez cette adresse dans votre navigateur :<br>${escapeHtml(link)}</p>
<p>Le lien ne sert qu’une fois. Si vous ne vous attendiez pas à cette invitation, ignorez ce message : aucun compte ne sera activé.</p>
<p>L’équipe du Réseau EPN</p>`;
  return { subject: 'Votre invitation à l’administration du Réseau EPN', text, html };
}

/**
 * Strapi CE only shows an invitation link for the inviter to copy and pass on: this mails it
 * to the invited person. It listens to Strapi's own `user.create` event (emitted by the admin
 * user service, whoever calls it) and sends only for accounts created by someone signed in to
 * the admin (Settings › Users). The pending Super Admin of first-admin.ts is created at start-up,
 * outside any request: its link is printed at the console, never mailed to an address nobody
 * has confirmed. A mail that cannot be sent is logged; the account is created all the same, and
 * its link stays on its page in the admin.
 */
export function mailAdminInvitations(strapi: Core.Strapi): void {
  strapi.eventHub.on('user.create', async (event: { user?: { id?: number } }) => {
    const state = strapi.requestContext.get()?.state as AdminRequestState | undefined;
    if (state?.auth?.strategy?.name !== 'admin' || !event.user?.id) return;
    try {
      // The event's user is sanitized: the token is read back from the database.
      const user: InvitedUser | null = await strapi.db.query(UIDS.adminUser).findOne({ where: { id: event.user.id } });
      if (!user || user.isActive || !user.registrationToken) return;
      const inviter = [state.user?.firstname, state.user?.lastname].filter(Boolean).join(' ') || null;
      const mail = invitationMail(invitationLink(strapi, user.registrationToken), inviter);
      await (strapi.plugin('email').service('email') as EmailService).send({ to: user.email, ...mail });
    } catch (error) {
      strapi.log.error(`[admin] the invitation mail to admin user ${event.user.id} was not sent: ${(error as Error).message}`);
    }
  });
}
