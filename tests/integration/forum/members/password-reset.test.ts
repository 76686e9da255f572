import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteUrls } from '@reseau-epn/platform';
import { getCms, type TestCms } from '../../../helpers/cms';
import { createMember, deleteMembers, type Member } from '../../../helpers/members';

/** A forgotten password: a French mail whose link opens the site's page, which posts the code back. */
let cms: TestCms;
const members: Member[] = [];
/** Read after boot: Strapi loads cms/.env into the environment. */
const site = () => siteUrls(process.env.SITE_URL ?? 'http://localhost:4321');

beforeAll(async () => {
  cms = await getCms();
});
afterAll(() => deleteMembers(cms, members));

describe('forgotten password', () => {
  it('should mail a link to the site’s reset page whose code sets a new password', async () => {
    const member = await createMember(cms);
    members.push(member);

    const forgot = await cms.request('/api/auth/forgot-password', { method: 'POST', body: { email: member.email } });
    const [mail] = await cms.inbox.waitForTo(member.email, 1, 5000);
    const link = new URL(/https?:\/\/[^\s"<]+\?code=[0-9a-f]+/.exec(mail.html || '')![0]);
    const reset = await cms.request('/api/auth/reset-password', {
      method: 'POST',
      body: { code: link.searchParams.get('code'), password: 'Nouveau-Mot-2026', passwordConfirmation: 'Nouveau-Mot-2026' },
    });
    const oldLogin = await cms.request('/api/auth/local', { method: 'POST', body: { identifier: member.email, password: member.password } });
    const newLogin = await cms.request('/api/auth/local', { method: 'POST', body: { identifier: member.email, password: 'Nouveau-Mot-2026' } });

    expect(forgot.status).toBe(200);
    expect(mail.subject).toBe('Nouveau mot de passe pour le forum du Réseau EPN');
    expect(`${link.origin}${link.pathname}`).toBe(site().passwordReset('fr'));
    expect(reset.status).toBe(200);
    expect(oldLogin.status).toBe(400);
    expect(newLogin.status).toBe(200);
  });

  it('should end the member’s other sessions when the password is reset', async () => {
    const member = await createMember(cms);
    members.push(member);

    await cms.request('/api/auth/forgot-password', { method: 'POST', body: { email: member.email } });
    const [mail] = await cms.inbox.waitForTo(member.email, 1, 5000);
    const code = /\?code=([0-9a-f]+)/.exec(mail.html || '')![1];
    await cms.request('/api/auth/reset-password', { method: 'POST', body: { code, password: 'Autre-Mot-2026', passwordConfirmation: 'Autre-Mot-2026' } });
    const me = await cms.request('/api/forum/me', { token: member.jwt });

    expect(me.status).toBe(401);
  });
});
