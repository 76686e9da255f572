import type { Core } from '@strapi/strapi';
import { UIDS } from '@reseau-epn/platform';
import { PERMISSIONS } from '../../../shared/permissions';
import type { Member } from './recipients';

/** The member fields a notification reads (email included: it is for the mailer only). */
const MEMBER_FIELDS = ['id', 'documentId', 'username', 'email', 'banned', 'blocked', 'deletedAt', 'notifyReplies'];

export interface TopicRow {
  id: number;
  documentId: string;
  title: string;
  slug: string;
  author: Member | null;
}

export interface PostRow {
  id: number;
  documentId: string;
  body: string;
  state: string;
  opening: boolean;
  author: Member | null;
}

export interface Moderator {
  email: string;
}

/**
 * What the notifications read of the forum. Through the query engine (strapi.db) so that one
 * query brings a post, its author and their private fields (the address) without the content
 * API's sanitizing; nothing read here leaves the server except in the mail to its owner.
 */
export function forumData(strapi: Core.Strapi) {
  const populateAuthor = { author: { select: MEMBER_FIELDS } };

  return {
    topic: (documentId: string): Promise<TopicRow | null> =>
      strapi.db.query(UIDS.sujet).findOne({ where: { documentId }, select: ['id', 'documentId', 'title', 'slug'], populate: populateAuthor }),

    post: (documentId: string): Promise<PostRow | null> =>
      strapi.db.query(UIDS.message).findOne({ where: { documentId }, select: ['id', 'documentId', 'body', 'state', 'opening'], populate: populateAuthor }),

    /** The authors of the topic's published posts, oldest first. */
    async posters(topicId: number): Promise<(Member | null)[]> {
      const posts = await strapi.db
        .query(UIDS.message)
        .findMany({ where: { topic: { id: topicId }, state: 'publie' }, select: ['id'], populate: populateAuthor, orderBy: { createdAt: 'asc' } });
      return posts.map((post: { author: Member | null }) => post.author);
    },

    /** Active admin users whose role holds the moderate action (Super Admins included: theirs holds every action). */
    async moderators(): Promise<Moderator[]> {
      const permissions = await strapi.db
        .query(UIDS.adminPermission)
        .findMany({ where: { action: PERMISSIONS.moderate }, populate: { role: { select: ['id'] } } });
      const roleIds = [...new Set(permissions.map((p: { role?: { id: number } | null }) => p.role?.id).filter((id): id is number => typeof id === 'number'))];
      if (roleIds.length === 0) return [];
      const users = await strapi.db
        .query(UIDS.adminUser)
        .findMany({ where: { isActive: true, roles: { id: { $in: roleIds } } }, select: ['email', 'blocked'] });
      return users.filter((user: { email?: string | null; blocked?: boolean | null }) => !!user.email && user.blocked !== true) as Moderator[];
    },

    member: (documentId: string): Promise<Member | null> => strapi.db.query(UIDS.user).findOne({ where: { documentId }, select: MEMBER_FIELDS }),
  };
}

export type ForumData = ReturnType<typeof forumData>;
