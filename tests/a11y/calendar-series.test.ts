/// <reference lib="dom" />
/**
 * axe-core on the event pages that hold a series' sessions or a « hors-les-murs » venue's map.
 * axe.test.ts checks one page per template, and every event page shares one template (the same
 * components, whatever they render), so the first atelier alone stands for all of them there.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { siteUrl } from '../site/helpers';
import { axeViolations } from './axe-run';

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
    const violations = await axeViolations(page);

    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
