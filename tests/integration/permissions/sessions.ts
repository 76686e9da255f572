import { UIDS } from '@reseau-epn/platform';
import { ADMIN_ROLES } from '../../../cms/src/bootstrap/permission-matrix';
import { createAdminAccount } from '../../helpers/admin-people';
import type { TestCms } from '../../helpers/cms';
import { createPerson, type NetworkRole } from '../../helpers/people';
import type { AdminRole } from './expected';

/** Someone logged in to the admin panel as one role: each of the matrix's, and a Super Admin. */
export interface AdminSession {
  /** The role's name, as the admin panel shows it and the tests are named. */
  name: string;
  role: AdminRole;
  adminId: number;
  adminToken: string;
  email: string;
}

/** The matrix's role codes are `reseau-<role>`, the people helper's roles `<role>`. */
const networkRole = (code: string) => code.replace(/^reseau-/, '') as NetworkRole;

/** One session for each role of the matrix (created with its content-API account) and one Super Admin. */
export async function adminSessions(cms: TestCms): Promise<AdminSession[]> {
  const network = await Promise.all(
    ADMIN_ROLES.map(async (role) => {
      const person = await createPerson(cms, networkRole(role.code));
      return { name: role.name, role, adminId: person.adminId, adminToken: person.adminToken, email: person.email };
    }),
  );
  const account = await createAdminAccount(cms.strapi, 'superAdmin', 'Matrice');
  const login = await cms.request('/admin/login', { method: 'POST', body: { email: account.email, password: account.password } });
  if (login.status !== 200) throw new Error(`admin login failed for ${account.email}: ${login.status}`);
  const superAdmin: AdminSession = { name: 'Super Admin', role: 'super-admin', adminId: account.id, adminToken: login.body.data.token, email: account.email };
  return [...network, superAdmin];
}

/** Removes the sessions' admin users, the content-API accounts made with them and the workflow's mails to them. */
export async function removeSessions(cms: TestCms, sessions: AdminSession[]): Promise<void> {
  await cms.strapi.db.query(UIDS.workflowNotification).deleteMany({ where: { to: { $in: sessions.map((s) => s.email) } } });
  // One by one: the query engine's `delete` removes an entry's relations (its role), `deleteMany` does not.
  for (const session of sessions) {
    await cms.strapi.db.query(UIDS.adminUser).delete({ where: { id: session.adminId } });
    await cms.strapi.db.query(UIDS.user).delete({ where: { email: session.email } });
  }
}
