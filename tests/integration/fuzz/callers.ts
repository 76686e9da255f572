import type { UID } from '@strapi/strapi';
import { UIDS } from '@reseau-epn/platform';
import type { TestCms } from '../../helpers/cms';
import { CONTENT_TYPES, sampleData } from '../../helpers/fixtures';
import { createMember, deleteMembers, type Member } from '../../helpers/members';
import { createPerson, type Person } from '../../helpers/people';
import { fullAccessToken } from '../../helpers/tokens';
import type { FuzzRoute } from './routes';

/** Who sends a request: its name in reports and the Authorization it carries. */
export interface Caller {
  name: string;
  headers: Record<string, string>;
}

/**
 * The people the fuzzer speaks as, and one document of each content type whose documentId it
 * puts in routes' parameters, so that updates and workflow calls reach their validation rather
 * than stopping at « not found ».
 */
export interface FuzzWorld {
  callersOf(route: FuzzRoute): Caller[];
  documentIds: Map<string, string>;
  cleanup(): Promise<void>;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export async function createFuzzWorld(cms: TestCms): Promise<FuzzWorld> {
  const member: Member = await createMember(cms);
  const moderator: Person = await createPerson(cms, 'moderateur');
  const token = await fullAccessToken(cms);
  const anonymous: Caller = { name: 'anonyme', headers: {} };
  const contentApi: Caller[] = [
    anonymous,
    { name: 'membre', headers: bearer(member.jwt) },
    { name: 'modérateur (API)', headers: bearer(moderator.jwt) },
    { name: 'jeton complet', headers: bearer(token) },
  ];
  const admin: Caller[] = [anonymous, { name: 'modérateur (admin)', headers: bearer(moderator.adminToken) }];

  const documentIds = new Map<string, string>();
  for (const uid of CONTENT_TYPES) {
    const created = await cms.strapi.documents(uid as UID.ContentType).create({ data: sampleData(uid) });
    documentIds.set(uid, created.documentId);
  }

  return {
    callersOf: (route) => (route.type === 'admin' ? admin : contentApi),
    documentIds,
    async cleanup() {
      for (const [uid, documentId] of documentIds) await cms.strapi.documents(uid as UID.ContentType).delete({ documentId, locale: '*' });
      await deleteMembers(cms, [member]);
      await cms.strapi.db.query(UIDS.adminUser).delete({ where: { id: moderator.adminId } });
      await cms.strapi.db.query(UIDS.user).delete({ where: { email: moderator.email } });
    },
  };
}
