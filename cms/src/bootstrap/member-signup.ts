import type { Core } from '@strapi/strapi';
import { siteUrls } from '@reseau-epn/platform';
import { DEFAULT_SITE_URL } from '../utils/site-url';

interface AdvancedSettings {
  email_confirmation?: boolean;
  email_confirmation_redirection?: string | null;
  [key: string]: unknown;
}

/**
 * Members who sign up through the content API (users-permissions) must prove their address
 * before they can log in: the workflow trusts a member's confirmed address to find their admin
 * account, and the forum will show who wrote what. Applied on every start, like the roles:
 * a setting changed by hand in the admin would reopen the hole, so it is set back.
 */
export async function ensureMemberSignupConfirmation(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const settings = ((await store.get()) ?? {}) as AdvancedSettings;
  if (settings.email_confirmation === true && settings.email_confirmation_redirection) return;
  strapi.log.info('[users-permissions] sign-ups require email confirmation');
  const siteUrl = process.env.SITE_URL ?? DEFAULT_SITE_URL;
  await store.set({
    value: { ...settings, email_confirmation: true, email_confirmation_redirection: settings.email_confirmation_redirection || siteUrls(siteUrl).home('fr') },
  });
}

interface EmailTemplates {
  [template: string]: { options: { from: { name: string; email: string }; response_email?: string } };
}

/** Strapi's own sender, left in the members' mail templates until someone sets theirs. */
const STRAPI_SENDER = 'no-reply@strapi.io';

/**
 * The members' confirmation and password-reset mails come from the network (MAIL_FROM), not
 * from Strapi's placeholder sender, which mail servers reject or file as spam. A sender set by
 * hand in the admin is kept.
 */
export async function ensureMemberMailSender(strapi: Core.Strapi): Promise<void> {
  const from = /^\s*(?:"?([^"<]*?)"?\s*<([^>]+)>|([^\s<>]+))\s*$/.exec(process.env.MAIL_FROM || 'Réseau EPN <no-reply@reseau-epn.example>');
  if (!from) return;
  const sender = { name: (from[1] ?? '').trim() || 'Réseau EPN', email: from[2] ?? from[3] };
  const store = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'email' });
  const templates = (await store.get()) as EmailTemplates | null;
  if (!templates) return;
  const stale = Object.values(templates).filter((template) => template.options?.from?.email === STRAPI_SENDER);
  if (stale.length === 0) return;
  for (const template of stale) template.options.from = sender;
  await store.set({ value: templates });
}
