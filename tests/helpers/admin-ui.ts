import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** Where each step's screenshot goes (git-ignored; CI may keep the folder as an artifact). */
export const ARTIFACTS_DIR = path.resolve(import.meta.dirname, '..', 'artifacts');

/** Numbered screenshots of a scenario under tests/artifacts/<scenario>/. */
export function stepShots(scenario: string): (page: Page, name: string) => Promise<void> {
  const dir = path.join(ARTIFACTS_DIR, scenario);
  mkdirSync(dir, { recursive: true });
  let count = 0;
  return async (page, name) => {
    count += 1;
    await page.screenshot({ path: path.join(dir, `${String(count).padStart(2, '0')}-${name}.png`), fullPage: true });
  };
}

/** A person's own browser session: French, a desktop-sized window, generous waits on a loaded CI machine. */
export async function newSession(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  return { context, page };
}

/** Logs in to the admin panel with the login form, as a person does. */
export async function logIn(page: Page, url: string, account: { email: string; password: string }): Promise<void> {
  await page.goto(`${url}/admin/auth/login`);
  await page.getByRole('textbox', { name: 'Email' }).fill(account.email);
  await page.getByRole('textbox', { name: 'Mot de passe' }).fill(account.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL(/\/admin\/?$/);
}

/** The Content Manager's edit view of an entry (list views and edit views share this prefix). */
export const contentManagerPath = (uid: string, documentId?: string): string =>
  `/admin/content-manager/collection-types/${uid}${documentId ? `/${documentId}` : ''}`;
