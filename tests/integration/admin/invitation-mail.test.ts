import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChildCms, type ChildCms } from '../../helpers/child-cms';
import { startInbox, type Inbox } from '../../helpers/smtp';

/**
 * Settings › Users › « Créer un nouvel Utilisateur » mails the invitation (Strapi CE only shows
 * a link to copy), while the pending Super Admin that the first start creates gets no mail: its
 * link is printed at the console. A CMS of its own on a fresh data directory, its mail going to
 * a real SMTP server, so that its first start is this file's.
 */
const PASSWORD = 'Invitation-Reseau-2026';
/** The address people reach the CMS at (PUBLIC_URL), not the loopback port this test talks to. */
const PUBLIC_URL = 'https://cms.reseau-epn.example';

async function call(base: string, pathname: string, body?: unknown, token?: string) {
  const response = await fetch(base + pathname, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json().catch(() => null) };
}

const register = (cms: ChildCms, registrationToken: string, firstname: string) =>
  call(cms.url, '/admin/register', { registrationToken, userInfo: { firstname, lastname: 'Le Gall', password: PASSWORD } });

describe('the invitation mail of a new admin user', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'reseau-epn-invitation-'));
  let inbox: Inbox;
  let cms: ChildCms;
  let superAdminToken: string;

  beforeAll(async () => {
    inbox = await startInbox();
    cms = await startChildCms(dataDir, {
      SEED_ON_EMPTY: 'false',
      PUBLIC_URL,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(inbox.port),
      SMTP_SECURE: 'false',
      SMTP_USER: '',
      SMTP_PASS: '',
    });
  }, 240_000);
  afterAll(async () => {
    await cms?.stop();
    await inbox?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('should mail nothing to the pending Super Admin of the first start', async () => {
    // Its one-time link works, and is the only way to it: nothing went out to its address.
    const registered = await register(cms, new URL(cms.setup!.url).searchParams.get('registrationToken')!, 'Nolwenn');
    const login = await call(cms.url, '/admin/login', { email: cms.setup!.email, password: PASSWORD });
    superAdminToken = login.body.data.token;

    expect(registered.status).toBe(200);
    expect(inbox.messages).toHaveLength(0);
  });

  it('should mail the invited person a link to the admin’s registration page, at the public address, that activates the account', async () => {
    const roles = await call(cms.url, '/admin/roles', undefined, superAdminToken);
    const animateur = roles.body.data.find((role: { code: string }) => role.code === 'reseau-animateur');
    const email = `invitee.${Date.now()}@invitation.example`;
    const created = await call(cms.url, '/admin/users', { firstname: 'Gwen', lastname: 'Le Gall', email, roles: [animateur.id] }, superAdminToken);

    const [mail] = await inbox.waitForTo(email, 1, 30_000);
    const link = mail.text!.match(/https?:\/\/\S+/)![0];
    const registrationToken = new URL(link).searchParams.get('registrationToken')!;
    const registered = await register(cms, registrationToken, 'Gwen');
    const login = await call(cms.url, '/admin/login', { email, password: PASSWORD });

    expect(created.status).toBe(201);
    expect(mail.subject).toBe('Votre invitation à l’administration du Réseau EPN');
    expect(mail.text).toContain('Nolwenn Le Gall vous invite');
    expect(link).toBe(`${PUBLIC_URL}/admin/auth/register?registrationToken=${registrationToken}`);
    expect(mail.html).toContain(`href="${link}"`);
    expect(registered.status).toBe(200);
    expect(login.status).toBe(200);
  });
});
