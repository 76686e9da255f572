import { UIDS } from '@reseau-epn/platform';
import { MEMBER_LIMITS } from '@reseau-epn/strapi-plugin-moderation/contracts';

/**
 * What a forum member holds beyond users-permissions' own fields (plugins/moderation, design §1).
 * Private attributes are stripped by Strapi from every content-API answer; the forum's routes
 * build their public shapes (PublicAuthor, PublicMember) from the public ones only.
 */
export const memberAttributes = {
  /** The space of the directory the member works in, shown next to their name. */
  espace: { type: 'relation', relation: 'manyToOne', target: UIDS.espace },
  bio: { type: 'text', maxLength: MEMBER_LIMITS.bioMax },
  /** Posts a moderator approved: below `preModeratedPosts`, the member's posts wait for review. */
  approvedPosts: { type: 'integer', default: 0, min: 0, private: true },
  banned: { type: 'boolean', default: false, private: true },
  bannedAt: { type: 'datetime' },
  banReason: { type: 'text', private: true },
  /** Reply notifications; « tout désactiver » in a mail turns it off. */
  notifyReplies: { type: 'boolean', default: true, private: true },
  /** Set when the member deleted their account: their posts show « ancien membre ». */
  deletedAt: { type: 'datetime' },
} as const;
