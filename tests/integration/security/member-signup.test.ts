import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';
import { uniqueId } from '../digest/helpers';
import { UIDS } from '@reseau-epn/platform';

/** A member who signs up through the content API must prove their address before logging in. */
let cms: TestCms;
const emails: string[] = [];

beforeAll(async () => {
  cms = await getCms();
});
afterAll(() => cms.strapi.db.query(UIDS.user).deleteMany({ where: { email: { $in: emails } } }));

async function signUp() {
  const email = `nouveau.${uniqueId()}@membres.example`;
  emails.push(email);
  const password = `Membre-${uniqueId()}-2026`;
  const response = await cms.request('/api/auth/local/register', { method: 'POST', body: { username: `membre-${uniqueId()}`, email, password } });
  return { email, password, response };
}

describe('member sign-up', () => {
  it('should give no session before the address is confirmed', async () => {
    const { response } = await signUp();

    expect(response.status).toBe(200);
    expect(response.body.jwt).toBeUndefined();
    expect(response.body.user.confirmed).toBe(false);
  });

  it('should refuse to log in an unconfirmed member', async () => {
    const { email, password } = await signUp();

    const login = await cms.request('/api/auth/local', { method: 'POST', body: { identifier: email, password } });

    expect(login.status).toBe(400);
  });

  it('should mail the confirmation link, which lets the member log in', async () => {
    const { email, password } = await signUp();
    const [mail] = await cms.inbox.waitForTo(email, 1, 5000);
    const link = /https?:\/\/\S+\/api\/auth\/email-confirmation\?confirmation=[0-9a-f]+/.exec(mail.text ?? '')![0];

    await fetch(`${cms.url}${new URL(link).pathname}${new URL(link).search}`, { redirect: 'manual' });
    const login = await cms.request('/api/auth/local', { method: 'POST', body: { identifier: email, password } });

    expect(login.status).toBe(200);
  });

  it('should send the confirmation from the network’s address, not Strapi’s placeholder', async () => {
    const { email } = await signUp();
    const [mail] = await cms.inbox.waitForTo(email, 1, 5000);

    expect(mail.from?.value[0].address).not.toBe('no-reply@strapi.io');
    expect(mail.from?.value[0].address).toBe('no-reply@reseau-epn.example');
  });
});
