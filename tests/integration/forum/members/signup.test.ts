import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UIDS, siteUrls } from '@reseau-epn/platform';
import { getCms, type TestCms } from '../../../helpers/cms';
import { createMember, deleteMembers, type Member } from '../../../helpers/members';

/** Sign-up through users-permissions' own route, confirmed by the link of a mail that really arrives. */
let cms: TestCms;
const emails: { email: string }[] = [];
const members: Member[] = [];
/** Read after boot: Strapi loads cms/.env into the environment. */
const site = () => siteUrls(process.env.SITE_URL ?? 'http://localhost:4321');

beforeAll(async () => {
  cms = await getCms();
});
afterAll(() => deleteMembers(cms, [...emails, ...members]));

const id = () => randomBytes(4).toString('hex');

function register(body: Record<string, unknown>) {
  if (typeof body.email === 'string') emails.push({ email: body.email.toLowerCase() });
  return cms.request('/api/auth/local/register', { method: 'POST', body });
}

const newcomer = () => ({ username: `Nouvelle ${id()}`, email: `inscription.${id()}@secret.example`, password: `Forum-${id()}-2026` });

/** The confirmation link in the mail, as the CMS wrote it (its own address, not the test's). */
async function confirmationLink(email: string): Promise<URL> {
  const [mail] = await cms.inbox.waitForTo(email, 1, 5000);
  return new URL(/https?:\/\/[^\s"<]+\/api\/auth\/email-confirmation\?confirmation=[0-9a-f]+/.exec(mail.html || mail.text || '')![0]);
}

describe('forum sign-up', () => {
  it('should mail a French confirmation whose link leads to the site’s confirmation page, then let the member in', async () => {
    const account = newcomer();
    const signUp = await register(account);
    const [mail] = await cms.inbox.waitForTo(account.email, 1, 5000);
    const link = await confirmationLink(account.email);

    const confirmation = await fetch(`${cms.url}${link.pathname}${link.search}`, { redirect: 'manual' });
    const login = await cms.request('/api/auth/local', { method: 'POST', body: { identifier: account.email, password: account.password } });
    const me = await cms.request('/api/forum/me', { token: login.body.jwt });

    expect(signUp.status).toBe(200);
    expect(mail.subject).toBe('Confirmez votre adresse pour le forum du Réseau EPN');
    expect(mail.html).toContain('confirmez votre adresse');
    expect(confirmation.status).toBe(302);
    expect(confirmation.headers.get('location')).toBe(site().accountConfirmed('fr'));
    expect(login.status).toBe(200);
    expect(me.body.data).toMatchObject({ username: account.username, email: account.email, banned: false, moderatedPostsLeft: 3, notifyReplies: true });
  });

  it('should trim the display name', async () => {
    const account = newcomer();

    const signUp = await register({ ...account, username: `  ${account.username}  ` });

    expect(signUp.status).toBe(200);
    expect(signUp.body.user.username).toBe(account.username);
  });

  it('should answer a filled honeypot like a success and create nothing', async () => {
    const account = newcomer();

    const signUp = await register({ ...account, website: 'https://promo.example' });
    const rows = await cms.strapi.db.query(UIDS.user).count({ where: { email: account.email } });

    expect(signUp.status).toBe(200);
    expect(signUp.body.user).toMatchObject({ username: account.username, confirmed: false });
    expect(rows).toBe(0);
  });

  it('should accept an empty honeypot, as the site’s form sends it', async () => {
    const account = newcomer();

    const signUp = await register({ ...account, website: '' });
    const rows = await cms.strapi.db.query(UIDS.user).count({ where: { email: account.email } });

    expect(signUp.status).toBe(200);
    expect(rows).toBe(1);
  });

  it('should refuse a display name already taken, whatever its case, naming username', async () => {
    const taken = await createMember(cms, { username: `Pris ${id()}` });
    members.push(taken);

    const signUp = await register({ ...newcomer(), username: taken.user.username.toUpperCase() });

    expect(signUp.status).toBe(400);
    expect(signUp.body.error.details.errors[0].path).toEqual(['username']);
  });

  it('should refuse an address already used, naming email', async () => {
    const taken = await createMember(cms);
    members.push(taken);

    const signUp = await register({ ...newcomer(), email: taken.email.toUpperCase() });

    expect(signUp.status).toBe(400);
    expect(signUp.body.error.details.errors[0].path).toEqual(['email']);
  });

  it.each([
    ['too short', 'ab'],
    ['too long', 'x'.repeat(41)],
    ['reserved for deleted accounts', 'Ancien membre 12'],
  ])('should refuse a display name %s, naming username', async (_case, username) => {
    const account = { ...newcomer(), username };

    const signUp = await register(account);
    const rows = await cms.strapi.db.query(UIDS.user).count({ where: { email: account.email } });

    expect(signUp.status).toBe(400);
    expect(signUp.body.error.details.errors[0].path).toEqual(['username']);
    expect(rows).toBe(0);
  });

  it('should refuse any field but username, email and password', async () => {
    const account = newcomer();

    const signUp = await register({ ...account, confirmed: true, approvedPosts: 99 });
    const rows = await cms.strapi.db.query(UIDS.user).count({ where: { email: account.email } });

    expect(signUp.status).toBe(400);
    expect(rows).toBe(0);
  });
});
