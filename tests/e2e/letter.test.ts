import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { siteUrl } from '../site/helpers';

/** The CMS's digest routes, answered by the test: what the browser sends is what is checked. */
const API = 'http://localhost:1337/api/digest';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

async function withApi(handler: (route: Route) => Promise<void>): Promise<{ page: Page; requests: { method: string; url: string; body: unknown }[] }> {
  const page = await browser.newPage();
  const requests: { method: string; url: string; body: unknown }[] = [];
  await page.route(`${API}/**`, async (route) => {
    const request = route.request();
    // The site and the CMS are two origins: the browser asks first (CORS), as with the real CMS.
    if (request.method() === 'OPTIONS') {
      await route.fulfill({
        status: 204,
        headers: { 'access-control-allow-origin': '*', 'access-control-allow-methods': 'GET,POST,PUT', 'access-control-allow-headers': 'content-type' },
      });
      return;
    }
    requests.push({ method: request.method(), url: request.url(), body: request.postData() ? JSON.parse(request.postData()!) : null });
    await handler(route);
  });
  return { page, requests };
}

const json = (status: number, body: unknown) => ({
  status,
  contentType: 'application/json',
  headers: { 'access-control-allow-origin': '*' },
  body: JSON.stringify(body),
});

describe('the letter’s forms in Chromium', () => {
  it('should subscribe with the address, the language and the chosen sections, and say what comes next', async () => {
    const { page, requests } = await withApi((route) =>
      route.fulfill(json(202, { data: { status: 'pending', message: 'Vérifiez votre boîte aux lettres.' } })),
    );
    await page.goto(`${siteUrl()}/lettre/`);

    await page.getByLabel('Votre adresse électronique').fill('lectrice@exemple.fr');
    await page.getByLabel('Discussions du forum').uncheck();
    await page
      .getByRole('button', { name: 'S’abonner' })
      .or(page.getByRole('button', { name: "S'abonner" }))
      .click();

    await expect.poll(() => page.locator('[role="status"]').textContent()).toBe('Vérifiez votre boîte aux lettres.');
    expect(requests).toEqual([
      {
        method: 'POST',
        url: `${API}/subscriptions`,
        body: { email: 'lectrice@exemple.fr', language: 'fr', interests: { sections: ['fiches', 'calendar', 'spaces'] } },
      },
    ]);
    await page.close();
  });

  it('should show the server’s error message, naming what to fix', async () => {
    const { page } = await withApi((route) => route.fulfill(json(400, { error: { message: 'email: adresse invalide' } })));
    await page.goto(`${siteUrl()}/lettre/`);

    await page.getByLabel('Votre adresse électronique').fill('pas@valide');
    await page.locator('[data-letter] button[type="submit"]').click();

    await expect.poll(() => page.locator('[role="status"]').textContent()).toContain('email: adresse invalide');
    await page.close();
  });

  it('should confirm from the emailed link and offer the preferences', async () => {
    const { page, requests } = await withApi((route) =>
      route.fulfill(json(200, { data: { status: 'confirmed', language: 'fr', message: 'Abonnement confirmé.', preferencesToken: 'jeton-prefs' } })),
    );
    await page.goto(`${siteUrl()}/lettre/confirmation/?token=jeton-confirmation`);

    await expect.poll(() => page.locator('[role="status"]').textContent()).toBe('Abonnement confirmé.');
    expect(requests[0]).toEqual({ method: 'POST', url: `${API}/confirm`, body: { token: 'jeton-confirmation' } });
    expect(await page.locator('.next a').getAttribute('href')).toBe('/lettre/preferences/?token=jeton-prefs');
    await page.close();
  });

  it('should load and save preferences, unsubscribing included', async () => {
    const { page, requests } = await withApi((route) =>
      route.fulfill(json(200, { data: { language: 'br', interests: { sections: ['fiches'], categories: [] }, subscribed: true } })),
    );
    await page.goto(`${siteUrl()}/lettre/preferences/?token=jeton-prefs`);
    await expect.poll(() => page.getByLabel('Langue de la lettre').inputValue()).toBe('br');

    await page.getByLabel('Recevoir la lettre chaque semaine').uncheck();
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    await expect.poll(() => page.locator('[role="status"]').textContent()).toBe('Vos préférences sont enregistrées.');
    expect(requests.map((r) => r.method)).toEqual(['GET', 'PUT']);
    expect(requests[1].body).toEqual({ language: 'br', interests: { sections: ['fiches'] }, subscribed: false });
    await page.close();
  });

  it('should ask to confirm from the mailbox when coming back after unsubscribing', async () => {
    const { page } = await withApi((route) =>
      route.fulfill(
        route.request().method() === 'GET'
          ? json(200, { data: { language: 'fr', interests: { sections: ['fiches'], categories: [] }, subscribed: false } })
          : json(200, { data: { language: 'fr', interests: { sections: ['fiches'], categories: [] }, subscribed: false, confirmationSent: true } }),
      ),
    );
    await page.goto(`${siteUrl()}/lettre/preferences/?token=jeton-prefs`);
    await expect.poll(() => page.getByLabel('Recevoir la lettre chaque semaine').isChecked()).toBe(false);

    await page.getByLabel('Recevoir la lettre chaque semaine').check();
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    await expect.poll(() => page.locator('[role="status"]').textContent()).toContain('confirmez avec le lien que nous venons de vous envoyer');
    await page.close();
  });
});
