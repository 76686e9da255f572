import type { Core } from '@strapi/strapi';
import { siteUrls } from '@reseau-epn/platform';
import { DEFAULT_SITE_URL } from '../utils/site-url';
import { applyMemberMailTemplates, type EmailTemplates } from './member-mails';

interface AdvancedSettings {
  email_confirmation?: boolean;
  email_confirmation_redirection?: string | null;
  email_reset_password?: string | null;
  [key: string]: unknown;
}

/**
 * Members who sign up through the content API (users-permissions) must prove their address
 * before they can log in: the workflow trusts a member's confirmed address to find their admin
 * account, and the forum shows who wrote what. The confirmation link lands on the site's
 * « compte confirmé » page, the reset link on its « nouveau mot de passe » page (which posts the
 * `?code=` to /api/auth/reset-password). Applied on every start, like the roles: a setting
 * changed by hand in the admin would reopen the hole or send members to a page that isn't there.
 */
export async function ensureMemberSignupConfirmation(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const settings = ((await store.get()) ?? {}) as AdvancedSettings;
  const urls = siteUrls(process.env.SITE_URL ?? DEFAULT_SITE_URL);
  const wanted = {
    email_confirmation: true,
    email_confirmation_redirection: urls.accountConfirmed('fr'),
    email_reset_password: urls.passwordReset('fr'),
  };
  const stale = (Object.keys(wanted) as (keyof typeof wanted)[]).filter((key) => settings[key] !== wanted[key]);
  if (stale.length === 0) return;
  strapi.log.info(`[users-permissions] members' sign-up settings set: ${stale.join(', ')}`);
  await store.set({ value: { ...settings, ...wanted } });
}

/** Strapi's own sender, left in the members' mail templates until someone sets theirs. */
const STRAPI_SENDER = 'no-reply@strapi.io';

/**
 * The members' confirmation and password-reset mails come from the network (MAIL_FROM), not
 * from Strapi's placeholder sender, which mail servers reject or file as spam, and are written
 * in French (member-mails.ts). A sender or a template set by hand in the admin is kept.
 */
export async function ensureMemberMailSender(strapi: Core.Strapi): Promise<void> {
  const from = /^\s*(?:"?([^"<]*?)"?\s*<([^>]+)>|([^\s<>]+))\s*$/.exec(process.env.MAIL_FROM || 'Réseau EPN <no-reply@reseau-epn.example>');
  const store = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'email' });
  const templates = (await store.get()) as EmailTemplates | null;
  if (!templates) return;
  let changed = applyMemberMailTemplates(strapi, templates);
  if (from) {
    const sender = { name: (from[1] ?? '').trim() || 'Réseau EPN', email: from[2] ?? from[3] };
    for (const template of Object.values(templates)) {
      if (template.options?.from?.email !== STRAPI_SENDER) continue;
      template.options.from = sender;
      changed = true;
    }
  }
  if (changed) await store.set({ value: templates });
}
