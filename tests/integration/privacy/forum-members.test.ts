import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UIDS } from '@reseau-epn/platform';
import { getCms, type TestCms } from '../../helpers/cms';
import { createMember, deleteMembers, type Member } from '../../helpers/members';

/**
 * Forum members' private data (address, ban reason, approved posts, notification choice) never
 * reaches anybody but the member: not through the forum's public page, not through
 * users-permissions' own /api/users routes, which would list every address.
 */
let cms: TestCms;
let member: Member;
let other: Member;
const BAN_REASON = 'Motif-Secret-De-Bannissement';

beforeAll(async () => {
  cms = await getCms();
  member = await createMember(cms, { approvedPosts: 7 });
  other = await createMember(cms);
  await cms.strapi.db.query(UIDS.user).update({ where: { id: member.user.id }, data: { banReason: BAN_REASON, bio: 'Bio publique.' } });
});
afterAll(() => deleteMembers(cms, [member, other]));

const leaks = (body: unknown) => {
  const text = JSON.stringify(body);
  return [member.email, BAN_REASON, '"approvedPosts"', '"banned"', '"banReason"', '"notifyReplies"', '"password"', '"email"'].filter((marker) =>
    text.includes(marker),
  );
};

describe('forum members’ privacy', () => {
  it.each([
    ['a visitor', () => undefined],
    ['another member', () => other.jwt],
  ])('should close /api/users and /api/users/:id to %s', async (_who, token) => {
    const list = await cms.request('/api/users', { token: token() });
    const one = await cms.request(`/api/users/${member.user.id}`, { token: token() });
    const count = await cms.request('/api/users/count', { token: token() });

    expect([401, 403]).toContain(list.status);
    expect([401, 403]).toContain(one.status);
    expect([401, 403]).toContain(count.status);
    expect(leaks([list.body, one.body, count.body])).toEqual([]);
  });

  it('should show nothing private on a member’s public page, to a visitor or another member', async () => {
    const visitor = await cms.request(`/api/forum/members/${member.user.documentId}`);
    const otherMember = await cms.request(`/api/forum/members/${member.user.documentId}`, { token: other.jwt });

    expect(visitor.status).toBe(200);
    expect(otherMember.status).toBe(200);
    expect(leaks([visitor.body, otherMember.body])).toEqual([]);
  });

  it('should give the log-in answer and /api/users/me no private field but what the member may know', async () => {
    const me = await cms.request('/api/users/me', { token: member.jwt });

    expect(me.status).toBe(200);
    expect(leaks(me.body)).toEqual([]);
  });

  it('should give the member their own address through /api/forum/me only', async () => {
    const mine = await cms.request('/api/forum/me', { token: member.jwt });
    const theirs = await cms.request('/api/forum/me', { token: other.jwt });

    expect(mine.body.data.email).toBe(member.email);
    expect(JSON.stringify(theirs.body)).not.toContain(member.email);
  });
});
