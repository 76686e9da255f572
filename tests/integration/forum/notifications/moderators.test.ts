import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../../helpers/cms';
import { createAdmin, createMember, createPost, createTopic, deleteAdmins, deleteMembers, deleteTopics, emit, type Member, MODERATE, READ } from './helpers';

let cms: TestCms;
let member: Member;
let moderator: Awaited<ReturnType<typeof createAdmin>>;
let reader: Awaited<ReturnType<typeof createAdmin>>;
let inactive: Awaited<ReturnType<typeof createAdmin>>;
let topic: { id: number; documentId: string; slug: string };

beforeAll(async () => {
  cms = await getCms();
  member = await createMember(cms);
  [moderator, reader, inactive] = await Promise.all([
    createAdmin(cms, [READ, MODERATE]),
    createAdmin(cms, [READ]),
    createAdmin(cms, [READ, MODERATE], { isActive: false }),
  ]);
  topic = (await createTopic(cms, member, `Wifi capricieux ${Date.now()}`)).topic as typeof topic;
});

afterAll(async () => {
  await deleteTopics(cms, [topic]);
  await deleteMembers(cms, [member]);
  await deleteAdmins(cms, [moderator, reader, inactive]);
});

describe('moderator alerts', () => {
  it('should mail the active moderators, and them only, when a post waits for review', async () => {
    const post = await createPost(cms, topic.documentId, member, 'Mon premier message', { state: 'en_attente' });

    await emit(cms, 'moderation.post.pending', { post: post.documentId, topic: topic.documentId });

    const [mail] = await cms.inbox.waitForTo(moderator.email);
    expect(mail.subject).toMatch(/^Message à relire dans « Wifi capricieux/);
    expect(mail.text).toContain('Mon premier message');
    expect(mail.text).toMatch(/\/admin\/plugins\/moderation\?tab=pending/);
    expect([cms.inbox.to(reader.email), cms.inbox.to(inactive.email)]).toEqual([[], []]);
  });

  it('should mail the moderators when a post is flagged, saying whether it was hidden', async () => {
    const post = await createPost(cms, topic.documentId, member, 'Un message douteux');

    await emit(cms, 'moderation.post.flagged', { post: post.documentId, topic: topic.documentId, flags: 3, hidden: true });

    const mail = await cms.inbox.waitForMatch((m) => m.subject?.startsWith('Message signalé') === true && cms.inbox.to(moderator.email).includes(m));
    expect(mail.text).toContain('3 signalements');
    expect(mail.text).toContain('masqué jusqu’à votre décision');
    expect(mail.text).toMatch(/\?tab=flagged/);
  });
});

describe('rejection', () => {
  it("should send the moderator's reason to the post's author", async () => {
    const post = await createPost(cms, topic.documentId, member, 'Achetez <script>alert(1)</script> ici', { state: 'refuse' });

    await emit(cms, 'moderation.post.rejected', { post: post.documentId, topic: topic.documentId, reason: 'Publicité <interdite>' });

    const [mail] = await cms.inbox.waitForTo(member.email);
    expect(mail.subject).toMatch(/n’a pas été publié$/);
    expect(mail.text).toContain('Publicité <interdite>');
    expect(mail.html).toContain('Publicité &lt;interdite&gt;');
    expect(mail.html).not.toContain('<script>');
  });
});
