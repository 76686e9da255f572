import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';
import { UIDS } from '@reseau-epn/platform';

let cms: TestCms;
const adminIds: number[] = [];

async function createAdmin() {
  const id = randomBytes(4).toString('hex');
  const email = `oubli.${id}@admins.example`;
  const role = await cms.strapi.db.query(UIDS.adminRole).findOne({ where: { code: 'reseau-moderateur' } });
  const user = await cms.strapi.admin!.services.user.create({
    firstname: 'Oubli',
    lastname: id,
    email,
    password: `Pw-${id}-Ancien1`,
    isActive: true,
    roles: [role.id],
  });
  adminIds.push(user.id);
  return { email, id: user.id as number };
}

beforeAll(async () => {
  cms = await getCms();
});

afterAll(async () => {
  await cms.strapi.db.query(UIDS.adminUser).deleteMany({ where: { id: { $in: adminIds } } });
});

describe("Strapi's own mail (« Mot de passe oublié »)", () => {
  it('should mail an administrator who forgot their password, in French, a link that resets it', async () => {
    const admin = await createAdmin();

    const asked = await cms.request('/admin/forgot-password', { method: 'POST', body: { email: admin.email } });
    const [mail] = await cms.inbox.waitForTo(admin.email);
    const link = new URL((mail.text ?? '').split(/\s+/).find((word) => word.includes('/auth/reset-password?code='))!);
    const password = `Pw-${randomBytes(4).toString('hex')}-Nouveau1`;
    const reset = await cms.request('/admin/reset-password', { method: 'POST', body: { resetPasswordToken: link.searchParams.get('code'), password } });
    const login = await cms.request('/admin/login', { method: 'POST', body: { email: admin.email, password } });

    expect(asked.status).toBe(204);
    expect(mail.subject).toBe('Réseau EPN : choisir un nouveau mot de passe');
    expect(mail.text).toContain('Bonjour Oubli,');
    expect(link.pathname).toBe('/admin/auth/reset-password');
    expect(reset.status).toBe(200);
    expect(login.status).toBe(200);
  });

  it('should escape the name the person typed in the HTML part of the mail', async () => {
    const admin = await createAdmin();
    await cms.strapi.db.query(UIDS.adminUser).update({ where: { id: admin.id }, data: { firstname: '<img src=x onerror=alert(1)>' } });

    await cms.request('/admin/forgot-password', { method: 'POST', body: { email: admin.email } });
    const [mail] = await cms.inbox.waitForTo(admin.email);

    expect(mail.html).toContain('Bonjour &lt;img src=x onerror=alert(1)&gt;,');
    expect(mail.html).not.toContain('<img');
  });
});
