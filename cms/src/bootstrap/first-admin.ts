import type { Core } from '@strapi/strapi';

/**
 * Creates the first Super Admin from ADMIN_EMAIL / ADMIN_PASSWORD when both are set and no
 * administrator exists yet; otherwise the admin panel asks for one on first visit.
 */
export async function ensureFirstAdmin(strapi: Core.Strapi): Promise<void> {
  const email = process.env.ADMIN_EMAIL?.trim().toLowerCase();
  const password = process.env.ADMIN_PASSWORD;
  if (!email || !password) return;

  const users = strapi.admin!.services.user;
  if (await users.exists()) return;
  await users.createFirstAdmin({
    email,
    password,
    firstname: process.env.ADMIN_FIRSTNAME ?? 'Admin',
    lastname: process.env.ADMIN_LASTNAME ?? 'Réseau',
    preferedLanguage: 'fr',
  });
  strapi.log.info(`[admin] first administrator created: ${email}`);
}
