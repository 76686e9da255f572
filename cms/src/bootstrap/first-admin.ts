import type { Core } from '@strapi/strapi';
import { UIDS } from '@reseau-epn/platform';

const USER = UIDS.adminUser;
/** The login of the setup account when ADMIN_EMAIL is not set; changeable later in the profile. */
export const DEFAULT_SETUP_EMAIL = 'admin@reseau-epn.local';

interface AdminUserRow {
  id: number;
  email: string;
  isActive: boolean;
  registrationToken: string | null;
}

const superAdminRoleId = async (strapi: Core.Strapi): Promise<number> => (await strapi.admin!.services.role.getSuperAdmin()).id;

const activeSuperAdmins = async (strapi: Core.Strapi, roleId: number): Promise<number> =>
  strapi.db.query(USER).count({ where: { isActive: true, roles: { id: roleId } } });

/** A user's roles with Super Admin added: a seeded team account keeps its own role too. */
async function rolesWithSuperAdmin(strapi: Core.Strapi, userId: number, roleId: number): Promise<number[]> {
  const user = await strapi.db.query(USER).findOne({ where: { id: userId }, populate: ['roles'] });
  return [...new Set([roleId, ...((user?.roles ?? []) as { id: number }[]).map((role) => role.id)])];
}

/** The Super Admin account waiting for the person at the console to register through its link. */
const pendingSetupAccount = async (strapi: Core.Strapi, roleId: number): Promise<AdminUserRow | null> =>
  strapi.db.query(USER).findOne({ where: { isActive: false, registrationToken: { $notNull: true }, roles: { id: roleId } } });

/**
 * Makes sure the person at the console, and only them, can get into a CMS without an active
 * Super Admin. Strapi's own first-visit page cannot do it: it opens only while no admin account
 * exists at all, which the seed's inactive team accounts prevent (nobody could get in), and on an
 * empty database it lets the first stranger who reaches the port become Super Admin. So:
 * - ADMIN_EMAIL + ADMIN_PASSWORD create (or activate) that Super Admin, on any start while none
 *   is active;
 * - otherwise a Super Admin account is kept pending with a fresh one-time registration token on
 *   every start, and `npm start` prints its link (`adminSetupLink`): Strapi's own invitation page
 *   sets the password, and the token is spent. Strapi's first-admin registration stays closed,
 *   because an account exists.
 */
export async function ensureFirstAdmin(strapi: Core.Strapi): Promise<void> {
  const users = strapi.admin!.services.user;
  const roleId = await superAdminRoleId(strapi);
  if ((await activeSuperAdmins(strapi, roleId)) > 0) return;

  const email = process.env.ADMIN_EMAIL?.trim().toLowerCase() || null;
  const password = process.env.ADMIN_PASSWORD || null;
  const pending = await pendingSetupAccount(strapi, roleId);

  if (email && password) {
    const existing: AdminUserRow | null = await strapi.db.query(USER).findOne({ where: { email } });
    const names = { firstname: process.env.ADMIN_FIRSTNAME ?? 'Admin', lastname: process.env.ADMIN_LASTNAME ?? 'Réseau' };
    if (existing) {
      const roles = await rolesWithSuperAdmin(strapi, existing.id, roleId);
      await users.updateById(existing.id, { ...names, password, isActive: true, registrationToken: null, roles });
    } else {
      await users.create({ ...names, email, password, isActive: true, registrationToken: null, roles: [roleId], preferedLanguage: 'fr' });
    }
    if (pending && pending.email !== email) await strapi.db.query(USER).delete({ where: { id: pending.id } });
    strapi.log.info(`[admin] Super Admin ready: ${email}`);
    return;
  }

  const registrationToken = strapi.admin!.services.token.createToken();
  if (pending) {
    await strapi.db.query(USER).update({ where: { id: pending.id }, data: { registrationToken, ...(email ? { email } : {}) } });
    return;
  }
  const taken: AdminUserRow | null = email ? await strapi.db.query(USER).findOne({ where: { email } }) : null;
  if (taken?.isActive) strapi.log.warn(`[admin] ${email} is already an active account: the Super Admin to register is ${DEFAULT_SETUP_EMAIL}`);
  if (taken && !taken.isActive) {
    // A seeded team account has that address: it becomes the Super Admin to register.
    await strapi.db.query(USER).update({ where: { id: taken.id }, data: { registrationToken, roles: await rolesWithSuperAdmin(strapi, taken.id, roleId) } });
    return;
  }
  await users.create({
    email: email && !taken ? email : DEFAULT_SETUP_EMAIL,
    firstname: 'Administrateur',
    lastname: 'Réseau',
    isActive: false,
    registrationToken,
    roles: [roleId],
    preferedLanguage: 'fr',
  });
}

/** The one-time link that registers the pending Super Admin, or null once one is active. */
export async function adminSetupLink(strapi: Core.Strapi, baseUrl: string): Promise<{ url: string; email: string } | null> {
  const roleId = await superAdminRoleId(strapi);
  if ((await activeSuperAdmins(strapi, roleId)) > 0) return null;
  const pending = await pendingSetupAccount(strapi, roleId);
  if (!pending?.registrationToken) return null;
  const query = new URLSearchParams({ registrationToken: pending.registrationToken });
  return { url: `${baseUrl}/admin/auth/register?${query}`, email: pending.email };
}
