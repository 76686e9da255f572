import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, visibleHrefs } from '../helpers/browser';
import { SITE_FIXTURE } from '../site/global-setup';
import { siteUrl } from '../site/helpers';

interface SnapshotSpace {
  slug: string;
  commune: string;
  services: string[];
  labels?: string[] | null;
}
const spaces = (JSON.parse(readFileSync(SITE_FIXTURE, 'utf8')) as { collections: { espaces: { fr: SnapshotSpace[] } } }).collections.espaces.fr;
const links = (list: SnapshotSpace[]) => list.map((s) => `/espaces/${s.slug}/`).sort();
const inBrest = links(spaces.filter((s) => s.commune === 'Brest'));
const SERVICE = 'Parentalité et éducation avec le numérique';
const offering = links(spaces.filter((s) => s.services.includes(SERVICE)));
const LABEL = 'Aidants Connect';
const labelled = links(spaces.filter((s) => (s.labels ?? []).includes(LABEL)));

/** The spaces a visitor sees in the list, by their links. */
const visibleSpaces = (page: Page) => visibleHrefs(page, '[data-space-list] > li:visible :is(h2, h3) a');

describe('the directory of spaces in Chromium', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await page.context().close();
  });
  afterAll(async () => {
    await browser.close();
  });

  /** Opens a page in a fresh context (closed after each test), with or without JavaScript. */
  const open = async (path: string, javaScriptEnabled = true) => {
    page = await (await browser.newContext({ javaScriptEnabled })).newPage();
    await page.goto(`${siteUrl()}${path}`);
  };

  it('should show only the spaces of the chosen commune', async () => {
    await open('/espaces/');

    await page.selectOption('#filtre-commune', 'brest');

    expect(inBrest.length).toBeGreaterThan(1);
    expect(await visibleSpaces(page)).toEqual(inBrest);
  });

  it('should show only the spaces offering the chosen service, and say how many', async () => {
    await open('/espaces/');

    await page.selectOption('#filtre-service', 'parentalite-et-education-avec-le-numerique');

    // The fixture has exactly one space offering it: the count is written in the singular.
    expect(offering).toHaveLength(1);
    expect(await visibleSpaces(page)).toEqual(offering);
    expect(await page.locator('[data-space-count]').textContent()).toBe(`1 espace sur ${spaces.length}`);
  });

  it('should show only the spaces carrying the chosen label', async () => {
    await open('/espaces/');

    await page.selectOption('#filtre-label', 'aidants-connect');

    expect(labelled.length).toBeGreaterThan(1);
    expect(await visibleSpaces(page)).toEqual(labelled);
  });

  it('should keep the filter in the address so that a filtered list can be shared', async () => {
    await open('/espaces/');
    await page.selectOption('#filtre-commune', 'brest');

    const shared = await page.context().newPage();
    await shared.goto(page.url());

    expect(new URL(page.url()).search).toBe('?commune=brest');
    expect(await shared.inputValue('#filtre-commune')).toBe('brest');
    expect(await visibleSpaces(shared)).toEqual(inBrest);
  });

  it('should show every space again when the filters are cleared', async () => {
    await open('/espaces/?commune=brest');

    await page.click('button[type="reset"]');

    await expect.poll(() => visibleSpaces(page)).toEqual(links(spaces));
  });

  it('should offer the pre-rendered filter pages when JavaScript is off', async () => {
    await open('/espaces/', false);

    expect(await page.locator('[data-space-filters]').isVisible()).toBe(false);
    await page.click('[data-facet-nav] a[href="/espaces/commune/brest/"]');

    expect(await visibleSpaces(page)).toEqual(inBrest);
  });
});

describe('the map of spaces with the keyboard', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser.close();
  });

  /** Presses Tab through the whole page (about three times its links) and lists the map points focus passed through. */
  const pointsReachedByTab = async () => {
    const reached: string[] = [];
    for (let i = 0; i < 80; i += 1) {
      await page.keyboard.press('Tab');
      reached.push(await page.locator('svg a.point:focus').evaluateAll((points) => points.map((p) => p.id).join('')));
    }
    return [...new Set(reached.filter(Boolean))].sort();
  };

  it('should reach every point of the map with Tab', async () => {
    await page.goto(`${siteUrl()}/espaces/carte/`);

    expect(await pointsReachedByTab()).toEqual(spaces.map((s) => `lieu-${s.slug}`).sort());
  });

  it('should give each point an accessible name and open its space with Enter', async () => {
    await page.goto(`${siteUrl()}/espaces/carte/`);
    const point = page.locator('#lieu-epn-crozon');

    await point.focus();
    const name = await point.getAttribute('aria-label');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/espaces/epn-crozon/');

    expect(name).toBe("Cyberbase de la Presqu'île, Crozon");
  });
});
