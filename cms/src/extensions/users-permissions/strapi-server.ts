import type { Core } from '@strapi/strapi';
import { UIDS } from '@reseau-epn/platform';

type UserService = Record<string, unknown> & { sendConfirmationEmail(user: { id: number; email?: string }): Promise<void> };

interface UsersPermissionsPlugin {
  contentTypes: Record<string, { schema: { attributes: Record<string, Record<string, unknown>> } }>;
  services: Record<string, (context: { strapi: Core.Strapi }) => unknown>;
}

/**
 * Members' emails never leave the CMS through the content API, not even to a full-access
 * token (the site's build): Strapi strips private attributes from every content-API response.
 */
export default (plugin: UsersPermissionsPlugin) => {
  plugin.contentTypes.user.schema.attributes.email.private = true;

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
  return plugin;
};
