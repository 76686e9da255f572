/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '@reseau-epn/platform';
import { launchBrowser } from '../helpers/browser';
import { SITE_FIXTURE } from './global-setup';
import { builtFile, builtFiles } from './helpers';

const SITE = 'http://localhost:4321';
const fixture = JSON.parse(readFileSync(SITE_FIXTURE, 'utf8')) as Snapshot;

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser.close();
});

/** Parses XML with the browser's XML parser: the parser's error message, or the values the selector picks. */
async function readXml(xml: string, selector: string, attribute?: string): Promise<{ error: string | null; values: string[] }> {
  return page.evaluate(
    ({ xml, selector, attribute }) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const error = doc.querySelector('parsererror')?.textContent ?? null;
      const values = [...doc.querySelectorAll(selector)].map((node) => (attribute ? node.getAttribute(attribute) : node.textContent) ?? '');
      return { error, values };
    },
    { xml, selector, attribute },
  );
}

describe('the fiches feed', () => {
  it('should be well-formed RSS 2.0', async () => {
    const xml = builtFile('/fiches.xml');
    const { error, values } = await readXml(xml, 'rss', 'version');

    expect(error).toBeNull();
    expect(values).toEqual(['2.0']);
  });

  it('should list the newest French fiches first, with absolute links', async () => {
    const newest = [...fixture.collections.fiches.fr].sort((a, b) => String(b.updatedAt).localeCompare(String(a.updatedAt))).slice(0, 3);
    const { values } = await readXml(builtFile('/fiches.xml'), 'item > link');

    expect(values.slice(0, 3)).toEqual(newest.map((f) => `${SITE}/fiches/${f.slug}/`));
    expect(values).toHaveLength(Math.min(30, fixture.collections.fiches.fr.length));
  });

  it('should give each item its title, date and summary', async () => {
    const xml = builtFile('/fiches.xml');
    const titles = await readXml(xml, 'item > title');
    const dates = await readXml(xml, 'item > pubDate');

    expect(titles.values).toContain('Remettre en ligne une imprimante réseau qui ne répond plus');
    expect(dates.values.every((date) => !Number.isNaN(Date.parse(date)))).toBe(true);
    expect(xml).toContain('<description>L&apos;imprimante partagée apparaît');
  });

  it('should be linked from every page', () => {
    expect(builtFile('/fiches/')).toContain('<link rel="alternate" type="application/rss+xml"');
  });
});

describe('the sitemap', () => {
  it('should be well-formed XML', async () => {
    const { error } = await readXml(builtFile('/sitemap.xml'), 'urlset');

    expect(error).toBeNull();
  });

  it('should list every HTML page of the build in every language, but the 404 page and noindex pages', async () => {
    const pages = builtFiles()
      .filter((file) => file.endsWith('.html') && file !== '/404.html' && !builtFile(file).includes('<meta name="robots" content="noindex"'))
      .map((file) => `${SITE}${file.replace(/index\.html$/, '')}`);
    const { values } = await readXml(builtFile('/sitemap.xml'), 'url > loc');

    expect(values.sort()).toEqual(pages.sort());
  });

  it('should give a page its hreflang alternates', async () => {
    const xml = builtFile('/sitemap.xml');
    const entry = xml.split('\n').find((line) => line.includes(`<loc>${SITE}/fiches/reconnaitre-hameconnage/</loc>`));

    expect(entry).toContain(`hreflang="br" href="${SITE}/br/fiches/anavezout-ur-gemennadenn-higennan/"`);
    expect(entry).toContain(`hreflang="en" href="${SITE}/en/fiches/recognising-phishing/"`);
    expect(entry).toContain(`hreflang="x-default" href="${SITE}/fiches/reconnaitre-hameconnage/"`);
  });

  it('should list an untranslated fiche once, with French as its only language', () => {
    const xml = builtFile('/sitemap.xml');
    const entry = xml.split('\n').find((line) => line.includes(`<loc>${SITE}/fiches/imprimante-reseau-hors-ligne/</loc>`));

    expect(entry).toContain(`hreflang="fr" href="${SITE}/fiches/imprimante-reseau-hors-ligne/"`);
    expect(entry).not.toContain('hreflang="br"');
    expect(xml).not.toContain(`${SITE}/br/fiches/imprimante-reseau-hors-ligne/`);
  });
});
