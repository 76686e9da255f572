import { randomBytes } from 'node:crypto';
import type { TestCms } from './cms';
import { UIDS } from '@reseau-epn/platform';

const ADMIN_CODES = { animateur: 'reseau-animateur', moderateur: 'reseau-moderateur', technicien: 'reseau-technicien' } as const;
export type NetworkRole = keyof typeof ADMIN_CODES;

export interface Person {
  email: string;
  adminId: number;
  /** Admin-panel token (admin routes, Content Manager). */
  adminToken: string;
  /** Content-API token of the same person's users-permissions account. */
  jwt: string;
}

/**
 * One member of the network with both accounts, as the workflow expects: an admin-panel user of
 * the role, and a content-API user of the users-permissions role of the same name and email.
 */
export async function createPerson(cms: TestCms, role: NetworkRole): Promise<Person> {
  const id = randomBytes(4).toString('hex');
  const email = `${role}.${id}@secret.example`;
  const password = `Pw-${id}-Reseau1`;
  const adminRole = await cms.strapi.db.query(UIDS.adminRole).findOne({ where: { code: ADMIN_CODES[role] } });
  const admin = await cms.strapi.admin!.services.user.create({ firstname: role, lastname: id, email, password, isActive: true, roles: [adminRole.id] });
  const apiRole = await cms.strapi.db.query(UIDS.role).findOne({ where: { type: role } });
  await cms.strapi
    .plugin('users-permissions')
    .service('user')
    .add({ username: `${role}-${id}`, email, password, provider: 'local', confirmed: true, role: apiRole.id });

  const adminLogin = await cms.request('/admin/login', { method: 'POST', body: { email, password } });
  const apiLogin = await cms.request('/api/auth/local', { method: 'POST', body: { identifier: email, password } });
  if (adminLogin.status !== 200 || apiLogin.status !== 200) throw new Error(`login failed for ${email}: ${adminLogin.status}/${apiLogin.status}`);
  return { email, adminId: admin.id, adminToken: adminLogin.body.data.token, jwt: apiLogin.body.jwt };
}
