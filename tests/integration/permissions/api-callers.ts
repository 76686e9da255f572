import { UIDS } from '@reseau-epn/platform';
import { NETWORK_API_ROLES } from '../../../cms/src/bootstrap/permission-matrix';
import type { Response, TestCms } from '../../helpers/cms';
import { createMember } from '../../helpers/members';
import { createPerson } from '../../helpers/people';
import type { ApiRoleType } from './expected';

/** Someone calling the content API as one users-permissions role; a visitor (Public) has no token. */
export interface ApiCaller {
  type: ApiRoleType;
  /** The role's name, as the tests are named. */
  name: string;
  jwt: string | null;
  email: string | null;
  /** The users-permissions account. */
  userId: number | null;
  /** The admin-panel account of the same person (the network's roles only), which the workflow reads ownership from. */
  adminId: number | null;
}

/** Every content-API role in the order the tests list them: a visitor, a member, then the network's roles. */
export const API_ROLE_NAMES: readonly { type: ApiRoleType; name: string }[] = [
  { type: 'public', name: 'Public' },
  { type: 'authenticated', name: 'Authenticated member' },
  ...NETWORK_API_ROLES,
];

export async function apiCallers(cms: TestCms): Promise<ApiCaller[]> {
  return Promise.all(
    API_ROLE_NAMES.map(async ({ type, name }): Promise<ApiCaller> => {
      if (type === 'public') return { type, name, jwt: null, email: null, userId: null, adminId: null };
      if (type === 'authenticated') {
        const member = await createMember(cms);
        return { type, name, jwt: member.jwt, email: member.email, userId: member.user.id, adminId: null };
      }
      const person = await createPerson(cms, type);
      const user = await cms.strapi.db.query(UIDS.user).findOne({ where: { email: person.email }, select: ['id'] });
      return { type, name, jwt: person.jwt, email: person.email, userId: user.id, adminId: person.adminId };
    }),
  );
}

/** Removes the callers' accounts (both of them for the network's people) and the workflow's mails to them. */
export async function removeCallers(cms: TestCms, callers: ApiCaller[]): Promise<void> {
  const emails = callers.flatMap((caller) => (caller.email === null ? [] : [caller.email]));
  await cms.strapi.db.query(UIDS.workflowNotification).deleteMany({ where: { to: { $in: emails } } });
  for (const caller of callers) {
    if (caller.adminId !== null) await cms.strapi.db.query(UIDS.adminUser).delete({ where: { id: caller.adminId } });
    if (caller.email !== null) await cms.strapi.db.query(UIDS.user).delete({ where: { email: caller.email } });
  }
}

/**
 * A content-API request as `caller`. Unlike `cms.request`, it takes any answer: a route missing
 * for a method is Koa's plain-text « Method Not Allowed », not JSON.
 */
export async function callApi(
  cms: TestCms,
  caller: ApiCaller,
  path: string,
  { method = 'GET', body }: { method?: string; body?: unknown } = {},
): Promise<Response> {
  const response = await fetch(cms.url + path, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(caller.jwt ? { authorization: `Bearer ${caller.jwt}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const json = response.headers.get('content-type')?.includes('application/json') ?? false;
  return { status: response.status, body: json && text ? JSON.parse(text) : null };
}
