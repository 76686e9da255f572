import { randomBytes } from 'node:crypto';
import { UIDS } from '@reseau-epn/platform';
import { beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../../../plugins/workflow/shared/permissions';
import { getCms, type TestCms } from '../../helpers/cms';
import { createPerson, type NetworkRole } from '../../helpers/people';
import { sample, setCreator } from './helpers';

let cms: TestCms;

beforeAll(async () => {
  cms = await getCms();
});

const dashboard = (token: string) => cms.request('/workflow/dashboard', { token });

/** An admin session of one of Strapi's own roles (Auteur), which the network does not use. */
async function authorSession(): Promise<string> {
  const role = await cms.strapi.db.query(UIDS.adminRole).findOne({ where: { code: 'strapi-author' } });
  const email = `auteur.${randomBytes(4).toString('hex')}@secret.example`;
  const password = 'Auteur-password-1';
  await cms.strapi.admin!.services.user.create({ firstname: 'Auteur', email, password, isActive: true, roles: [role.id] });
  return (await cms.request('/admin/login', { method: 'POST', body: { email, password } })).body.data.token;
}

describe('the « Suivi » dashboard', () => {
  it.each<NetworkRole>(['animateur', 'moderateur', 'technicien'])('should open to the %s role, which holds the workflow’s read permission', async (role) => {
    const person = await createPerson(cms, role);

    expect((await dashboard(person.adminToken)).status).toBe(200);
  });

  it('should refuse an admin whose role lacks the workflow’s read permission (403)', async () => {
    const token = await authorSession();

    const response = await dashboard(token);

    expect(response.status).toBe(403);
    expect(await cms.strapi.db.query(UIDS.adminPermission).count({ where: { action: PERMISSIONS.read, role: { code: 'strapi-author' } } })).toBe(0);
  });

  it('should show an intervention created a moment ago as 0 days old', async () => {
    const technicien = await createPerson(cms, 'technicien');
    const { documentId } = await cms.strapi.documents(UIDS.intervention).create({ data: sample(UIDS.intervention) });
    await setCreator(cms, UIDS.intervention, documentId, technicien.adminId);

    const response = await dashboard(technicien.adminToken);

    const item = response.body.data.openInterventions.items.find((i: { documentId: string }) => i.documentId === documentId);
    expect(item.ageDays).toBe(0);
  });
});
