import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UIDS } from '@reseau-epn/platform';
import { getCms, type TestCms } from '../../../helpers/cms';
import { createEspace } from '../../../helpers/fixtures';
import { createMember, deleteMembers, type Member } from '../../../helpers/members';

/** /api/forum/me (the member's own profile) and /api/forum/members/:documentId (their public page). */
let cms: TestCms;
const members: Member[] = [];
let espace: { documentId: string; slug: string; name: string };

beforeAll(async () => {
  cms = await getCms();
  espace = (await createEspace(cms.strapi)) as typeof espace;
});
afterAll(async () => {
  await deleteMembers(cms, members);
  await cms.strapi.documents(UIDS.espace).delete({ documentId: espace.documentId, locale: '*' });
});

async function member(options: Parameters<typeof createMember>[1] = {}): Promise<Member> {
  const created = await createMember(cms, options);
  members.push(created);
  return created;
}

const update = (token: string, body: unknown) => cms.request('/api/forum/me', { method: 'PUT', token, body });

describe('a member’s own profile', () => {
  it('should show the member their address, space, bio and what is left of pre-moderation', async () => {
    const { jwt, email, user } = await member({ approvedPosts: 1 });

    const me = await cms.request('/api/forum/me', { token: jwt });

    expect(me.status).toBe(200);
    expect(me.body.data).toEqual({
      documentId: user.documentId,
      username: user.username,
      email,
      espace: null,
      bio: null,
      banned: false,
      moderatedPostsLeft: 2,
      notifyReplies: true,
    });
  });

  it('should refuse /api/forum/me to a visitor without a token', async () => {
    const me = await cms.request('/api/forum/me');

    expect([401, 403]).toContain(me.status);
  });

  it('should save the name, the space, the bio and the notification choice', async () => {
    const { jwt, user } = await member();

    const saved = await update(jwt, { username: `  Renommée ${user.id}  `, espace: espace.documentId, bio: ' Animatrice à Brest. ', notifyReplies: false });

    expect(saved.status).toBe(200);
    expect(saved.body.data).toMatchObject({
      username: `Renommée ${user.id}`,
      espace: { documentId: espace.documentId, slug: espace.slug, name: espace.name },
      bio: 'Animatrice à Brest.',
      notifyReplies: false,
    });
  });

  it('should take the space away with null', async () => {
    const { jwt } = await member();
    await update(jwt, { espace: espace.documentId });

    const saved = await update(jwt, { espace: null });

    expect(saved.body.data.espace).toBeNull();
  });

  it.each([
    ['a bio over 500 characters', { bio: 'x'.repeat(501) }, ['bio']],
    ['an unknown space', { espace: 'nexistepas' }, ['espace']],
    ['a name too short', { username: 'ab' }, ['username']],
  ])('should refuse %s with a 400 naming the field, and change nothing', async (_case, body, path) => {
    const { jwt, user } = await member();

    const saved = await update(jwt, { ...body, notifyReplies: false });
    const row = await cms.strapi.db.query(UIDS.user).findOne({ where: { id: user.id } });

    expect(saved.status).toBe(400);
    expect(saved.body.error.details.errors[0].path).toEqual(path);
    expect(row.notifyReplies).toBe(true);
  });

  it('should refuse a name another member holds', async () => {
    const other = await member();
    const { jwt } = await member();

    const saved = await update(jwt, { username: other.user.username });

    expect(saved.status).toBe(400);
    expect(saved.body.error.details.errors[0].path).toEqual(['username']);
  });

  it('should refuse fields only moderators set (approvedPosts, banned)', async () => {
    const { jwt, user } = await member();

    const saved = await update(jwt, { approvedPosts: 50, banned: false });
    const row = await cms.strapi.db.query(UIDS.user).findOne({ where: { id: user.id } });

    expect(saved.status).toBe(400);
    expect(row.approvedPosts).toBe(0);
  });

  it('should keep a banned member’s profile as it is, with their still valid token', async () => {
    const { jwt } = await member({ banned: true });

    const me = await cms.request('/api/forum/me', { token: jwt });
    const saved = await update(jwt, { bio: 'Venez sur promo.example' });

    expect(me.body.data.banned).toBe(true);
    expect(saved.status).toBe(403);
  });
});

describe('a member’s public page', () => {
  it('should show the name, space, bio and published posts, and nothing private', async () => {
    const { jwt, user, email } = await member({ approvedPosts: 2 });
    await update(jwt, { espace: espace.documentId, bio: 'Technicien.' });

    const page = await cms.request(`/api/forum/members/${user.documentId}`);

    expect(page.status).toBe(200);
    expect(page.body.data).toEqual({
      documentId: user.documentId,
      displayName: user.username,
      espace: { slug: espace.slug, name: espace.name },
      bio: 'Technicien.',
      memberSince: expect.any(String),
      postCount: 0,
    });
    expect(JSON.stringify(page.body)).not.toContain(email);
  });

  it('should answer 404 for an unknown member', async () => {
    const page = await cms.request('/api/forum/members/nexistepas');

    expect(page.status).toBe(404);
  });
});
