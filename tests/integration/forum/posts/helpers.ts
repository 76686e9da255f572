import { randomBytes } from 'node:crypto';
import { UIDS } from '@reseau-epn/platform';
import type { TestCms } from '../../../helpers/cms';
import type { Member } from '../../../helpers/members';

export const unique = () => randomBytes(4).toString('hex');

/** A category of the knowledge base (French), which the forum files topics under. */
export async function createCategory(cms: TestCms) {
  const id = unique();
  const category = await cms.strapi.documents(UIDS.categorie).create({ locale: 'fr', data: { name: `Forum ${id}`, slug: `forum-${id}` } });
  return { documentId: category.documentId, slug: `forum-${id}` };
}

export interface Admin {
  email: string;
  /** The name the audit log shows. */
  name: string;
  adminId: number;
  adminToken: string;
}

/** An admin user of one of the network's admin roles (the permission matrix), logged in to the admin panel. */
export async function createAdmin(cms: TestCms, code: 'reseau-moderateur' | 'reseau-animateur' | 'reseau-technicien'): Promise<Admin> {
  const id = unique();
  const email = `admin.forum.${id}@secret.example`;
  const password = `Admin-${id}-Reseau1`;
  const role = await cms.strapi.db.query(UIDS.adminRole).findOne({ where: { code } });
  const admin = await cms.strapi.admin!.services.user.create({ firstname: 'Modo', lastname: id, email, password, isActive: true, roles: [role.id] });
  const login = await cms.request('/admin/login', { method: 'POST', body: { email, password } });
  if (login.status !== 200) throw new Error(`admin login failed for ${email}: ${login.status}`);
  return { email, name: `Modo ${id}`, adminId: admin.id, adminToken: login.body.data.token };
}

/** A Modérateur of the network, who holds the moderation actions. */
export const createModerator = (cms: TestCms): Promise<Admin> => createAdmin(cms, 'reseau-moderateur');

export async function deleteAdmins(cms: TestCms, admins: (Admin | undefined)[]): Promise<void> {
  const ids = admins.filter((a): a is Admin => !!a).map((a) => a.adminId);
  if (ids.length > 0) await cms.strapi.db.query(UIDS.adminUser).deleteMany({ where: { id: { $in: ids } } });
}

/** POST /api/forum/topics as a member. */
export function postTopic(cms: TestCms, member: Pick<Member, 'jwt'>, body: Record<string, unknown>) {
  return cms.request('/api/forum/topics', {
    method: 'POST',
    token: member.jwt,
    body: { title: `Question ${unique()}`, body: 'Bonjour, une question.', ...body },
  });
}

/** POST /api/forum/topics/:documentId/posts as a member. */
export function postReply(cms: TestCms, member: Pick<Member, 'jwt'>, topic: string, body: Record<string, unknown> = {}) {
  return cms.request(`/api/forum/topics/${topic}/posts`, { method: 'POST', token: member.jwt, body: { body: `Réponse ${unique()}`, ...body } });
}

/** An admin moderation action (/moderation/{posts|topics|members}/:documentId/:action). */
export function moderate(
  cms: TestCms,
  adminToken: string,
  target: 'posts' | 'topics' | 'members',
  documentId: string,
  action: string,
  body: Record<string, unknown> = {},
) {
  return cms.request(`/moderation/${target}/${documentId}/${action}`, { method: 'POST', token: adminToken, body });
}

/** Removes what a file wrote to the forum: its topics (by category) with their posts, flags and audit entries. */
export async function deleteForum(cms: TestCms, categories: { documentId: string }[]) {
  for (const category of categories) {
    const topics = await cms.strapi.db.query(UIDS.sujet).findMany({ where: { category: { documentId: category.documentId } }, select: ['id', 'documentId'] });
    const ids = topics.map((t: { id: number }) => t.id);
    const posts = await cms.strapi.db.query(UIDS.message).findMany({ where: { topic: { id: { $in: ids } } }, select: ['id', 'documentId'] });
    const postDocs = posts.map((p: { documentId: string }) => p.documentId);
    await cms.strapi.db.query('plugin::moderation.flag').deleteMany({ where: { post: { documentId: { $in: postDocs } } } });
    await cms.strapi.db
      .query('plugin::moderation.audit-entry')
      .deleteMany({ where: { targetId: { $in: [...postDocs, ...topics.map((t: { documentId: string }) => t.documentId)] } } });
    await cms.strapi.db.query(UIDS.message).deleteMany({ where: { id: { $in: posts.map((p: { id: number }) => p.id) } } });
    await cms.strapi.db.query(UIDS.sujet).deleteMany({ where: { id: { $in: ids } } });
    await cms.strapi.db.query(UIDS.categorie).deleteMany({ where: { documentId: category.documentId } });
  }
}
