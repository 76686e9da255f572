import type { Core } from '@strapi/strapi';
import { PUBLIC_READABLE } from './permission-matrix';
import { UIDS } from '@reseau-epn/platform';

const PERMISSION = UIDS.permission;
const READ_ACTIONS = ['find', 'findOne'];

/** The content-API actions a role must hold: read the public types, nothing else of ours. */
function readActions(): Set<string> {
  return new Set(PUBLIC_READABLE.flatMap((uid) => READ_ACTIONS.map((a) => `${uid}.${a}`)));
}

/**
 * Public and Authenticated (network members) read published content. Any other `api::`
 * permission on these roles is removed at start-up: private data stays behind the admin panel
 * even if someone ticks a box by mistake. (The forum adds members' write rights itself.)
 */
export async function ensurePublicPermissions(strapi: Core.Strapi): Promise<void> {
  const wanted = readActions();
  for (const type of ['public', 'authenticated']) {
    const role = await strapi.db.query(UIDS.role).findOne({ where: { type } });
    if (!role) throw new Error(`users-permissions role "${type}" is missing`);
    const existing: { id: number; action: string }[] = await strapi.db
      .query(PERMISSION)
      .findMany({ where: { role: role.id, action: { $startsWith: 'api::' } } });

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
