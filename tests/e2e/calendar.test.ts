import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, visibleHrefs } from '../helpers/browser';
import { SITE_FIXTURE, SITE_NOW } from '../site/global-setup';
import { siteUrl } from '../site/helpers';

interface SnapshotEvent {
  slug: string;
  endsAt: string;
  audience: string;
  place: { commune: string } | null;
  /** A « hors-les-murs » venue (events written before issue 15's series have none). */
  venue?: { commune: string } | null;
  eventStatus: 'prevu' | 'complet' | 'annule';
  sessions?: { day: string; endsAt: string; cancelled: boolean }[];
}
const collections = (JSON.parse(readFileSync(SITE_FIXTURE, 'utf8')) as { collections: Record<'ateliers' | 'formations', { fr: SnapshotEvent[] }> }).collections;

/** One entry of the list: an upcoming one-off event, or an upcoming session of a series (linked to its line). */
interface ListEntry {
  href: string;
  event: SnapshotEvent;
  cancelled: boolean;
}
const entriesOf = (events: SnapshotEvent[], kind: string): ListEntry[] =>
  events.flatMap((event) =>
    event.sessions?.length
      ? event.sessions
          .filter((s) => s.endsAt >= SITE_NOW)
          .map((s) => ({ href: `/calendrier/${kind}/${event.slug}/#seance-${s.day}`, event, cancelled: s.cancelled }))
      : event.endsAt >= SITE_NOW
        ? [{ href: `/calendrier/${kind}/${event.slug}/`, event, cancelled: false }]
        : [],
  );
const entries = [...entriesOf(collections.ateliers.fr, 'ateliers'), ...entriesOf(collections.formations.fr, 'formations')];
const hrefs = (kept: ListEntry[]) => kept.map((e) => e.href).sort();
const ateliers = hrefs(entriesOf(collections.ateliers.fr, 'ateliers'));
const formations = hrefs(entriesOf(collections.formations.fr, 'formations'));
const communeOf = (e: SnapshotEvent) => e.place?.commune ?? e.venue?.commune;
const inBrest = hrefs(entries.filter((e) => communeOf(e.event) === 'Brest'));
/** Neither full nor cancelled, the session included: the « Places disponibles » filter's entries. */
const withPlaces = hrefs(entries.filter((e) => e.event.eventStatus === 'prevu' && !e.cancelled));
/** The fixture's hors-les-murs atelier is in Plouguerneau, where no space of the network holds events. */
const inPlouguerneau = hrefs(entries.filter((e) => communeOf(e.event) === 'Plouguerneau'));
const forDisabledPeople = hrefs(entries.filter((e) => e.event.audience === 'personnes_handicap'));

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

  it('should show only the events of the chosen audience, each session of a series', async () => {
    await open();
    await page.selectOption('#filtre-public', 'personnes_handicap');

    expect(forDisabledPeople.length).toBeGreaterThan(1);
    expect(await visibleEvents(page)).toEqual(forDisabledPeople);
  });

  it("should find a hors-les-murs event under its venue's commune", async () => {
    await open('?commune=plouguerneau');

    expect(inPlouguerneau).toEqual(['/calendrier/ateliers/permanence-numerique-plouguerneau/']);
    expect(await visibleEvents(page)).toEqual(inPlouguerneau);
  });

  it('should hide the weeks left without events', async () => {
    await open('?commune=ouessant');

    expect(await page.locator('[data-week]:visible').count()).toBe(1);
  });

  it('should show everything again after "Tout afficher"', async () => {
    await open('?type=formation');
    await page.click('button[type="reset"]');
    await page.waitForURL((url) => url.search === '');

    expect(await visibleEvents(page)).toEqual(hrefs(entries));
  });

  it('should list every event, without the filter form, when JavaScript is off', async () => {
    await open('?type=formation', false);

    expect(await page.isVisible('[data-calendar-filters]')).toBe(false);
    expect(await visibleEvents(page)).toEqual(hrefs(entries));
  });
});
