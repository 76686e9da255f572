import { randomBytes } from 'node:crypto';
import { UIDS } from '@reseau-epn/platform';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAdminCms, type AdminCms } from '../helpers/admin-cms';
import { createAdminAccount, type AdminAccount } from '../helpers/admin-people';
import { contentManagerPath, logIn, newSession, stepShots } from '../helpers/admin-ui';
import { launchBrowser } from '../helpers/browser';
import { PRIVATE_CONTACT } from '../helpers/fixtures';

let cms: AdminCms;
let browser: Browser;
let admin: AdminAccount;
const reference = `INT-2026-${String(randomBytes(2).readUInt16BE()).padStart(5, '0')}`;
let documentId = '';

beforeAll(async () => {
  cms = await getAdminCms();
  admin = await createAdminAccount(cms.strapi, 'superAdmin', 'Thomas');
  const created = await cms.strapi.documents(UIDS.intervention).create({
    data: {
      reference,
      title: 'La borne ne démarre plus',
      description: 'Écran noir au démarrage',
      requester: PRIVATE_CONTACT,
      priority: 'normale',
      state: 'nouvelle',
    },
  });
  documentId = created.documentId;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  if (documentId) await cms.strapi.documents(UIDS.intervention).delete({ documentId });
});

describe('the intervention list view', () => {
  it('should show an « État » column with the state’s French label, not its key', async () => {
    const { page } = await newSession(browser);
    await logIn(page, cms.url, admin);
    await page.goto(`${cms.url}${contentManagerPath(UIDS.intervention)}`);
    const row = page.getByRole('row').filter({ hasText: reference });
    // A new request is « nouvelle »: the workflow's initial state, set by creation.
    await row.getByText('Nouvelle', { exact: true }).waitFor();
    await stepShots('state-column')(page, 'interventions');

    await expect(page.getByRole('gridcell', { name: 'État' }).count()).resolves.toBe(1);
    await expect(row.getByText('nouvelle', { exact: true }).count()).resolves.toBe(0);
  });
});

describe('the intervention edit view', () => {
  // `status` is also the name Strapi 5 gives the draft/published dimension: the Content Manager
  // must neither show « Publié » for the workflow's state nor refuse a save that carries it.
  it('should save a technician’s change to the description and keep the workflow’s state', async () => {
    const { page } = await newSession(browser);
    await logIn(page, cms.url, admin);
    await page.goto(`${cms.url}${contentManagerPath(UIDS.intervention, documentId)}`);
    const description = page.getByRole('textbox', { name: 'Description' });
    await description.waitFor();
    await stepShots('state-column')(page, 'edit-view');
    await description.fill('Écran noir au démarrage ; le voyant clignote orange');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page
      .getByText(/Enregistré|Sauvegardé/)
      .first()
      .waitFor();
    await stepShots('state-column')(page, 'saved');

    const stored = await cms.strapi.documents(UIDS.intervention).findOne({ documentId });
    expect(stored).toMatchObject({ description: 'Écran noir au démarrage ; le voyant clignote orange', state: 'nouvelle' });
  });
});

describe('the forum topics’ list view', () => {
  it('should show a topic’s state by its French label, not its key', async () => {
    const title = `Sujet de la liste ${randomBytes(3).toString('hex')}`;
    const topic = await cms.strapi
      .documents(UIDS.sujet)
      .create({ data: { title, slug: title.toLowerCase().replaceAll(' ', '-'), language: 'fr', state: 'en_attente' } });
    try {
      const { page } = await newSession(browser);
      await logIn(page, cms.url, admin);
      await page.goto(`${cms.url}${contentManagerPath(UIDS.sujet)}`);
      const row = page.getByRole('row').filter({ hasText: title });
      await row.getByText('En attente', { exact: true }).waitFor();
      await stepShots('state-column')(page, 'topics');

      await expect(row.getByText('en_attente', { exact: true }).count()).resolves.toBe(0);
    } finally {
      await cms.strapi.documents(UIDS.sujet).delete({ documentId: topic.documentId });
    }
  });
});
