import { beforeAll, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';
import { sampleData } from '../../helpers/fixtures';
import { PERMISSIONS as WORKFLOW } from '@reseau-epn/strapi-plugin-workflow/permissions';
import { ensureAdminRoles, EXPLORER } from '../../../cms/src/bootstrap/admin-roles';
import { SPACE_TEAM_CONDITIONS } from '../../../cms/src/space-teams/conditions';
import { UIDS } from '@reseau-epn/platform';

let cms: TestCms;

beforeAll(async () => {
  cms = await getCms();
});

interface AdminPermission {
  action: string;
  subject: string | null;
  conditions: string[];
}

async function permissionsOf(roleName: string): Promise<AdminPermission[]> {
  const role = await cms.strapi.db.query(UIDS.adminRole).findOne({ where: { name: roleName }, populate: ['permissions'] });
  expect(role, `role ${roleName}`).not.toBeNull();
  return role.permissions;
}

const has = (permissions: AdminPermission[], action: string, subject: string) =>
  permissions.find((p) => p.action === `${EXPLORER}${action}` && p.subject === subject);

describe('admin roles', () => {
  it('should let an Animateur write fiches and edit only their own, without publishing', async () => {
    const permissions = await permissionsOf('Animateur');

    expect(has(permissions, 'create', UIDS.fiche)).toBeDefined();
    expect(has(permissions, 'update', UIDS.fiche)?.conditions).toEqual(['admin::is-creator']);
    // A space's page only, by its team, when the network lets teams publish (space-team.test.ts).
    expect(permissions.filter((p) => p.action.endsWith('.publish')).map((p) => [p.subject, p.conditions])).toEqual([
      [UIDS.espace, [SPACE_TEAM_CONDITIONS.publish]],
    ]);
  });

  it('should let a Modérateur publish fiches and moderate the forum', async () => {
    const permissions = await permissionsOf('Modérateur');

    expect(has(permissions, 'publish', UIDS.fiche)?.conditions).toEqual([]);
    for (const subject of [UIDS.sujet, UIDS.message]) {
      expect(has(permissions, 'update', subject)?.conditions, subject).toEqual([]);
    }
    const actions = permissions.map((p: { action: string }) => p.action);
    expect(['plugin::moderation.read', 'plugin::moderation.moderate', 'plugin::moderation.ban'].filter((a) => !actions.includes(a))).toEqual([]);
  });

  it.each(['Animateur', 'Technicien'])('should keep the forum’s moderation actions from the %s role', async (name) => {
    const actions = (await permissionsOf(name)).map((p: { action: string }) => p.action);

    expect(actions.filter((a: string) => a.startsWith('plugin::moderation.'))).toEqual([]);
  });

  it('should let a Technicien manage interventions, equipment and loans, without publishing', async () => {
    const permissions = await permissionsOf('Technicien');

    for (const subject of [UIDS.intervention, UIDS.equipement, UIDS.pret]) {
      expect(has(permissions, 'update', subject)?.conditions, subject).toEqual([]);
    }
    expect(permissions.filter((p) => p.action.endsWith('.publish'))).toEqual([]);
  });

  it('should not create the roles twice when the bootstrap runs again', async () => {
    const { default: app } = await import('../../../cms/src/index');
    await app.bootstrap({ strapi: cms.strapi });

    const roles = await cms.strapi.db.query(UIDS.adminRole).findMany({ where: { name: { $in: ['Animateur', 'Modérateur', 'Technicien'] } } });
    expect(roles).toHaveLength(3);
  });
});

/** Logs a new active admin user of a role into the admin API and returns its token. */
async function adminSession(roleName: string) {
  const role = await cms.strapi.db.query(UIDS.adminRole).findOne({ where: { name: roleName } });
  const email = `${role.code}.session@secret.example`;
  const password = 'Session-password-1';
  const user = await cms.strapi.admin!.services.user.create({ firstname: 'Test', lastname: roleName, email, password, isActive: true, roles: [role.id] });
  const login = await cms.request('/admin/login', { method: 'POST', body: { email, password } });
  expect(login.status).toBe(200);
  return { token: login.body.data.token as string, remove: () => cms.strapi.admin!.services.user.deleteById(user.id) };
}

async function publishAs(roleName: string) {
  const session = await adminSession(roleName);
  const fiche = await cms.strapi.documents(UIDS.fiche).create({ data: sampleData(UIDS.fiche) });
  const response = await cms.request(`/content-manager/collection-types/api::fiche.fiche/${fiche.documentId}/actions/publish?locale=fr`, {
    method: 'POST',
    body: {},
    token: session.token,
  });
  const published = await cms.strapi.documents(UIDS.fiche).findOne({ documentId: fiche.documentId, status: 'published' });
  await cms.strapi.documents(UIDS.fiche).delete({ documentId: fiche.documentId, locale: '*' });
  await session.remove();
  return { status: response.status, published: published !== null };
}

describe('publishing a fiche over the admin API', () => {
  it('should be refused to an Animateur', async () => {
    expect(await publishAs('Animateur')).toEqual({ status: 403, published: false });
  });

  it('should be allowed to a Modérateur', async () => {
    expect(await publishAs('Modérateur')).toEqual({ status: 200, published: true });
  });
});

describe('content-API roles', () => {
  it.each(['public', 'authenticated'])('should let the %s role read the public types and nothing else', async (type) => {
    const role = await cms.strapi.db.query(UIDS.role).findOne({ where: { type }, populate: ['permissions'] });
    const apiActions = role.permissions
      .map((p: { action: string }) => p.action)
      .filter((a: string) => a.startsWith('api::'))
      .sort();

    // Not the forum's sujet and message: read through /api/forum, published posts only.
    const expected = ['fiche', 'categorie', 'etiquette', 'synonyme', 'espace', 'atelier', 'formation', 'parcours-formation']
      .flatMap((t) => [`api::${t}.${t}.find`, `api::${t}.${t}.findOne`])
      .sort();
    expect(apiActions).toEqual(expected);
  });
});

describe('locales', () => {
  it('should offer fr (the default), br and en', async () => {
    const locales = cms.strapi.plugin('i18n').service('locales');

    const codes = (await locales.find()).map((l: { code: string }) => l.code).sort();

    expect(codes).toEqual(['br', 'en', 'fr']);
    expect(await locales.getDefaultLocale()).toBe('fr');
  });
});

describe('an upgrade', () => {
  it('should give an existing network role the shared actions a new version brings, and keep the rest as it was', async () => {
    const role = await cms.strapi.db.query(UIDS.adminRole).findOne({ where: { code: 'reseau-technicien' } });
    const before = (await permissionsOf('Technicien')).length;
    await cms.strapi.db.query(UIDS.adminPermission).deleteMany({ where: { role: { id: role.id }, action: WORKFLOW.read } });

    await ensureAdminRoles(cms.strapi);

    const after = await permissionsOf('Technicien');
    expect(after.filter((p) => p.action === WORKFLOW.read)).toHaveLength(1);
    expect(after).toHaveLength(before);
  });
});
