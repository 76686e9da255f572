import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { UIDS } from '@reseau-epn/platform';

/** Admin roles by their code: Strapi's Super Admin and the network's (cms/src/bootstrap/admin-roles.ts). */
export const ADMIN_ROLE_CODES = {
  superAdmin: 'strapi-super-admin',
  animateur: 'reseau-animateur',
  moderateur: 'reseau-moderateur',
} as const;

export interface AdminAccount {
  id: number;
  firstname: string;
  lastname: string;
  email: string;
  password: string;
}

/** A password Strapi's rules accept (8+ characters, a capital, a small letter, a digit). */
export const newPassword = (): string => `Epn-${randomBytes(4).toString('hex')}-Mdp1`;

/** An active admin-panel account of `role`, created as the harness's given people are. */
export async function createAdminAccount(strapi: Core.Strapi, role: keyof typeof ADMIN_ROLE_CODES, firstname: string): Promise<AdminAccount> {
  const id = randomBytes(3).toString('hex');
  const account = { firstname, lastname: `E2e${id}`, email: `${firstname.toLowerCase()}.${id}@e2e.example`, password: newPassword() };
  const adminRole = await strapi.db.query(UIDS.adminRole).findOne({ where: { code: ADMIN_ROLE_CODES[role] } });
  const user = await strapi.admin!.services.user.create({ ...account, isActive: true, roles: [adminRole.id] });
  return { id: user.id, ...account };
}
