import { describe, expect, it } from 'vitest';
import { type Member, replyRecipients } from '../../../plugins/moderation/server/src/notifications/recipients';

const member = (id: number, extra: Partial<Member> = {}): Member => ({
  id,
  documentId: `m${id}`,
  email: `m${id}@example.test`,
  username: `membre${id}`,
  ...extra,
});
const ids = (members: Member[]) => members.map((m) => m.id);

describe('reply recipients', () => {
  it("should tell the topic's author and earlier posters, once each, in order", () => {
    expect(ids(replyRecipients(member(9), member(1), [member(1), member(2), member(3), member(2)]))).toEqual([1, 2, 3]);
  });

  it('should leave out the one who replied', () => {
    expect(ids(replyRecipients(member(2), member(1), [member(1), member(2)]))).toEqual([1]);
  });

  it('should leave out banned, blocked and deleted members, and those without an address', () => {
    const posters = [member(2, { banned: true }), member(3, { blocked: true }), member(4, { deletedAt: '2026-01-01T00:00:00Z' }), member(5, { email: null })];

    expect(ids(replyRecipients(member(9), member(1), posters))).toEqual([1]);
  });

  it('should leave out members who turned reply notifications off, and keep those who never chose', () => {
    expect(
      ids(replyRecipients(member(9), member(1, { notifyReplies: false }), [member(2, { notifyReplies: null }), member(3, { notifyReplies: true })])),
    ).toEqual([2, 3]);
  });

  it('should skip deleted accounts (no author) without failing', () => {
    expect(ids(replyRecipients(null, null, [null, member(2)]))).toEqual([2]);
  });
});
