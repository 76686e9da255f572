/// <reference lib="dom" />
/**
 * axe-core in Chromium on one page of every template of the built site (templates.ts finds
 * them), in every language: WCAG 2.0 and 2.1, levels A and AA, zero violations.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { builtFile, builtFiles, siteUrl } from '../site/helpers';
import { axeViolations, describeViolation } from './axe-run';
import { templatePages } from './templates';

const templates = templatePages(
  builtFiles().filter((file) => file.endsWith('.html')),
  (url) => builtFile(url),
);

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  // axe is the test's own script, injected inline: the site's CSP would rightly refuse it.
  page = await (await browser.newContext({ bypassCSP: true })).newPage();
});
afterAll(async () => {
  await browser.close();
});

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  it('should find the main templates in the build', () => {
    const urls = templates.map((t) => t.url);

    expect(urls).toEqual(
      expect.arrayContaining(['/', '/fiches/', '/recherche/', '/404.html', '/calendrier/parcours/', '/calendrier/parcours/devenir-animateur-numerique/']),
    );
    expect(templates.map((t) => t.template)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/fiches\/\*\/ /),
        expect.stringMatching(/^\/fiches\/theme\/\*\/ /),
        expect.stringMatching(/^\/fiches\/etiquette\/\*\/ /),
      ]),
    );
  });

  it('should have no violation on the search page once it shows results', async () => {
    await page.goto(`${siteUrl()}/recherche/?q=imprimante`);
    await page.waitForSelector('[data-search-results] li mark');
    const violations = await axeViolations(page);

    expect(violations, `axe found on the search results:\n${violations.map(describeViolation).join('\n')}`).toEqual([]);
  });

  it.each(templates.map((t) => [t.url, t.template, t.pages] as const))('should have no violation on %s (template %s, %i pages)', async (url) => {
    await page.goto(`${siteUrl()}${url}`);
    const violations = await axeViolations(page);

    expect(violations, `axe found on ${url}:\n${violations.map(describeViolation).join('\n')}`).toEqual([]);
  });
});
