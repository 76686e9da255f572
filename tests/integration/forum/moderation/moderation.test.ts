import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UIDS } from '@reseau-epn/platform';
import { getCms, type TestCms } from '../../../helpers/cms';
import { createMember, deleteMembers, type Member } from '../../../helpers/members';
import { createAdmin, createCategory, createModerator, deleteAdmins, deleteForum, moderate, postReply, postTopic, type Admin } from '../posts/helpers';

let cms: TestCms;
let category: { documentId: string; slug: string };
let moderator: Admin;
let animateur: Admin;
const members: Member[] = [];
const member = async (options: Parameters<typeof createMember>[1] = {}) => {
  const created = await createMember(cms, options);
  members.push(created);
  return created;
};
const flag = (who: Member, post: string, body: Record<string, unknown> = { reason: 'spam' }) =>
  cms.request(`/api/forum/posts/${post}/flags`, { method: 'POST', token: who.jwt, body });
/** A published topic by a trusted member, and its opening post. */
async function publishedTopic() {
  const author = await member({ approvedPosts: 3 });
  const created = await postTopic(cms, author, { category: category.slug });
  expect(created.body.data.post.state).toBe('publie');
  return { author, topic: created.body.data.topic, post: created.body.data.post };
}

beforeAll(async () => {
  cms = await getCms();
  category = await createCategory(cms);
  moderator = await createModerator(cms);
  animateur = await createAdmin(cms, 'reseau-animateur');
}, 600_000);

afterAll(async () => {
  await deleteForum(cms, [category]);
  await deleteMembers(cms, members);
  await deleteAdmins(cms, [moderator, animateur]);
});

describe('flags', () => {
  it('should hide a post flagged by 3 distinct members and record it in the audit log', async () => {
    const { topic } = await publishedTopic();
    const reply = await postReply(cms, await member({ approvedPosts: 3 }), topic.documentId, { body: 'Achetez des montres' });
    const flaggers = [await member(), await member(), await member()];

    const answers = [];
    for (const flagger of flaggers) answers.push(await flag(flagger, reply.body.data.documentId));

    expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
    const page = await cms.request(`/api/forum/topics/${topic.slug}`);
    expect(page.body.data.posts.map((p: { documentId: string }) => p.documentId)).not.toContain(reply.body.data.documentId);
    expect(page.body.data.replyCount).toBe(0);
    const audit = await cms.request('/moderation/audit', { token: moderator.adminToken });
    expect(audit.body.data.find((e: { targetId: string }) => e.targetId === reply.body.data.documentId)).toMatchObject({ action: 'auto_hide', actor: null });
  });

  it('should refuse a second flag from the same member with 409', async () => {
    const { post } = await publishedTopic();
    const flagger = await member();
    expect((await flag(flagger, post.documentId)).status).toBe(201);

    const again = await flag(flagger, post.documentId, { reason: 'offensive' });

    expect(again.status).toBe(409);
    expect(await cms.strapi.db.query('plugin::moderation.flag').count({ where: { post: { documentId: post.documentId } } })).toBe(1);
  });

  it('should refuse a flag without a known reason, naming the field', async () => {
    const { post } = await publishedTopic();

    const answer = await flag(await member(), post.documentId, { reason: 'boring' });

    expect(answer.status).toBe(400);
    expect(answer.body.error.details.errors[0].path).toEqual(['reason']);
  });
});

describe('moderators’ actions', () => {
  it('should record who rejected a post, when and why, and tell its author', async () => {
    const author = await member();
    const created = await postTopic(cms, author, { category: category.slug });

    const answer = await moderate(cms, moderator.adminToken, 'posts', created.body.data.post.documentId, 'reject', { reason: 'Hors sujet' });

    expect(answer.status).toBe(200);
    const mine = await cms.request('/api/forum/me/posts', { token: author.jwt });
    expect(mine.body.data[0]).toMatchObject({ state: 'refuse', moderationReason: 'Hors sujet' });
    const entry = (await cms.request('/moderation/audit', { token: moderator.adminToken })).body.data.find(
      (e: { targetId: string }) => e.targetId === created.body.data.post.documentId,
    );
    expect(entry).toMatchObject({ action: 'reject', targetType: 'post', reason: 'Hors sujet', actor: moderator.name });
    expect(Date.parse(entry.createdAt)).not.toBeNaN();
  });

  it('should require a reason to reject, naming the field', async () => {
    const created = await postTopic(cms, await member(), { category: category.slug });

    const answer = await moderate(cms, moderator.adminToken, 'posts', created.body.data.post.documentId, 'reject');

    expect(answer.status).toBe(400);
    expect(answer.body.error.details.errors[0].path).toEqual(['reason']);
  });

  it('should list pending posts in the queue', async () => {
    const created = await postTopic(cms, await member(), { category: category.slug });

    const queue = await cms.request('/moderation/queue?kind=pending&pageSize=100', { token: moderator.adminToken });

    expect(queue.status).toBe(200);
    expect(queue.body.data.map((item: { post: { documentId: string } }) => item.post.documentId)).toContain(created.body.data.post.documentId);
  });

  it('should refuse the moderation routes to an Animateur (403) and to a member (401)', async () => {
    const created = await postTopic(cms, await member(), { category: category.slug });
    const post = created.body.data.post.documentId;

    const asAnimateur = await moderate(cms, animateur.adminToken, 'posts', post, 'approve');
    const asMember = await moderate(cms, (await member()).jwt, 'posts', post, 'approve');

    expect(asAnimateur.status).toBe(403);
    expect(asMember.status).toBe(401);
    expect((await cms.strapi.documents(UIDS.message).findOne({ documentId: post }))?.state).toBe('en_attente');
  });

  it('should hide a banned member’s published posts when asked', async () => {
    const { author, topic, post } = await publishedTopic();

    const answer = await moderate(cms, moderator.adminToken, 'members', author.user.documentId, 'ban', { reason: 'Spam répété', hidePosts: true });

    expect(answer.status).toBe(200);
    expect(answer.body.data).toMatchObject({ banned: true });
    expect((await cms.strapi.documents(UIDS.message).findOne({ documentId: post.documentId }))?.state).toBe('masque');
    expect((await cms.request(`/api/forum/topics/${topic.slug}`)).status).toBe(404);
    expect((await postReply(cms, author, topic.documentId)).status).toBe(403);
  });
});

describe('rate limits', () => {
  it('should answer 429 with Retry-After once a member posted too much', async () => {
    const config = cms.strapi.config.get('plugin::moderation') as { rateLimit: { max: number; windowSeconds: number } };
    const saved = config.rateLimit;
    cms.strapi.config.set('plugin::moderation.rateLimit', { max: 2, windowSeconds: 600 });
    try {
      const { topic } = await publishedTopic();
      const talker = await member({ approvedPosts: 3 });
      const statuses = [];
      for (const _ of [1, 2, 3]) statuses.push((await postReply(cms, talker, topic.documentId)).status);
      const response = await fetch(`${cms.url}/api/forum/topics/${topic.documentId}/posts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${talker.jwt}` },
        body: JSON.stringify({ body: 'encore' }),
      });

      expect(statuses).toEqual([201, 201, 429]);
      expect(response.status).toBe(429);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      cms.strapi.config.set('plugin::moderation.rateLimit', saved);
      await cms.strapi.plugin('moderation').service('rate-limiter').reset();
    }
  });
});
