import { randomBytes } from 'node:crypto';
import type { ParsedMail } from 'mailparser';
import { UIDS } from '@reseau-epn/platform';
import type { TestCms } from '../../../helpers/cms';
import { PERMISSIONS } from '../../../../plugins/moderation/shared/permissions';
import type { PostState } from '../../../../plugins/moderation/shared/contracts';
import type { NotificationsService } from '../../../../plugins/moderation/server/src/notifications/service';

export const TOPIC_WATCH_UID = UIDS.topicWatch;

/** The plugin's notifications service: `settled()` waits for the mails an event started. */
export const notifications = (cms: TestCms) => cms.strapi.plugin('moderation').service('notifications') as NotificationsService;

/** Emits a forum event the way the forum's service does after its commit, and waits for its mails to be sent. */
export async function emit(cms: TestCms, name: string, payload: Record<string, unknown>): Promise<void> {
  await cms.strapi.eventHub.emit(name, payload);
  await notifications(cms).settled();
}

const unique = () => randomBytes(4).toString('hex');

/** A confirmed member, as the notifications read them (no session needed: events are emitted here). */
export interface Member {
  email: string;
  user: { id: number; documentId: string; username: string };
}

export async function createMember(cms: TestCms, data: { banned?: boolean; notifyReplies?: boolean } = {}): Promise<Member> {
  const id = unique();
  const email = `membre.notif.${id}@secret.example`;
  const role = await cms.strapi.db.query(UIDS.role).findOne({ where: { type: 'authenticated' } });
  const created = await cms.strapi
    .plugin('users-permissions')
    .service('user')
    .add({ username: `membre-notif-${id}`, email, password: `Membre-${id}-2026`, provider: 'local', confirmed: true, role: role.id });
  const user = await cms.strapi.db
    .query(UIDS.user)
    .update({ where: { id: created.id }, data: { banned: data.banned ?? false, notifyReplies: data.notifyReplies ?? true } });
  return { email, user };
}

export async function deleteMembers(cms: TestCms, members: (Member | undefined)[]): Promise<void> {
  const emails = members.filter((m): m is Member => !!m).map((m) => m.email);
  if (emails.length > 0) await cms.strapi.db.query(UIDS.user).deleteMany({ where: { email: { $in: emails } } });
}

/** A published topic and its opening post, written with the Document Service. */
export async function createTopic(cms: TestCms, author: Member, title: string) {
  const topic = await cms.strapi.documents(UIDS.sujet).create({
    data: { title, slug: `sujet-notif-${unique()}`, author: author.user.id, state: 'publie', language: 'fr', lastActivityAt: new Date().toISOString() },
  });
  const opening = await createPost(cms, topic.documentId, author, 'Mon imprimante ne répond plus.', { opening: true });
  return { topic, opening };
}

export async function createPost(cms: TestCms, topic: string, author: Member, body: string, options: { opening?: boolean; state?: PostState } = {}) {
  return cms.strapi.documents(UIDS.message).create({
    data: { topic, author: author.user.id, body, state: options.state ?? 'publie', opening: options.opening ?? false, language: 'fr' },
  });
}

/** An admin role holding the given moderation actions, and an admin user in it. */
export async function createAdmin(cms: TestCms, actions: string[], options: { isActive?: boolean } = {}) {
  const id = unique();
  const role = await cms.strapi.admin!.services.role.create({ name: `Modération test ${id}`, description: 'test' });
  // Written as rows, the way the admin stores a role's permissions: the test is about who holds them.
  for (const action of actions) {
    await cms.strapi.db.query(UIDS.adminPermission).create({ data: { action, subject: null, properties: {}, conditions: [], role: role.id } });
  }
  const email = `moderateur.${id}@secret.example`;
  const user = await cms.strapi.admin!.services.user.create({
    firstname: 'Modo',
    lastname: id,
    email,
    password: `Modo-${id}-Reseau1`,
    isActive: options.isActive ?? true,
    roles: [role.id],
  });
  return { email, userId: user.id as number, roleId: role.id as number };
}

export const MODERATE = PERMISSIONS.moderate;
export const READ = PERMISSIONS.read;

export async function deleteAdmins(cms: TestCms, admins: ({ userId: number; roleId: number } | undefined)[]): Promise<void> {
  for (const admin of admins) {
    if (!admin) continue;
    await cms.strapi.db.query(UIDS.adminUser).delete({ where: { id: admin.userId } });
    const permissions = await cms.strapi.db.query(UIDS.adminPermission).findMany({ where: { role: { id: admin.roleId } }, select: ['id'] });
    await cms.strapi.db.query(UIDS.adminPermission).deleteMany({ where: { id: { $in: permissions.map((p: { id: number }) => p.id) } } });
    await cms.strapi.db.query(UIDS.adminRole).delete({ where: { id: admin.roleId } });
  }
}

/** Moves every watch of the topic back in time, as if its last notification were that old. */
export async function ageWatches(cms: TestCms, topicId: number, hours: number): Promise<void> {
  const watches = await cms.strapi.db.query(TOPIC_WATCH_UID).findMany({ where: { topic: { id: topicId } }, select: ['id'] });
  await cms.strapi.db
    .query(TOPIC_WATCH_UID)
    .updateMany({ where: { id: { $in: watches.map((w: { id: number }) => w.id) } }, data: { lastNotifiedAt: new Date(Date.now() - hours * 3_600_000) } });
}

/** Removes the topics (their posts and watches with them). */
export async function deleteTopics(cms: TestCms, topics: ({ id: number; documentId: string } | undefined)[]): Promise<void> {
  for (const topic of topics) {
    if (!topic) continue;
    // By ids: the query engine cannot delete through a relation's condition in one statement.
    const watches = await cms.strapi.db.query(TOPIC_WATCH_UID).findMany({ where: { topic: { id: topic.id } }, select: ['id'] });
    await cms.strapi.db.query(TOPIC_WATCH_UID).deleteMany({ where: { id: { $in: watches.map((w: { id: number }) => w.id) } } });
    const posts = await cms.strapi.db.query(UIDS.message).findMany({ where: { topic: { id: topic.id } }, select: ['id'] });
    await cms.strapi.db.query(UIDS.message).deleteMany({ where: { id: { $in: posts.map((p: { id: number }) => p.id) } } });
    await cms.strapi.db.query(UIDS.sujet).delete({ where: { id: topic.id } });
  }
}

/** A header as the mail carries it (mailparser turns List-* headers into objects; the raw line is what clients read). */
export function header(mail: ParsedMail, name: string): string | undefined {
  return mail.headerLines
    .find((line) => line.key === name.toLowerCase())
    ?.line.replace(/^[^:]+:\s*/, '')
    .replace(/\r?\n\s+/g, ' ');
}

/** The unsubscription address a mail carries for the mail client (RFC 2369), as the test CMS serves it. */
export function listUnsubscribe(cms: TestCms, mail: ParsedMail): string {
  const value = /^<([^>]+)>$/.exec(header(mail, 'List-Unsubscribe') ?? '')?.[1];
  if (!value) throw new Error('no List-Unsubscribe header');
  return localUrl(cms, value);
}

/** A link of the mail's text part whose words precede it (« Ne plus recevoir aucun avis de réponse : <url> »). */
export function textLink(cms: TestCms, mail: ParsedMail, words: string): string {
  const match = new RegExp(`${words} : (\\S+)`).exec(mail.text ?? '');
  if (!match) throw new Error(`no « ${words} » link in the mail`);
  return localUrl(cms, match[1]);
}

/** The CMS's public address in mails (apiUrl) is not the test server's port: keep the path and query. */
function localUrl(cms: TestCms, url: string): string {
  const parsed = new URL(url);
  return `${cms.url}${parsed.pathname}${parsed.search}`;
}
