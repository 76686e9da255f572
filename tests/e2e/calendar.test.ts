import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, visibleHrefs } from '../helpers/browser';
import { SITE_FIXTURE, SITE_NOW } from '../site/global-setup';
import { siteUrl } from '../site/helpers';

interface SnapshotEvent {
  slug: string;
  endsAt: string;
  place: { commune: string } | null;
  eventStatus: 'prevu' | 'complet' | 'annule';
}
const collections = (JSON.parse(readFileSync(SITE_FIXTURE, 'utf8')) as { collections: Record<'ateliers' | 'formations', { fr: SnapshotEvent[] }> }).collections;
const upcoming = (events: SnapshotEvent[]) => events.filter((e) => e.endsAt >= SITE_NOW);
const links = (events: SnapshotEvent[], kind: string) => events.map((e) => `/calendrier/${kind}/${e.slug}/`).sort();
const ateliers = links(upcoming(collections.ateliers.fr), 'ateliers');
const formations = links(upcoming(collections.formations.fr), 'formations');
const inBrest = [
  ...links(
    upcoming(collections.ateliers.fr).filter((e) => e.place?.commune === 'Brest'),
    'ateliers',
  ),
  ...links(
    upcoming(collections.formations.fr).filter((e) => e.place?.commune === 'Brest'),
    'formations',
  ),
].sort();

/** Neither full nor cancelled: the « Places disponibles » filter's events. */
const withPlaces = [
  ...links(
    upcoming(collections.ateliers.fr).filter((e) => e.eventStatus === 'prevu'),
    'ateliers',
  ),
  ...links(
    upcoming(collections.formations.fr).filter((e) => e.eventStatus === 'prevu'),
    'formations',
  ),
].sort();

/** The events a visitor sees in the list, by their links. */
const visibleEvents = (page: Page) => visibleHrefs(page, '[data-event]:visible h3 a');

describe('the calendar filters in Chromium', () => {
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

  /** Opens the list in a fresh context (closed after each test), with or without JavaScript. */
  const open = async (query = '', javaScriptEnabled = true) => {
    page = await (await browser.newContext({ javaScriptEnabled })).newPage();
    await page.goto(`${siteUrl()}/calendrier/${query}`);
  };

  it('should show only the events of the chosen commune', async () => {
    await open();
    await page.selectOption('#filtre-commune', 'brest');
    await page.click('button[type="submit"]');

    expect(inBrest.length).toBeGreaterThan(1);
    expect(await visibleEvents(page)).toEqual(inBrest);
  });

  it('should keep the chosen filters in the address', async () => {
    await open();
    await page.selectOption('#filtre-type', 'formation');
    await page.selectOption('#filtre-commune', 'brest');

    expect(new URL(page.url()).search).toBe('?type=formation&commune=brest');
  });

  it('should show only formations when that type is chosen, with the count announced', async () => {
    await open();
    await page.selectOption('#filtre-type', 'formation');

    expect(await visibleEvents(page)).toEqual(formations);
    expect(await page.textContent('[data-calendar-shown]')).toBe(`Rendez-vous affichés : ${formations.length}`);
  });

  it('should apply the filters of a shared address', async () => {
    await open('?type=atelier');

    expect(await page.inputValue('#filtre-type')).toBe('atelier');
    expect(await visibleEvents(page)).toEqual(ateliers);
  });

  it('should hide the full and cancelled events under « Places disponibles »', async () => {
    await open();
    await page.selectOption('#filtre-places', 'disponibles');

    expect(withPlaces.length).toBeLessThan(ateliers.length + formations.length);
    expect(await visibleEvents(page)).toEqual(withPlaces);
  });

  it('should hide the weeks left without events', async () => {
    await open('?commune=ouessant');

    expect(await page.locator('[data-week]:visible').count()).toBe(1);
  });

  it('should show everything again after "Tout afficher"', async () => {
    await open('?type=formation');
    await page.click('button[type="reset"]');
    await page.waitForURL((url) => url.search === '');

    expect(await visibleEvents(page)).toEqual([...ateliers, ...formations].sort());
  });

  it('should list every event, without the filter form, when JavaScript is off', async () => {
    await open('?type=formation', false);

    expect(await page.isVisible('[data-calendar-filters]')).toBe(false);
    expect(await visibleEvents(page)).toEqual([...ateliers, ...formations].sort());
  });
});
