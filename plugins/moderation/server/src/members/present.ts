import type { MyProfile, PublicAuthor, PublicMember } from '../../../shared/contracts';

/** A member as the members area reads it (the user row, `espace` populated when asked for). */
export interface MemberRow {
  id: number;
  documentId: string;
  username: string;
  email?: string;
  bio?: string | null;
  banned?: boolean | null;
  approvedPosts?: number | null;
  notifyReplies?: boolean | null;
  deletedAt?: string | Date | null;
  createdAt?: string | Date;
  espace?: { documentId: string; slug: string; name: string } | null;
}

/** The populate that gives `publicAuthor` and `myProfile` the member's space. */
export const MEMBER_POPULATE = { espace: { fields: ['documentId', 'slug', 'name'] } } as const;

/** What anybody may see of a post's author: never an email; null once the account is deleted. */
export function publicAuthor(user: Pick<MemberRow, 'documentId' | 'username' | 'deletedAt' | 'espace'> | null | undefined): PublicAuthor | null {
  if (!user || user.deletedAt) return null;
  return { documentId: user.documentId, displayName: user.username, espace: user.espace ? { slug: user.espace.slug, name: user.espace.name } : null };
}

/** A member's public page; the caller has checked the account is not deleted. */
export function publicMember(user: MemberRow, postCount: number): PublicMember {
  return {
    ...publicAuthor(user)!,
    bio: user.bio || null,
    memberSince: new Date(user.createdAt ?? 0).toISOString(),
    postCount,
  };
}

/** The member's own profile: the only answer that carries their address. */
export function myProfile(user: MemberRow, preModeratedPosts: number): MyProfile {
  return {
    documentId: user.documentId,
    username: user.username,
    email: user.email ?? '',
    espace: user.espace ? { documentId: user.espace.documentId, slug: user.espace.slug, name: user.espace.name } : null,
    bio: user.bio || null,
    banned: Boolean(user.banned),
    moderatedPostsLeft: Math.max(0, preModeratedPosts - (user.approvedPosts ?? 0)),
    notifyReplies: user.notifyReplies ?? true,
  };
}
