import type { Core } from '@strapi/strapi';
import type { MembersService } from '../members/service';

/** The populate that gives a post's or topic's author everything `publicAuthor` and the queue show. */
export const AUTHOR_POPULATE = { populate: { espace: { fields: ['slug', 'name'] as ['slug', 'name'] } } };

/** The members area's service: `publicAuthor` builds every author in an answer; `isBanned`, `approvedPosts` decide posting. */
export function membersPort(strapi: Core.Strapi): Pick<MembersService, 'publicAuthor' | 'isBanned' | 'approvedPosts'> {
  return strapi.plugin('moderation').service('members') as MembersService;
}
