import { randomBytes } from 'node:crypto';
import { UIDS } from '@reseau-epn/platform';
import type { TestCms } from './cms';

export interface MemberOptions {
  /** Display name (3–40 characters); unique by default. */
  username?: string;
  /** Posts already approved: at `preModeratedPosts` (3) or more, the member's posts appear directly. */
  approvedPosts?: number;
  banned?: boolean;
}

export interface Member {
  /** The member's access token (Authorization: Bearer), from a real log-in. */
  jwt: string;
  /** The `strapi_up_refresh` cookie the log-in set, as a Cookie header value. */
  refreshCookie: string;
  /** The user row (id, documentId, username…), private fields included. */
  user: { id: number; documentId: string; username: string; [field: string]: unknown };
  email: string;
  password: string;
}

/**
 * A forum member whose address is confirmed, logged in through POST /api/auth/local as the site
 * does. Created with users-permissions' own service in the Authenticated role (a sign-up's
 * default), so no confirmation mail is sent; delete with `deleteMembers`.
 */
export async function createMember(cms: TestCms, options: MemberOptions = {}): Promise<Member> {
  const id = randomBytes(4).toString('hex');
  const email = `membre.${id}@secret.example`;
  const password = `Membre-${id}-2026`;
  const role = await cms.strapi.db.query(UIDS.role).findOne({ where: { type: 'authenticated' } });
  const created = await cms.strapi
    .plugin('users-permissions')
    .service('user')
    .add({ username: options.username ?? `membre-${id}`, email, password, provider: 'local', confirmed: true, role: role.id });

  const response = await fetch(`${cms.url}/api/auth/local`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier: email, password }),
  });
  const body = await response.json();
  if (response.status !== 200) throw new Error(`login failed for ${email}: ${response.status} ${JSON.stringify(body)}`);
  const refreshCookie = (response.headers.getSetCookie().find((cookie) => cookie.startsWith('strapi_up_refresh=')) ?? '').split(';')[0];

  // Set after the log-in, as a moderator would: a banned member still holds a session.
  const user = await cms.strapi.db.query(UIDS.user).update({
    where: { id: created.id },
    data: { approvedPosts: options.approvedPosts ?? 0, banned: options.banned ?? false, bannedAt: options.banned ? new Date() : null },
  });
  return { jwt: body.jwt, refreshCookie, user, email, password };
}

/** Removes members created by a test file (their sessions go with them). */
export async function deleteMembers(cms: TestCms, members: Pick<Member, 'email'>[]): Promise<void> {
  const emails = members.filter(Boolean).map((member) => member.email);
  if (emails.length > 0) await cms.strapi.db.query(UIDS.user).deleteMany({ where: { email: { $in: emails } } });
}
