import { randomBytes } from 'node:crypto';
import { remember, type SeedContext } from '../context';
import type { SeedEntry } from '../read-entries';
import { text, type SeedStep } from '../step';
import { UIDS } from '@reseau-epn/platform';

/**
 * The network's team, as admin-panel accounts that are not active: nobody can log in with a
 * seeded account until an administrator invites its owner.
 */
export const membres: SeedStep = {
  folder: 'membres',
  async run(entry: SeedEntry, ctx: SeedContext) {
    const { strapi } = ctx;
    const email = text(entry, 'email').toLowerCase();
    const roleName = text(entry, 'role');
    const role = await strapi.db.query(UIDS.adminRole).findOne({ where: { name: roleName } });
    if (!role) throw new Error(`role "${roleName}" does not exist (Animateur, Modérateur or Technicien)`);

    const data = { firstname: text(entry, 'firstname'), lastname: text(entry, 'lastname'), email };
    const existing = await strapi.db.query(UIDS.adminUser).findOne({ where: { email } });
    if (existing) {
      await strapi.db.query(UIDS.adminUser).update({ where: { id: existing.id }, data });
      remember(ctx, 'membres', entry.key, existing.id);
      return 'updated';
    }
    const created = await strapi.admin!.services.user.create({
      ...data,
      isActive: false,
      roles: [role.id],
      preferedLanguage: 'fr',
    });
    remember(ctx, 'membres', entry.key, created.id);
    return 'created';
  },
};

/** Forum members: users-permissions users of the Authenticated role, with a random password. */
export const utilisateurs: SeedStep = {
  folder: 'utilisateurs',
  async run(entry: SeedEntry, ctx: SeedContext) {
    const { strapi } = ctx;
    const username = text(entry, 'username');
    const email = text(entry, 'email').toLowerCase();
    const uid = UIDS.user;
    const existing = await strapi.db.query(uid).findOne({ where: { username } });
    if (existing) {
      await strapi.db.query(uid).update({ where: { id: existing.id }, data: { email } });
      remember(ctx, 'utilisateurs', entry.key, existing.id);
      return 'updated';
    }
    const role = await strapi.db.query(UIDS.role).findOne({ where: { type: 'authenticated' } });
    const created = await strapi
      .plugin('users-permissions')
      .service('user')
      .add({
        username,
        email,
        provider: 'local',
        confirmed: true,
        blocked: false,
        role: role.id,
        password: randomBytes(24).toString('base64url'),
      });
    remember(ctx, 'utilisateurs', entry.key, created.id);
    return 'created';
  },
};
