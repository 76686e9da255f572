import type { Core } from '@strapi/strapi';
import { UIDS } from '@reseau-epn/platform';
import { MEMBER_LIMITS } from '@reseau-epn/strapi-plugin-moderation/contracts';
import { memberAttributes } from './member-attributes';
import { guardRegistration } from './register-guard';
import { requireLiveSession } from './session-guard';

type UserService = Record<string, unknown> & { sendConfirmationEmail(user: { id: number; email?: string }): Promise<void> };
type Factory = (context: { strapi: Core.Strapi }) => unknown;

interface UsersPermissionsPlugin {
  contentTypes: Record<string, { schema: { attributes: Record<string, Record<string, unknown>> } }>;
  services: Record<string, Factory>;
  controllers: Record<string, Factory>;
}

/**
 * Members' emails never leave the CMS through the content API, not even to a full-access
 * token (the site's build): Strapi strips private attributes from every content-API response.
 * The user also carries the forum member's profile (member-attributes.ts).
 */
export default (plugin: UsersPermissionsPlugin) => {
  const attributes = plugin.contentTypes.user.schema.attributes;
  attributes.email.private = true;
  // The display name on every post: long enough to be a name, short enough for a post's header.
  attributes.username = { ...attributes.username, minLength: MEMBER_LIMITS.usernameMin, maxLength: MEMBER_LIMITS.usernameMax };
  Object.assign(attributes, structuredClone(memberAttributes));

  // Sign-up hands the confirmation mail the user as sanitized for its answer, which no longer
  // holds the (private) address: the message would go nowhere. Read the address back first.
  const createUserService = plugin.services.user;
  plugin.services.user = (context) => {
    const service = createUserService(context) as UserService;
    const send = service.sendConfirmationEmail;
    service.sendConfirmationEmail = async function (user) {
      const full = user.email ? user : await context.strapi.db.query(UIDS.user).findOne({ where: { id: user.id } });
      return send.call(this, full);
    };
    return service;
  };

  plugin.services.jwt = requireLiveSession(plugin.services.jwt);
  plugin.controllers.auth = guardRegistration(plugin.controllers.auth);
  return plugin;
};
