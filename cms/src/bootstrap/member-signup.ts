import type { Core } from '@strapi/strapi';

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
  const siteUrl = process.env.SITE_URL ?? 'http://localhost:4321';
  await store.set({
    value: { ...settings, email_confirmation: true, email_confirmation_redirection: settings.email_confirmation_redirection || `${siteUrl.replace(/\/$/, '')}/` },
  });
}
