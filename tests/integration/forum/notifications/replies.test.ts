import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UIDS } from '@reseau-epn/platform';
import { getCms, type TestCms } from '../../../helpers/cms';
import {
  ageWatches,
  createMember,
  createPost,
  createTopic,
  deleteMembers,
  deleteTopics,
  emit,
  header,
  listUnsubscribe,
  type Member,
  textLink,
  TOPIC_WATCH_UID,
} from './helpers';

const PUBLISHED = 'moderation.post.published';

let cms: TestCms;
let author: Member;
let earlier: Member;
let replier: Member;
let quiet: Member;
let banned: Member;
let topic: { id: number; documentId: string; slug: string };
const topics: { id: number; documentId: string }[] = [];
const TITLE = `Imprimante <b>HS</b> ${Date.now()}`;

/** A reply by `member`, published, and the event the forum emits for it. */
async function reply(member: Member, body: string) {
  const post = await createPost(cms, topic.documentId, member, body);
  await emit(cms, PUBLISHED, { post: post.documentId, topic: topic.documentId, opening: false });
  return post;
}

const watchOf = (member: Member) => cms.strapi.db.query(TOPIC_WATCH_UID).findOne({ where: { key: `${member.user.documentId}:${topic.documentId}` } });

beforeAll(async () => {
  cms = await getCms();
  [author, earlier, replier, quiet, banned] = await Promise.all([
    createMember(cms),
    createMember(cms),
    createMember(cms),
    createMember(cms, { notifyReplies: false }),
    createMember(cms),
  ]);
  const created = await createTopic(cms, author, TITLE);
  topic = created.topic as typeof topic;
  topics.push(topic);
  await createPost(cms, topic.documentId, earlier, 'Avez-vous essayé de la redémarrer ?');
  await createPost(cms, topic.documentId, quiet, 'Même souci ici.');
  await createPost(cms, topic.documentId, banned, 'Achetez mes cartouches.');
  await cms.strapi.db.query(UIDS.user).update({ where: { id: banned.user.id }, data: { banned: true } });
  // A post still waiting: its author has no published post in the topic, so is not told.
  await createPost(cms, topic.documentId, replier, 'En attente', { state: 'en_attente' });
});

afterAll(async () => {
  await deleteTopics(cms, topics);
  await deleteMembers(cms, [author, earlier, replier, quiet, banned]);
});

describe('reply notifications', () => {
  it("should mail the topic's author and earlier repliers, not the replier, a member who turned them off or a banned one", async () => {
    await reply(replier, 'Changez le **pilote** : [ici](https://example.org/pilote).');

    expect(cms.inbox.to(author.email)).toHaveLength(1);
    expect(cms.inbox.to(earlier.email)).toHaveLength(1);
    expect([cms.inbox.to(replier.email), cms.inbox.to(quiet.email), cms.inbox.to(banned.email)]).toEqual([[], [], []]);
    const [mail] = cms.inbox.to(author.email);
    expect(mail.subject).toBe(`Nouvelle réponse dans « ${TITLE} »`);
    expect(mail.text).toContain(`${replier.user.username} a répondu`);
    expect(mail.text).toContain('Changez le pilote : ici (https://example.org/pilote).');
    expect(mail.text).toContain(`/forum/sujet/${topic.slug}/`);
  });

  it("should escape the markup of a member's title in the HTML part", () => {
    const [mail] = cms.inbox.to(author.email);

    expect(mail.html).toContain('Imprimante &lt;b&gt;HS&lt;/b&gt;');
    expect(mail.html).not.toContain('<b>HS</b>');
  });

  it('should not mail the same people again for a second reply the same day', async () => {
    await reply(replier, 'Ou le câble.');

    expect([cms.inbox.to(author.email).length, cms.inbox.to(earlier.email).length]).toEqual([1, 1]);
  });

  it('should mail again once the period has passed', async () => {
    await ageWatches(cms, topic.id, 25);

    await reply(replier, 'Alors, ça marche ?');

    expect([cms.inbox.to(author.email).length, cms.inbox.to(earlier.email).length]).toEqual([2, 2]);
  });

  it('should carry the one-click headers of RFC 8058', () => {
    const [mail] = cms.inbox.to(earlier.email);

    expect(header(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(listUnsubscribe(cms, mail)).toMatch(/\/api\/forum\/unsubscribe\?token=/);
  });

  it("should show a question, and unsubscribe nobody, on opening the mail's link", async () => {
    const response = await fetch(listUnsubscribe(cms, cms.inbox.to(earlier.email)[0]));
    const page = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(page).toContain('<form method="post"');
    expect(page).toContain(`Imprimante &lt;b&gt;HS&lt;/b&gt;`);
    expect((await watchOf(earlier)).unsubscribed).toBe(false);
  });

  it('should unsubscribe from the topic in one click (POST), and stop its mails', async () => {
    const response = await fetch(listUnsubscribe(cms, cms.inbox.to(earlier.email)[0]), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(response.status).toBe(200);
    expect((await watchOf(earlier)).unsubscribed).toBe(true);
    await ageWatches(cms, topic.id, 25);

    await reply(replier, 'Encore une question.');

    expect([cms.inbox.to(author.email).length, cms.inbox.to(earlier.email).length]).toEqual([3, 2]);
  });

  it('should turn every reply notification off through the « tout » link', async () => {
    const link = textLink(cms, cms.inbox.to(author.email)[0], 'Ne plus recevoir aucun avis de réponse');

    const response = await fetch(link, { method: 'POST', headers: { accept: 'text/html' } });

    expect(response.status).toBe(200);
    expect(await response.text()).toContain('tous les sujets du forum');
    expect((await cms.strapi.db.query(UIDS.user).findOne({ where: { id: author.user.id } })).notifyReplies).toBe(false);
  });

  it('should refuse a forged or mangled link with a 400 naming the token', async () => {
    const link = listUnsubscribe(cms, cms.inbox.to(author.email)[0]);
    const forged = `${link.slice(0, -3)}${link.endsWith('AAA') ? 'BBB' : 'AAA'}`;

    const response = await cms.request(new URL(forged).pathname + new URL(forged).search, { method: 'POST' });

    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['token']);
  });
});
