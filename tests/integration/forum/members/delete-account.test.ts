import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UIDS } from '@reseau-epn/platform';
import { getCms, type TestCms } from '../../../helpers/cms';
import { createMember, type Member } from '../../../helpers/members';

/** DELETE /api/forum/me: personal data gone, sessions ended, posts kept as « ancien membre ». */
let cms: TestCms;
const members: Member[] = [];
const posts: string[] = [];

beforeAll(async () => {
  cms = await getCms();
});
afterAll(async () => {
  for (const documentId of posts) await cms.strapi.documents(UIDS.message).delete({ documentId });
  // By id: a deleted account no longer has the address it was created with.
  await cms.strapi.db.query(UIDS.user).deleteMany({ where: { id: { $in: members.map((m) => m.user.id) } } });
});

async function member(): Promise<Member> {
  const created = await createMember(cms, { approvedPosts: 3 });
  members.push(created);
  return created;
}

const remove = (token: string, body: unknown) => cms.request('/api/forum/me', { method: 'DELETE', token, body });

describe('deleting one’s account', () => {
  it('should refuse without the right password, naming password, and keep the account', async () => {
    const { jwt, user } = await member();

    const answer = await remove(jwt, { password: 'pas-le-bon' });
    const row = await cms.strapi.db.query(UIDS.user).findOne({ where: { id: user.id } });

    expect(answer.status).toBe(400);
    expect(answer.body.error.details.errors[0].path).toEqual(['password']);
    expect(row.deletedAt).toBeNull();
  });

  it('should remove the personal data and keep the member’s posts with an anonymous author', async () => {
    const { jwt, user, email, password } = await member();
    await cms.request('/api/forum/me', { method: 'PUT', token: jwt, body: { bio: 'Ma bio personnelle.' } });
    const post = await cms.strapi
      .documents(UIDS.message)
      .create({ data: { body: 'Bonjour à tous.', state: 'publie', language: 'fr', author: user.documentId } });
    posts.push(post.documentId);

    const answer = await remove(jwt, { password });
    const row = await cms.strapi.db.query(UIDS.user).findOne({ where: { id: user.id } });
    const kept = await cms.strapi.db.query(UIDS.message).findOne({ where: { documentId: post.documentId }, populate: { author: true } });
    const login = await cms.request('/api/auth/local', { method: 'POST', body: { identifier: email, password } });
    const page = await cms.request(`/api/forum/members/${user.documentId}`);

    expect(answer.status).toBe(204);
    expect(row).toMatchObject({ username: `ancien membre ${user.id}`, bio: null, blocked: true, password: null });
    expect(row.email).not.toContain(email.split('@')[0]);
    expect(row.email).toMatch(/\.invalid$/);
    expect(row.deletedAt).not.toBeNull();
    expect(kept.author.id).toBe(user.id);
    expect(cms.strapi.plugin('moderation').service('members').publicAuthor(kept.author)).toBeNull();
    expect(login.status).toBe(400);
    expect(page.status).toBe(404);
  });

  it('should end the member’s sessions: access token and refresh cookie', async () => {
    const { jwt, password, refreshCookie } = await member();

    const answer = await fetch(`${cms.url}/api/forum/me`, {
      method: 'DELETE',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${jwt}`, cookie: refreshCookie },
      body: JSON.stringify({ password }),
    });
    const me = await cms.request('/api/forum/me', { token: jwt });
    const refresh = await fetch(`${cms.url}/api/auth/refresh`, { method: 'POST', headers: { cookie: refreshCookie } });

    expect(answer.status).toBe(204);
    expect(answer.headers.getSetCookie().join()).toMatch(/strapi_up_refresh=;.*expires=Thu, 01 Jan 1970/i);
    expect(me.status).toBe(401);
    expect(refresh.status).toBe(401);
  });
});
