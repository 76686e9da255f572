import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UIDS } from '@reseau-epn/platform';
import { getCms, type TestCms } from '../../../helpers/cms';
import { createMember, deleteMembers, type Member } from '../../../helpers/members';
import { createCategory, createModerator, deleteAdmins, deleteForum, moderate, postReply, postTopic, type Admin } from './helpers';

let cms: TestCms;
let category: { documentId: string; slug: string };
let moderator: Admin;
const members: Member[] = [];
const member = async (options: Parameters<typeof createMember>[1] = {}) => {
  const created = await createMember(cms, options);
  members.push(created);
  return created;
};

beforeAll(async () => {
  cms = await getCms();
  category = await createCategory(cms);
  moderator = await createModerator(cms);
}, 600_000);

afterAll(async () => {
  await deleteForum(cms, [category]);
  await deleteMembers(cms, members);
  await deleteAdmins(cms, [moderator]);
});

describe('posting on the forum', () => {
  it('should keep a new member’s topic waiting, invisible to everyone but its author', async () => {
    const author = await member();
    const created = await postTopic(cms, author, { category: category.slug, body: 'Quel lecteur PDF conseillez-vous ?' });

    expect(created.status).toBe(201);
    expect(created.body.data.post).toMatchObject({ state: 'en_attente', opening: true });
    expect((await cms.request(`/api/forum/topics/${created.body.data.topic.slug}`)).status).toBe(404);
    expect((await cms.request(`/api/forum/topics?category=${category.slug}`)).body.data.map((t: { slug: string }) => t.slug)).not.toContain(
      created.body.data.topic.slug,
    );
    expect((await cms.request('/api/forum/me/posts', { token: author.jwt })).body.data.map((p: { documentId: string }) => p.documentId)).toContain(
      created.body.data.post.documentId,
    );
  });

  it('should publish a topic once a moderator approves its opening post, and count the approval for its author', async () => {
    const author = await member();
    const created = await postTopic(cms, author, { category: category.slug });

    const approved = await moderate(cms, moderator.adminToken, 'posts', created.body.data.post.documentId, 'approve');

    expect(approved.status).toBe(200);
    expect(approved.body.data.post.state).toBe('publie');
    const topic = await cms.request(`/api/forum/topics/${created.body.data.topic.slug}`);
    expect(topic.status).toBe(200);
    expect(topic.body.data.posts).toHaveLength(1);
    expect((await cms.strapi.db.query(UIDS.user).findOne({ where: { id: author.user.id } })).approvedPosts).toBe(1);
  });

  it('should publish directly once a member’s first 3 posts were approved', async () => {
    const author = await member();
    const posts: string[] = [];
    const first = await postTopic(cms, author, { category: category.slug });
    posts.push(first.body.data.post.documentId);
    await moderate(cms, moderator.adminToken, 'posts', posts[0], 'approve');
    for (const _ of [1, 2]) {
      const reply = await postReply(cms, author, first.body.data.topic.documentId);
      expect(reply.body.data.state).toBe('en_attente');
      expect((await moderate(cms, moderator.adminToken, 'posts', reply.body.data.documentId, 'approve')).status).toBe(200);
    }

    const fourth = await postReply(cms, author, first.body.data.topic.documentId);

    expect(fourth.status).toBe(201);
    expect(fourth.body.data.state).toBe('publie');
    const topic = await cms.request(`/api/forum/topics/${first.body.data.topic.slug}`);
    expect(topic.body.data.replyCount).toBe(3);
    expect(topic.body.data.posts.map((p: { documentId: string }) => p.documentId)).toContain(fourth.body.data.documentId);
  });

  it('should refuse a post from anonymous visitors', async () => {
    const answer = await cms.request('/api/forum/topics', { method: 'POST', body: { title: 'Anonyme', category: category.slug, body: 'Bonjour' } });

    expect([401, 403]).toContain(answer.status);
    expect(await cms.strapi.db.query(UIDS.sujet).count({ where: { title: 'Anonyme' } })).toBe(0);
  });

  it('should refuse a banned member’s post, naming the author', async () => {
    const banned = await member({ banned: true, approvedPosts: 5 });

    const answer = await postTopic(cms, banned, { category: category.slug });

    expect(answer.status).toBe(403);
    expect(answer.body.error.details.errors[0].path).toEqual(['author']);
  });

  it('should refuse a reply in a locked topic, saying it is locked', async () => {
    const trusted = await member({ approvedPosts: 3 });
    const created = await postTopic(cms, trusted, { category: category.slug });
    expect((await moderate(cms, moderator.adminToken, 'topics', created.body.data.topic.documentId, 'lock', { reason: 'Résolu' })).status).toBe(200);

    const answer = await postReply(cms, trusted, created.body.data.topic.documentId);

    expect(answer.status).toBe(403);
    expect(answer.body.error.message).toContain('verrouillé');
    expect(answer.body.error.details.errors[0].path).toEqual(['topic']);
  });

  it('should not let a member edit another member’s post', async () => {
    const author = await member({ approvedPosts: 3 });
    const other = await member({ approvedPosts: 3 });
    const created = await postTopic(cms, author, { category: category.slug, body: 'Texte original' });

    const answer = await cms.request(`/api/forum/posts/${created.body.data.post.documentId}`, { method: 'PUT', token: other.jwt, body: { body: 'Piraté' } });

    expect(answer.status).toBe(403);
    expect((await cms.strapi.documents(UIDS.message).findOne({ documentId: created.body.data.post.documentId }))?.body).toBe('Texte original');
  });

  it('should let the author edit their post and mark it edited', async () => {
    const author = await member({ approvedPosts: 3 });
    const created = await postTopic(cms, author, { category: category.slug, body: 'Premier jet' });

    const answer = await cms.request(`/api/forum/posts/${created.body.data.post.documentId}`, {
      method: 'PUT',
      token: author.jwt,
      body: { body: 'Version *corrigée*' },
    });

    expect(answer.status).toBe(200);
    expect(answer.body.data).toMatchObject({ body: 'Version *corrigée*', state: 'publie' });
    expect(answer.body.data.html).toContain('<em>corrigée</em>');
    expect(answer.body.data.editedAt).toEqual(expect.any(String));
  });

  it('should not show a member the pending posts of others', async () => {
    const author = await member();
    const reader = await member({ approvedPosts: 3 });
    const open = await postTopic(cms, reader, { category: category.slug });
    const pending = await postReply(cms, author, open.body.data.topic.documentId, { body: 'En attente' });
    expect(pending.body.data.state).toBe('en_attente');

    const posts = await cms.request(`/api/forum/topics/${open.body.data.topic.slug}/posts`, { token: reader.jwt });
    const mine = await cms.request('/api/forum/me/posts', { token: reader.jwt });

    expect(posts.body.data.map((p: { documentId: string }) => p.documentId)).not.toContain(pending.body.data.documentId);
    expect(mine.body.data.map((p: { documentId: string }) => p.documentId)).not.toContain(pending.body.data.documentId);
  });

  it('should answer a filled honeypot like a success and write nothing', async () => {
    const robot = await member({ approvedPosts: 3 });
    const title = `Pot de miel ${Date.now()}`;

    const answer = await postTopic(cms, robot, { category: category.slug, title, website: 'https://spam.example' });

    expect(answer.status).toBe(201);
    expect(await cms.strapi.db.query(UIDS.sujet).count({ where: { title } })).toBe(0);
  });
});
