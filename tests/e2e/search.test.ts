/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { siteUrl } from '../site/helpers';

const PRINTER = '/fiches/imprimante-reseau-hors-ligne/';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function open(path: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${siteUrl()}${path}`);
  return page;
}

/** Types a query in the search page's box and returns the result links once they are shown. */
async function search(query: string, path = '/recherche/'): Promise<{ page: Page; links: string[] }> {
  const page = await open(path);
  await page.fill('#q', query);
  await page.waitForSelector('[data-search-results] li a');
  const links = await page.$$eval('[data-search-results] li a', (anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
  return { page, links };
}

describe('search in the browser', () => {
  it('should find the same fiches for a word typed with or without its accents', async () => {
    const plain = await search('reseau');
    const accented = await search('réseau');

    expect(plain.links).toContain(PRINTER);
    expect(plain.links).toEqual(accented.links);
  });

  it('should find the printer fiche despite a typo', async () => {
    const { links } = await search('imprimente');

    expect(links[0]).toBe(PRINTER);
  });

  it('should highlight the matched words of a result in <mark>', async () => {
    const { page } = await search('imprimante');

    const marked = await page.$$eval('[data-search-results] mark', (marks) => marks.map((m) => m.textContent?.toLowerCase()));
    expect(marked).toContain('imprimante');
  });

  it('should show each result with its kind and category', async () => {
    const { page } = await search('imprimante réseau hors ligne');

    const meta = await page.textContent('[data-search-results] li .meta');
    expect(meta).toBe('Fiche · Matériel et périphériques');
  });

  it('should find events and spaces as well as fiches', async () => {
    const { page } = await search('Portsall');

    const kinds = await page.$$eval('[data-search-results] li .meta', (metas) => metas.map((m) => m.textContent?.split(' · ')[0]));
    expect(new Set(kinds)).toEqual(new Set(['Atelier', 'Espace']));
  });

  it('should announce the number of results in a live region', async () => {
    const { page } = await search('clonezilla');

    await page.waitForFunction(() => document.getElementById('search-status')?.textContent?.includes('clonezilla'));
    expect(await page.getAttribute('#search-status', 'role')).toBe('status');
    expect(await page.textContent('#search-status')).toMatch(/^\d+ résultats? pour « clonezilla »\.$/);
  });

  it('should load the index only once the search box is used', async () => {
    const page = await open('/recherche/');
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.waitForTimeout(300);
    const before = [...requested];
    await page.focus('#q');
    await page.waitForSelector('form[data-state="ready"]');

    expect(before).not.toContain('/search/fr.json');
    expect(requested).toContain('/search/fr.json');
  });

  it('should fetch the index’s parts for a query once, and never again for the next', async () => {
    const page = await open('/recherche/');
    const parts: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/search/fr/')) parts.push(pathname);
    });
    await page.focus('#q');
    await page.waitForSelector('form[data-state="ready"]');
    const beforeTyping = [...parts];
    await page.fill('#q', 'imprimante');
    await page.waitForSelector('[data-search-results] li a');
    const firstQuery = [...parts];
    await page.fill('#q', 'clonezilla');
    await page.waitForFunction(() => document.querySelector('[data-search-results] li a')?.getAttribute('href')?.includes('clonezilla'));

    expect(beforeTyping).toEqual([]);
    expect(firstQuery.length).toBeGreaterThan(0);
    expect(parts).toEqual(firstQuery);
  });

  it('should run the query given in the address', async () => {
    const page = await open('/recherche/?q=clonezilla');
    await page.waitForSelector('[data-search-results] li a');

    expect(await page.inputValue('#q')).toBe('clonezilla');
    expect(await page.getAttribute('[data-search-results] li a', 'href')).toBe('/fiches/sauvegarde-postes-clonezilla/');
  });

  it('should search the Breton pages from the Breton search page', async () => {
    const { links } = await search('higennan', '/br/recherche/');

    expect(links[0]).toBe('/br/fiches/anavezout-ur-gemennadenn-higennan/');
  });

  it('should reach the box and a result with the keyboard alone, and follow it with Enter', async () => {
    const page = await open('/recherche/');
    for (let i = 0; i < 30 && (await page.evaluate(() => document.activeElement?.id)) !== 'q'; i += 1) await page.keyboard.press('Tab');
    await page.keyboard.type('clonezilla');
    await page.waitForSelector('[data-search-results] li a');
    await page.keyboard.press('Tab'); // the submit button
    await page.keyboard.press('Tab'); // the first result
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    await Promise.all([page.waitForURL(`**${focused}`), page.keyboard.press('Enter')]);

    expect(focused).toBe('/fiches/sauvegarde-postes-clonezilla/');
    expect(new URL(page.url()).pathname).toBe(focused);
  });

  it('should say without JavaScript that search needs it, and offer to browse instead', async () => {
    const page = await open('/recherche/?q=reseau', { javaScriptEnabled: false });

    expect(await page.isVisible('main .notice')).toBe(true);
    expect(await page.textContent('main')).toContain('La recherche a besoin de JavaScript');
    expect(await page.$$eval('main .notice a', (links) => links.map((a) => a.getAttribute('href')))).toEqual(['/fiches/', '/calendrier/', '/espaces/']);
  });
});

describe('language switch', () => {
  it('should lead from a fiche to its Breton version', async () => {
    const page = await open('/fiches/reconnaitre-hameconnage/');
    await Promise.all([page.waitForURL('**/br/**'), page.click('nav.langs a[hreflang="br"]')]);

    expect(new URL(page.url()).pathname).toBe('/br/fiches/anavezout-ur-gemennadenn-higennan/');
    expect(await page.getAttribute('html', 'lang')).toBe('br');
  });
});
