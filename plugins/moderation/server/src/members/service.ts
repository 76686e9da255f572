import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UIDS } from '@reseau-epn/platform';
import { validationError } from '@reseau-epn/platform/strapi';
import { DELETED_MEMBER_NAME, type MyProfile, type PublicMember } from '../../../shared/contracts';
import type { ModerationConfig } from '../config';
import type { ProfileInput } from './input';
import { MEMBER_POPULATE, myProfile, publicAuthor, publicMember, type MemberRow } from './present';

/** Emitted when a member deletes their account, so other areas drop what they keep of them. */
export const MEMBER_DELETED_EVENT = 'moderation.member.deleted';

/**
 * Forum members: their public face (`publicAuthor`, used by the forum to build every answer),
 * the rules other areas ask about (`isBanned`, `approvedPosts`), the member's own profile and
 * the deletion of an account. Members are users-permissions users (cms/src/extensions).
 */
export const membersService = ({ strapi }: { strapi: Core.Strapi }) => {
  const users = () => strapi.db.query(UIDS.user);
  const config = () => strapi.config.get('plugin::moderation') as ModerationConfig;
  const find = (id: number) => users().findOne({ where: { id }, populate: MEMBER_POPULATE }) as Promise<MemberRow | null>;

  /** The French published version of a space of the directory, by documentId; 400 on `espace` otherwise. */
  async function espaceId(documentId: string): Promise<number> {
    const espace = await strapi.documents(UIDS.espace).findOne({ documentId, locale: 'fr', status: 'published', fields: ['id'] });
    if (!espace) throw validationError([{ path: ['espace'], message: 'Cet espace n’existe pas dans l’annuaire.' }]);
    return Number(espace.id);
  }

  const service = {
    publicAuthor,

    async isBanned(userId: number): Promise<boolean> {
      return Boolean((await users().findOne({ where: { id: userId }, select: ['banned'] }))?.banned);
    },

    async approvedPosts(userId: number): Promise<number> {
      return (await users().findOne({ where: { id: userId }, select: ['approvedPosts'] }))?.approvedPosts ?? 0;
    },

    /** Ends every session of a member at once (refresh tokens, and the access tokens they gave). */
    async endSessions(userId: number): Promise<void> {
      await strapi.sessionManager('users-permissions').invalidateRefreshToken(String(userId));
    },

    async profile(userId: number): Promise<MyProfile> {
      const user = await find(userId);
      if (!user || user.deletedAt) throw new errors.NotFoundError('Compte introuvable.');
      return myProfile(user, config().preModeratedPosts);
    },

    async updateProfile(userId: number, input: ProfileInput): Promise<MyProfile> {
      const user = await find(userId);
      if (!user || user.deletedAt) throw new errors.NotFoundError('Compte introuvable.');
      // A banned member's bio and name would show on their public page: frozen with the ban.
      if (user.banned) throw new errors.ForbiddenError('Votre compte est suspendu : votre profil ne peut plus être modifié.');
      if (input.username !== undefined && input.username !== user.username) {
        const taken = await users().count({ where: { username: { $eqi: input.username }, id: { $ne: userId } } });
        if (taken > 0) throw validationError([{ path: ['username'], message: 'Ce nom est déjà pris.' }]);
      }
      const data: Record<string, unknown> = {};
      if (input.username !== undefined) data.username = input.username;
      if (input.bio !== undefined) data.bio = input.bio;
      if (input.notifyReplies !== undefined) data.notifyReplies = input.notifyReplies;
      if (input.espace !== undefined) data.espace = input.espace === null ? null : await espaceId(input.espace);
      if (Object.keys(data).length > 0) await users().update({ where: { id: userId }, data });
      return service.profile(userId);
    },

    /** The public page of a member: 404 for an unknown, unconfirmed or deleted account. */
    async publicMember(documentId: string): Promise<PublicMember> {
      const user = (await users().findOne({
        where: { documentId, confirmed: true, deletedAt: null },
        populate: MEMBER_POPULATE,
      })) as MemberRow | null;
      if (!user) throw new errors.NotFoundError('Membre introuvable.');
      const postCount = await strapi.db.query(UIDS.message).count({ where: { author: { id: user.id }, state: 'publie' } });
      return publicMember(user, postCount);
    },

    /**
     * Deletes a member's personal data once they gave their password again: address, name, bio,
     * space, ban details; the account is blocked and its sessions end. The row stays, renamed
     * « ancien membre <id> », so the posts keep an author the forum shows as « ancien membre ».
     */
    async deleteAccount(userId: number, password: string): Promise<void> {
      const user = await users().findOne({ where: { id: userId } });
      if (!user || user.deletedAt) throw new errors.NotFoundError('Compte introuvable.');
      const valid = user.password && (await strapi.plugin('users-permissions').service('user').validatePassword(password, user.password));
      if (!valid) throw validationError([{ path: ['password'], message: 'Mot de passe incorrect.' }]);
      await users().update({
        where: { id: userId },
        data: {
          username: `${DELETED_MEMBER_NAME} ${userId}`,
          // RFC 2606's .invalid: no mail can ever reach it, and it stays unique.
          email: `supprime-${userId}-${randomBytes(6).toString('hex')}@compte-supprime.invalid`,
          password: null,
          resetPasswordToken: null,
          confirmationToken: null,
          bio: null,
          espace: null,
          banReason: null,
          notifyReplies: false,
          blocked: true,
          deletedAt: new Date(),
        },
      });
      await service.endSessions(userId);
      strapi.eventHub.emit(MEMBER_DELETED_EVENT, { member: user.documentId, userId });
    },
  };
  return service;
};

export type MembersService = ReturnType<typeof membersService>;

/** The members area's service, typed, for the other areas (`publicAuthor`, `isBanned`, …). */
export function getMembersService(strapi: Core.Strapi): MembersService {
  return strapi.plugin('moderation').service('members') as MembersService;
}
