import type { Core } from '@strapi/strapi';
import { PUBLIC_READABLE } from './permission-matrix';
import { UIDS } from '@reseau-epn/platform';

const PERMISSION = UIDS.permission;
const READ_ACTIONS = ['find', 'findOne'];
const FORUM_PLUGIN = 'moderation';

/** The content-API actions a role must hold: read the public types, nothing else of ours. */
function readActions(): Set<string> {
  return new Set(PUBLIC_READABLE.flatMap((uid) => READ_ACTIONS.map((a) => `${uid}.${a}`)));
}

interface RouteDefinition {
  handler: string;
  config?: { auth?: false | object };
}

/**
 * The forum's member routes (/api/forum/…, plugins/moderation): every content-API route of the
 * plugin that is not public (`auth: false`) is a member's (post, flag, one's profile), read from
 * the routes themselves so a new route cannot be forgotten. Granted here, in the app's bootstrap,
 * after users-permissions' first start has given the Public role its defaults (a permission that
 * exists earlier makes it skip them, and nobody could log in).
 */
export function forumMemberActions(strapi: Core.Strapi): string[] {
  const routers = strapi.plugin(FORUM_PLUGIN).routes as unknown as Record<string, { type?: string; routes: RouteDefinition[] }>;
  const router = routers['content-api'];
  return router.routes
    .filter((route) => route.config?.auth !== false)
    .map((route) => (route.handler.startsWith('plugin::') ? route.handler : `plugin::${FORUM_PLUGIN}.${route.handler}`));
}

/**
 * Public and Authenticated (network members) read published content. Any other `api::`
 * permission on these roles is removed at start-up: private data stays behind the admin panel
 * even if someone ticks a box by mistake; so are the core routes of forum topics and posts
 * (api::sujet, api::message), which would list pending posts. The forum is read through its own
 * public routes; Authenticated members also hold the forum's member routes, Public none of them.
 */
export async function ensurePublicPermissions(strapi: Core.Strapi): Promise<void> {
  const members = forumMemberActions(strapi);
  for (const type of ['public', 'authenticated']) {
    const wanted = new Set([...readActions(), ...(type === 'authenticated' ? members : [])]);
    const role = await strapi.db.query(UIDS.role).findOne({ where: { type } });
    if (!role) throw new Error(`users-permissions role "${type}" is missing`);
    const existing: { id: number; action: string }[] = await strapi.db
      .query(PERMISSION)
      .findMany({ where: { role: role.id, $or: [{ action: { $startsWith: 'api::' } }, { action: { $startsWith: `plugin::${FORUM_PLUGIN}.` } }] } });

    const held = new Set(existing.map((p) => p.action));
    for (const action of wanted) {
      if (!held.has(action)) await strapi.db.query(PERMISSION).create({ data: { action, role: role.id } });
    }
    const extra = existing.filter((p) => !wanted.has(p.action));
    if (extra.length > 0) {
      await strapi.db.query(PERMISSION).deleteMany({ where: { id: { $in: extra.map((p) => p.id) } } });
      strapi.log.warn(`[permissions] removed from role ${type}: ${extra.map((p) => p.action).join(', ')}`);
    }
  }
}
