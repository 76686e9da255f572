import { UIDS } from '@reseau-epn/platform';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAdminCms, type AdminCms } from '../helpers/admin-cms';
import { createAdminAccount, type AdminAccount } from '../helpers/admin-people';
import { contentManagerPath, logIn, newSession, stepShots } from '../helpers/admin-ui';
import { launchBrowser } from '../helpers/browser';
import { createEspace, sampleData } from '../helpers/fixtures';

// The « Inscriptions » panel of an atelier's edit view: someone phoned, the team enters them.

let cms: AdminCms;
let browser: Browser;
let admin: AdminAccount;
let atelierId = '';
let spaceId = '';

beforeAll(async () => {
  cms = await getAdminCms();
  admin = await createAdminAccount(cms.strapi, 'superAdmin', 'Gwen');
  const space = await createEspace(cms.strapi);
  spaceId = space.documentId;
  const atelier = await cms.strapi.documents(UIDS.atelier).create({
    locale: 'fr',
    status: 'published',
    data: { ...sampleData(UIDS.atelier), place: spaceId, registrationsOpen: true, capacity: 6, registrationLimit: 2 },
  });
  atelierId = atelier.documentId;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  if (atelierId) {
    await cms.strapi.db.query(UIDS.inscription).deleteMany({ where: { atelier: { documentId: atelierId } } });
    await cms.strapi.documents(UIDS.atelier).delete({ documentId: atelierId, locale: '*' });
  }
  if (spaceId) await cms.strapi.documents(UIDS.espace).delete({ documentId: spaceId, locale: '*' });
});

describe('the « Inscriptions » panel', () => {
  it('should enter a registration from « Gérer les inscriptions » and list it confirmed', async () => {
    const { page } = await newSession(browser);
    const shot = stepShots('registrations-panel');
    await logIn(page, cms.url, admin);
    await page.goto(`${cms.url}${contentManagerPath(UIDS.atelier, atelierId)}?plugins[i18n][locale]=fr`);
    await page.getByRole('button', { name: 'Gérer les inscriptions' }).waitFor();
    await shot(page, 'panel');

    await page.getByRole('button', { name: 'Gérer les inscriptions' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Aucune inscription pour l’instant.').waitFor();
    await dialog.getByRole('textbox', { name: 'Nom' }).fill('Yvonne, par téléphone');
    await dialog.getByRole('textbox', { name: 'Téléphone (facultatif)' }).fill('02 98 00 00 00');
    await dialog.getByRole('button', { name: 'Ajouter' }).click();
    const row = dialog.getByRole('row').filter({ hasText: 'Yvonne, par téléphone' });
    await row.getByText('Confirmée').waitFor();
    await shot(page, 'entered');

    await expect(row.getByText('02 98 00 00 00').count()).resolves.toBe(1);
    await expect(page.getByText('1 place confirmée sur 6').count()).resolves.toBe(1);
    const stored = await cms.strapi.db.query(UIDS.inscription).findMany({ where: { atelier: { documentId: atelierId } } });
    expect(stored.map((r: { name: string; state: string; places: number }) => [r.name, r.state, r.places])).toEqual([
      ['Yvonne, par téléphone', 'confirmee', 1],
    ]);
  });
});
