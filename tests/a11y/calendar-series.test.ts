/// <reference lib="dom" />
/**
 * axe-core on the event pages that hold a series' sessions or a « hors-les-murs » venue's map.
 * axe.test.ts checks one page per template, and every event page shares one template (the same
 * components, whatever they render), so the first atelier alone stands for all of them there.
 */
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { siteUrl } from '../site/helpers';

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const PAGES = [
  '/calendrier/ateliers/tablette-pas-a-pas-bellevue/',
  '/br/calendrier/ateliers/tablette-pas-a-pas-bellevue/',
  '/en/calendrier/ateliers/tablette-pas-a-pas-bellevue/',
  '/calendrier/formations/analyse-de-pratiques-mensuelle/',
  '/calendrier/ateliers/permanence-numerique-plouguerneau/',
];

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

describe('accessibility of series and hors-les-murs event pages (axe-core, WCAG 2.1 AA)', () => {
  it.each(PAGES)('should have no violation on %s', async (url) => {
    await page.goto(`${siteUrl()}${url}`);
    await page.addScriptTag({ path: AXE_SOURCE });
    const results = await page.evaluate(
      (tags) =>
        (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(document, {
          runOnly: { type: 'tag', values: tags },
        }),
      RULES,
    );

    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
