import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UIDS } from '@reseau-epn/platform';
import { getCms, type TestCms } from '../../../helpers/cms';
import { createMember, deleteMembers, type Member } from '../../../helpers/members';

/** The session of design §4: a short access token in memory, the refresh token in an httpOnly cookie. */
let cms: TestCms;
const members: Member[] = [];

beforeAll(async () => {
  cms = await getCms();
});
afterAll(() => deleteMembers(cms, members));

async function member(): Promise<Member> {
  const created = await createMember(cms);
  members.push(created);
  return created;
}

const post = (pathname: string, headers: Record<string, string>) =>
  fetch(cms.url + pathname, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' });

const refreshCookieOf = (response: Response) => response.headers.getSetCookie().find((cookie) => cookie.startsWith('strapi_up_refresh='));

describe('member sessions', () => {
  it('should set the refresh token in an httpOnly, SameSite cookie at log-in, never in the answer', async () => {
    const { email, password } = await member();

    const login = await fetch(`${cms.url}/api/auth/local`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ identifier: email, password }),
    });
    const body = await login.json();

    expect(login.status).toBe(200);
    expect(body.jwt).toEqual(expect.any(String));
    expect(body.refreshToken).toBeUndefined();
    expect(refreshCookieOf(login)).toMatch(/;\s*httponly/i);
    expect(refreshCookieOf(login)).toMatch(/;\s*samesite=lax/i);
  });

  it('should give a new access token to the cookie alone at /api/auth/refresh', async () => {
    const { refreshCookie } = await member();

    const refresh = await post('/api/auth/refresh', { cookie: refreshCookie });
    const body = await refresh.json();
    const me = await cms.request('/api/users/me', { token: body.jwt });

    expect(refresh.status).toBe(200);
    expect(body.refreshToken).toBeUndefined();
    expect(refreshCookieOf(refresh)).toMatch(/;\s*httponly/i);
    expect(me.status).toBe(200);
  });

  it('should refuse /api/auth/refresh without the cookie', async () => {
    const refresh = await post('/api/auth/refresh', {});

    expect(refresh.status).toBe(400);
  });

  it('should revoke the refresh cookie and the access token at log-out', async () => {
    const { jwt, refreshCookie } = await member();

    const logout = await post('/api/auth/logout', { cookie: refreshCookie, authorization: `Bearer ${jwt}` });
    const refresh = await post('/api/auth/refresh', { cookie: refreshCookie });
    const me = await cms.request('/api/users/me', { token: jwt });

    expect(logout.status).toBe(200);
    expect(refreshCookieOf(logout)).toMatch(/expires=Thu, 01 Jan 1970/i);
    expect(refresh.status).toBe(401);
    expect(me.status).toBe(401);
  });

  it('should stop an access token once its sessions are ended (what a ban or a deletion does)', async () => {
    const { jwt, user } = await member();

    await cms.strapi.sessionManager('users-permissions').invalidateRefreshToken(String(user.id));
    const me = await cms.request('/api/users/me', { token: jwt });

    expect(me.status).toBe(401);
  });

  it('should stop the access token of a blocked account', async () => {
    const { jwt, user } = await member();

    await cms.strapi.db.query(UIDS.user).update({ where: { id: user.id }, data: { blocked: true } });
    const me = await cms.request('/api/users/me', { token: jwt });

    expect(me.status).toBe(401);
  });
});
