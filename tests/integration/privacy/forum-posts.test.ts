import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';
import { createMember, deleteMembers, type Member } from '../../helpers/members';
import { XSS_PAYLOADS } from '../../fixtures/xss/payloads';
import { createCategory, createModerator, deleteAdmins, deleteForum, moderate, postReply, postTopic, type Admin } from '../forum/posts/helpers';

let cms: TestCms;
let category: { documentId: string; slug: string };
let moderator: Admin;
let author: Member;
let reader: Member;
let topic: { documentId: string; slug: string };

/** Private fields of topics, posts and members that no /api/forum answer may carry, by name. */
const PRIVATE_KEYS = [
  'email',
  'password',
  'moderationReason',
  'flagCount',
  'approvedPosts',
  'banned',
  'banReason',
  'notifyReplies',
  'resetPasswordToken',
  'confirmationToken',
  'provider',
];

function keysOf(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => keysOf(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      found.add(key);
      keysOf(inner, found);
    }
  }
  return found;
}

beforeAll(async () => {
  cms = await getCms();
  category = await createCategory(cms);
  moderator = await createModerator(cms);
  author = await createMember(cms, { approvedPosts: 3 });
  reader = await createMember(cms, { approvedPosts: 3 });
  const created = await postTopic(cms, author, { category: category.slug, body: 'Bonjour' });
  topic = created.body.data.topic;
  await postReply(cms, reader, topic.documentId, { body: 'Réponse' });
  // A refused post carries a moderation reason (private): it must not leak anywhere.
  const refused = await postReply(cms, await createMember(cms), topic.documentId, { body: 'Spam' });
  await moderate(cms, moderator.adminToken, 'posts', refused.body.data.documentId, 'reject', { reason: 'Raison privée' });
}, 600_000);

afterAll(async () => {
  await deleteForum(cms, [category]);
  await deleteMembers(cms, [author, reader]);
  await deleteAdmins(cms, [moderator]);
});

describe('the forum’s public answers', () => {
  it('should close the core topic and post routes to visitors and members', async () => {
    const statuses: Record<string, number> = {};
    for (const path of ['/api/sujets', '/api/messages', `/api/sujets/${topic.documentId}`]) {
      statuses[`visitor ${path}`] = (await cms.request(path)).status;
      statuses[`member ${path}`] = (await cms.request(path, { token: reader.jwt })).status;
    }

    expect(
      Object.values(statuses).every((status) => status === 403),
      JSON.stringify(statuses),
    ).toBe(true);
  });

  it('should carry no email and no private field of a topic, a post or a member', async () => {
    const answers = [
      await cms.request('/api/forum/categories'),
      await cms.request(`/api/forum/topics?category=${category.slug}`),
      await cms.request(`/api/forum/topics/${topic.slug}`),
      await cms.request(`/api/forum/topics/${topic.slug}/posts`),
      await cms.request(`/api/forum/members/${author.user.documentId}`),
    ];

    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    const text = JSON.stringify(answers.map((a) => a.body));
    expect(text).not.toContain('@secret.example');
    expect(text).not.toContain('Raison privée');
    const keys = keysOf(answers.map((a) => a.body));
    expect(PRIVATE_KEYS.filter((key) => keys.has(key))).toEqual([]);
  });
});

describe('the XSS corpus posted on the forum', () => {
  it('should answer html with no script, no event handler and no javascript: URL, in topics and replies', async () => {
    // 86 topics and 86 replies from two members: the posting limit is lifted for this test only.
    const saved = cms.strapi.config.get('plugin::moderation.rateLimit');
    cms.strapi.config.set('plugin::moderation.rateLimit', { max: 1000, windowSeconds: 600 });
    const htmls: string[] = [];
    try {
      for (const payload of XSS_PAYLOADS) {
        const body = payload.markdown.replaceAll('$RUN', `top.XSS=${payload.n}`);
        const created = await postTopic(cms, author, { category: category.slug, title: `XSS ${payload.n}`, body });
        const reply = await postReply(cms, reader, created.body.data.topic.documentId, { body });
        htmls.push(created.body.data.post.html, reply.body.data.html);
      }
    } finally {
      cms.strapi.config.set('plugin::moderation.rateLimit', saved);
      await cms.strapi.plugin('moderation').service('rate-limiter').reset();
    }

    expect(htmls).toHaveLength(XSS_PAYLOADS.length * 2);
    // Quoted attribute values may hold any text (a title quoting a payload): set aside when looking for handlers.
    const tagsOnly = (html: string) => html.replace(/"[^"]*"/g, '""');
    const offends = (html: string) =>
      /<(script|iframe|frame|svg|math|object|embed|style|form|base|meta|link|input|textarea|select|video|audio)\b/i.test(html) ||
      /<[^>]*\son[a-z]+\s*=/i.test(tagsOnly(html)) ||
      /\b(href|src|action|formaction|xlink:href)\s*=\s*["']?\s*(javascript|vbscript|data):/i.test(html);
    expect(htmls.filter(offends)).toEqual([]);
  }, 600_000);
});
