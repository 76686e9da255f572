import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupSqlite } from '../../../packages/launcher/src/backup/sqlite';
import { startChildCms, type ChildCms } from '../../helpers/child-cms';

/**
 * The README's first start, as a newcomer follows it: a fresh data directory, the seed imported
 * (its inactive team accounts are what used to lock everyone out), no ADMIN_* variables.
 * Each CMS runs in a child process of its own, on its own SQLite file.
 */
const PASSWORD = 'Premier-Acces-2026';

async function call(base: string, pathname: string, body?: unknown, token?: string) {
  const response = await fetch(base + pathname, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json().catch(() => null) };
}

const tokenOf = (setupUrl: string) => new URL(setupUrl).searchParams.get('registrationToken')!;
const register = (cms: ChildCms, registrationToken: string) =>
  call(cms.url, '/admin/register', { registrationToken, userInfo: { firstname: 'Nolwenn', lastname: 'Le Gall', password: PASSWORD } });

const work = mkdtempSync(path.join(os.tmpdir(), 'reseau-epn-first-start-'));
const firstDir = path.join(work, 'first');
const laterDir = path.join(work, 'later');
/** The first start's CMS, still running: the first scenario uses its link. */
let firstStart: ChildCms;

/**
 * One seeded first start serves both scenarios (seeding is most of a start): its database, copied
 * online before anyone uses the link, is the data directory the later start finds, as if that
 * first CMS had been stopped there and then.
 */
beforeAll(async () => {
  firstStart = await startChildCms(firstDir);
  mkdirSync(laterDir);
  // npm run backup's own copy: one step, consistent while the CMS runs.
  await backupSqlite({ client: 'sqlite', filename: path.join(firstDir, 'cms.db') }, path.join(laterDir, 'cms.db'), () => {});
}, 240_000);
afterAll(async () => {
  await firstStart?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('first start without ADMIN_* (seeded)', () => {
  it('should print a one-time registration link to the admin panel', () => {
    expect(firstStart.setup?.url).toMatch(new RegExp(`^${firstStart.url}/admin/auth/register\\?registrationToken=[0-9a-f]{40}$`));
  });

  it('should keep Strapi’s open first-admin registration closed to strangers', async () => {
    const response = await call(firstStart.url, '/admin/register-admin', { email: 'intrus@evil.example', firstname: 'X', password: 'Intrus-2026-Pw' });

    expect(response.status).toBe(400);
    expect((await call(firstStart.url, '/admin/init')).body.data.hasAdmin).toBe(true);
  });

  it('should let the person with the link register and log in with the login it shows', async () => {
    const registered = await register(firstStart, tokenOf(firstStart.setup!.url));
    const login = await call(firstStart.url, '/admin/login', { email: firstStart.setup!.email, password: PASSWORD });
    const me = await call(firstStart.url, '/admin/users/me', undefined, login.body.data.token);

    expect(registered.status).toBe(200);
    expect(me.body.data.roles.map((role: { code: string }) => role.code)).toContain('strapi-super-admin');
  });

  it('should refuse the link once it has been used', async () => {
    const again = await register(firstStart, tokenOf(firstStart.setup!.url));

    expect(again.status).toBe(400);
  });
});

describe('a later start with ADMIN_EMAIL and ADMIN_PASSWORD while no Super Admin is active (seeded)', () => {
  let cms: ChildCms;

  beforeAll(async () => {
    cms = await startChildCms(laterDir, { SEED_ON_EMPTY: 'false', ADMIN_EMAIL: 'Responsable@Reseau.example', ADMIN_PASSWORD: PASSWORD });
  }, 240_000);
  afterAll(async () => {
    await cms?.stop();
  });

  it('should create that Super Admin, who can log in', async () => {
    const login = await call(cms.url, '/admin/login', { email: 'responsable@reseau.example', password: PASSWORD });

    expect(login.status).toBe(200);
    expect(cms.setup).toBeNull();
  });

  it('should spend the registration link printed by the earlier start', async () => {
    const info = await call(cms.url, `/admin/registration-info?registrationToken=${tokenOf(firstStart.setup!.url)}`);

    expect(info.status).toBe(400);
  });
});
