/// <reference lib="dom" />
/**
 * The site under its Content-Security-Policy, in Chromium: a page of each kind loads, and the
 * scripts that enhance them (filters, search, the letter's forms, the preview) work, with no
 * violation reported, neither as a `securitypolicyviolation` event nor on the console.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../site/src/lib/cms-source';
import { launchBrowser } from '../helpers/browser';
import { close, listen, previewPath, servePreview, standInCms } from '../helpers/preview';
import { SITE_FIXTURE } from '../site/global-setup';
import { siteDir, siteUrl } from '../site/helpers';

const PREVIEW_SECRET = 'secret-des-tests-csp';
const CMS_TOKEN = 'jeton-des-tests-csp';
const fiche = (JSON.parse(readFileSync(SITE_FIXTURE, 'utf8')) as Snapshot).collections.fiches.fr[0];

let browser: Browser;
let previewUrl: string;
const servers: Server[] = [];
const savedEnv = { CMS_URL: process.env.CMS_URL, CMS_TOKEN: process.env.CMS_TOKEN, PREVIEW_SECRET: process.env.PREVIEW_SECRET };

beforeAll(async () => {
  browser = await launchBrowser();
  // The preview is the shared build's on-demand route; its draft comes from a stand-in CMS.
  const cms = standInCms([fiche], CMS_TOKEN);
  servers.push(cms);
  Object.assign(process.env, { CMS_URL: await listen(cms), CMS_TOKEN, PREVIEW_SECRET });
  const preview = await servePreview(path.join(siteDir(), '..'));
  servers.push(preview.server);
  previewUrl = preview.url;
});

afterAll(async () => {
  await browser.close();
  await Promise.all(servers.map(close));
  for (const [key, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

/** A page that records every CSP violation, from the event and from the console. */
async function watchedPage(): Promise<{ page: Page; violations: () => Promise<string[]> }> {
  const page = await (await browser.newContext()).newPage();
  const logged: string[] = [];
  page.on('console', (message) => {
    if (/content.security.policy/i.test(message.text())) logged.push(`console: ${message.text()}`);
  });
  // Before any of the page's own code: init scripts are the browser's, not subject to the page's CSP.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`),
    );
  });
  const violations = async () => [...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)), ...logged];
  return { page, violations };
}

/** Whether a script the build did not write runs when added to the page (it must not). */
const foreignScriptRuns = (page: Page) =>
  page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.foreignScriptRan = true';
    document.body.append(script);
    return (window as unknown as { foreignScriptRan?: boolean }).foreignScriptRan === true;
  });

/** One page of each kind, in the three languages where the kind has a localized template. */
const PAGES = [
  '/',
  '/br/',
  '/fiches/',
  '/fiches/imprimante-reseau-hors-ligne/',
  '/en/fiches/recognising-phishing/',
  '/fiches/imprimante-reseau-hors-ligne/historique/',
  '/fiches/theme/administration-epn/',
  '/fiches/etiquette/accompagnement/',
  '/calendrier/',
  '/calendrier/mois/2026-12/',
  '/calendrier/ateliers/arnaques-sms-mails-portsall/',
  '/espaces/',
  '/espaces/commune/brest/',
  '/espaces/centre-social-guipavas/',
  '/espaces/carte/',
  '/espaces/donnees-ouvertes/',
  '/recherche/',
  '/lettre/',
  '/lettre/confirmation/',
  '/lettre/preferences/',
  '/lettres/lettre-2026-w47/',
  '/page-qui-n-existe-pas/',
];

describe('the site under its Content-Security-Policy in Chromium', () => {
  it.each(PAGES)('should load %s with no violation, under a policy that stops foreign inline script', async (url) => {
    const { page, violations } = await watchedPage();
    await page.goto(`${siteUrl()}${url}`, { waitUntil: 'networkidle' });

    expect(await violations()).toEqual([]);
    expect(await foreignScriptRuns(page)).toBe(false);
    await page.context().close();
  });

  it('should run the calendar filters with no violation', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${siteUrl()}/calendrier/`);
    await page.selectOption('#filtre-commune', 'brest');
    await page.click('form[data-calendar-filters] button[type="submit"]');

    await expect.poll(() => page.url()).toContain('commune=brest');
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it('should run the directory filters with no violation', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${siteUrl()}/espaces/`);
    await page.selectOption('#filtre-commune', 'brest');

    await expect.poll(() => page.url()).toContain('commune=brest');
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it('should load the search index and show results with no violation', async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${siteUrl()}/recherche/?q=imprimante`);
    await page.waitForSelector('[data-search-results] li mark');

    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it('should let the letter’s form post to the CMS with no violation', async () => {
    const { page, violations } = await watchedPage();
    // The CMS's digest route, answered by the test (as in letter.test.ts); the CSP is checked before.
    await page.route('http://localhost:1337/api/digest/**', (route) =>
      route.request().method() === 'OPTIONS'
        ? route.fulfill({
            status: 204,
            headers: { 'access-control-allow-origin': '*', 'access-control-allow-methods': 'POST', 'access-control-allow-headers': 'content-type' },
          })
        : route.fulfill({
            status: 202,
            contentType: 'application/json',
            headers: { 'access-control-allow-origin': '*' },
            body: JSON.stringify({ data: { status: 'pending', message: 'Vérifiez votre boîte aux lettres.' } }),
          }),
    );
    await page.goto(`${siteUrl()}/lettre/`);
    await page.getByLabel('Votre adresse électronique').fill('lectrice@exemple.fr');
    await page.locator('[data-letter] button[type="submit"]').click();

    await expect.poll(() => page.locator('[data-letter] [role="status"]').textContent()).toBe('Vérifiez votre boîte aux lettres.');
    expect(await violations()).toEqual([]);
    await page.context().close();
  });

  it('should show the editors’ preview with no violation, under a policy that stops foreign inline script', async () => {
    const { page, violations } = await watchedPage();
    const response = await page.goto(`${previewUrl}${previewPath({ documentId: fiche.documentId, secret: PREVIEW_SECRET })}`, { waitUntil: 'networkidle' });

    expect(response?.status()).toBe(200);
    expect(await violations()).toEqual([]);
    expect(await foreignScriptRuns(page)).toBe(false);
    await page.context().close();
  });
});
