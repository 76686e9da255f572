/**
 * « Demander de l'aide » end to end, in Chromium with JavaScript off, against a real CMS (a child
 * process on its own seeded SQLite file, mailing a real SMTP server) and a site built from it: a
 * visitor fills the form, lands on the site's confirmation page, then follows the tracking link
 * the confirmation mail brings.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchSnapshot } from '@reseau-epn/platform';
import { serveStatic } from '../../site/scripts/static-server';
import { launchBrowser } from '../helpers/browser';
import { startChildCms, type ChildCms } from '../helpers/child-cms';
import { buildSite } from '../helpers/site-build';
import { startInbox, type Inbox } from '../helpers/smtp';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const work = mkdtempSync(path.join(os.tmpdir(), 'reseau-epn-requests-e2e-'));
const outDir = mkdtempSync(path.join(ROOT, 'site', '.builds', 'requests-e2e-'));
const EMAIL = 'demandeuse@visiteurs.example';

let inbox: Inbox;
let cms: ChildCms;
let site: { server: Server; url: string };
let browser: Browser;
let noScript: BrowserContext;

beforeAll(async () => {
  inbox = await startInbox();
  // The site's address must be known before the CMS starts: its redirections and CORS name it.
  site = await serveStatic(path.join(outDir, 'client'));
  cms = await startChildCms(path.join(work, 'data'), { SITE_URL: site.url, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(inbox.port), LOG_LEVEL: 'error' });
  const snapshot = path.join(work, 'snapshot.json');
  writeFileSync(snapshot, JSON.stringify(await fetchSnapshot(cms.url)));
  // The site's forms post to the CMS: one build, served once, no compressed copies.
  await buildSite({ snapshot, outDir, cacheDir: `${outDir}-cache`, siteUrl: site.url, cmsPublicUrl: cms.url, precompress: false });
  browser = await launchBrowser();
  noScript = await browser.newContext({ javaScriptEnabled: false });
}, 600_000);

afterAll(async () => {
  await noScript?.close();
  await browser?.close();
  await cms?.stop();
  await inbox?.close();
  await new Promise<void>((resolve) => (site ? site.server.close(() => resolve()) : resolve()));
  rmSync(work, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  rmSync(`${outDir}-cache`, { recursive: true, force: true });
});

describe('asking for help without JavaScript, in Chromium', () => {
  it('should send the form and land on the site’s confirmation page', async () => {
    const page = await noScript.newPage();
    await page.goto(`${site.url}/aide/`);
    await page.getByLabel('Votre espace').selectOption({ index: 1 });
    await page.getByLabel('Votre nom').fill('Anna Demandeuse');
    await page.getByLabel('Votre adresse électronique').fill(EMAIL);
    await page.getByLabel('Ce qui se passe').fill('Le poste 2 affiche un écran bleu au démarrage.');
    await page.getByLabel('Machine concernée (facultatif)').fill('Poste 2');
    await page.getByLabel("Gêne l'accueil du public").check();
    await Promise.all([page.waitForURL(`${site.url}/aide/confirmation/`), page.getByRole('button', { name: 'Envoyer la demande' }).click()]);

    expect(await page.locator('h1').textContent()).toBe('Demande envoyée');
    await page.close();
  });

  it('should open the tracking link of the confirmation mail and show the request’s state, without personal data', async () => {
    const [mail] = await inbox.waitForTo(EMAIL, 1, 30_000);
    // The mail names the CMS by its public address (localhost:1337 by default); the child listens elsewhere: same path and token.
    const link = new URL(/https?:\/\/\S+\/api\/interventions\/suivi\?token=\S+/.exec(mail!.text ?? '')![0]);
    const page = await noScript.newPage();
    await page.goto(`${cms.url}${link.pathname}${link.search}`);
    const text = await page.locator('main').textContent();

    expect(text).toContain('Suivi de votre demande INT-');
    expect(text).toContain('Reçue');
    expect(text).toContain('Poste 2 : Le poste 2 affiche un écran bleu au démarrage.');
    expect(text).not.toContain(EMAIL);
    expect(text).not.toContain('Anna');
    await page.close();
  });
});
