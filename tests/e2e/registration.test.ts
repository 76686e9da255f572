/**
 * Registering for an atelier end to end, in Chromium with JavaScript off (issue 15): a real CMS
 * (in-process, tests/helpers/cms.ts, mailing a real SMTP server) with an atelier open for
 * registration, a site built from its snapshot and served statically; a visitor fills the event
 * page's form, lands on the site's confirmation page, and the confirmation mail arrives.
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
import { getCms, type TestCms } from '../helpers/cms';
import { buildSite } from '../helpers/site-build';
import { createEvent, registrationsOf, removeEvent, uniqueEmail, type TestEvent } from '../integration/registrations/helpers';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const work = mkdtempSync(path.join(os.tmpdir(), 'reseau-epn-registration-e2e-'));
const outDir = mkdtempSync(path.join(ROOT, 'site', '.builds', 'registration-e2e-'));
const EMAIL = uniqueEmail('inscrite');

let cms: TestCms;
let event: TestEvent;
let site: { server: Server; url: string };
let browser: Browser;
let noScript: BrowserContext;

beforeAll(async () => {
  // The site's address must be known before the CMS starts: its redirections name it.
  site = await serveStatic(path.join(outDir, 'client'));
  process.env.SITE_URL = site.url;
  cms = await getCms();
  event = await createEvent(cms, { capacity: 6, registrationLimit: 3 });
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
  if (event) await removeEvent(cms, event);
  await new Promise<void>((resolve) => (site ? site.server.close(() => resolve()) : resolve()));
  rmSync(work, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  rmSync(`${outDir}-cache`, { recursive: true, force: true });
});

describe('registering for an atelier without JavaScript, in Chromium', () => {
  it('should send the event page’s form and land on the site’s confirmation page', async () => {
    const page = await noScript.newPage();
    await page.goto(`${site.url}/calendrier/ateliers/${event.slug}/`);
    await page.getByLabel('Votre nom').fill('Maïwenn Inscrite');
    await page.getByLabel('Adresse électronique (ou un téléphone)').fill(EMAIL);
    await page.getByLabel('Nombre de places').selectOption('2');
    await page.getByLabel("Besoin d'accessibilité (facultatif)").fill('Accès en fauteuil');
    await Promise.all([page.waitForURL(`${site.url}/calendrier/inscription/confirmation/`), page.getByRole('button', { name: "S'inscrire" }).click()]);

    expect(await page.locator('h1').textContent()).toBe('Demande reçue : vérifiez votre boîte mail');
    await page.close();
  });

  it('should mail the confirmation, with the event, to the address given', async () => {
    const [mail] = await cms.inbox.waitForTo(EMAIL, 1, 30_000);

    expect(mail!.subject).toMatch(/^Inscription confirmée : Atelier /);
    expect(mail!.text).toContain('Votre inscription est confirmée (2 places).');
  });

  it('should record what the form sent', async () => {
    const [row] = await registrationsOf(cms, event);

    expect(row).toMatchObject({
      name: 'Maïwenn Inscrite',
      email: EMAIL,
      places: 2,
      accessibilityNeed: 'Accès en fauteuil',
      state: 'confirmee',
      language: 'fr',
    });
  });
});
