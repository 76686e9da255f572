/**
 * The forum's server: members' accounts (members/), topics, posts and flags (forum/), the
 * moderators' queue, actions and audit log (moderation/), reply and moderator notifications
 * (notifications/). Each area exports its own parts; this file only puts them together in the
 * shape Strapi expects.
 */
import type { Core } from '@strapi/strapi';
import config from './config';
import forum from './forum';
import members from './members';
import moderation from './moderation';
import notifications from './notifications';

const areas = [members, forum, moderation, notifications];

type Registry = Record<string, unknown>;
const merge = (key: 'contentTypes' | 'controllers' | 'services' | 'middlewares' | 'policies'): Registry =>
  Object.assign({}, ...areas.map((area) => (area as { [k: string]: Registry | undefined })[key] ?? {}));

export default {
  config,
  register({ strapi }: { strapi: Core.Strapi }) {
    for (const area of areas) area.register?.({ strapi });
  },
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    for (const area of areas) await area.bootstrap?.({ strapi });
  },
  contentTypes: merge('contentTypes'),
  controllers: merge('controllers'),
  services: merge('services'),
  middlewares: merge('middlewares'),
  policies: merge('policies'),
  routes: {
    'content-api': { type: 'content-api', routes: areas.flatMap((area) => area.routes?.contentApi ?? []) },
    admin: { type: 'admin', routes: areas.flatMap((area) => area.routes?.admin ?? []) },
  },
};
