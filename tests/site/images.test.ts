import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser';
import { builtFile, builtFiles, siteDir, siteUrl } from './helpers';

/**
 * Media-library files on the built fixture site: body images with Strapi's generated sizes, the
 * files copied into the build's /uploads/ (from tests/fixtures/uploads/, beside the snapshot), and
 * the fiches' attachments with their type and size.
 */
const FICHE = '/fiches/mises-a-jour-windows-bloquees/';
const SHOT = 'mises_a_jour_windows_3f2a9c1d7e.png';
const FIXTURE_UPLOADS = path.resolve(import.meta.dirname, '..', 'fixtures', 'uploads');

/** The attributes of the <img> tags of a page, by name. */
function images(html: string): Record<string, string>[] {
  return [...html.matchAll(/<img\s([^>]*)>/g)].map((m) => Object.fromEntries([...m[1]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])));
}

const bodyImage = (urlPath: string) => images(builtFile(urlPath)).find((img) => img.src === `/uploads/${SHOT}`);

/** The attachments' list items of a page, as text without tags. */
function attachmentItems(html: string): string[] {
  const section = /<section aria-labelledby="pieces-jointes">([\s\S]*?)<\/section>/.exec(html)?.[1] ?? '';
  return [...section.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) =>
    m[1]!
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

describe('body images', () => {
  it('should give an image the editor inserted with the CMS address its sizes, dimensions, lazy loading and alternative text', () => {
    const img = bodyImage(FICHE);

    expect(img).toEqual({
      src: `/uploads/${SHOT}`,
      alt: 'Historique des mises à jour de Windows : une mise à jour en échec avec le code 0x80070002',
      srcset: [`thumbnail_${SHOT} 245w`, `small_${SHOT} 500w`, `medium_${SHOT} 750w`, `large_${SHOT} 1000w`, `${SHOT} 1280w`]
        .map((candidate) => `/uploads/${candidate}`)
        .join(', '),
      sizes: expect.stringContaining('52rem'),
      width: '1280',
      height: '720',
      loading: 'lazy',
      decoding: 'async',
    });
  });

  it('should do the same for an image written with a relative /uploads/ address', () => {
    const img = bodyImage('/en/fiches/recognising-phishing/');

    expect(img?.alt).toBe('Windows update history: an update that failed with the code 0x80070002');
    expect(img?.srcset?.split(', ')).toHaveLength(5);
    expect([img?.width, img?.height, img?.loading]).toEqual(['1280', '720', 'lazy']);
  });

  it('should copy into the build every file a srcset names, byte for byte', () => {
    const named = builtFiles()
      .filter((file) => file.endsWith('.html'))
      .flatMap((file) => images(readFileSync(path.join(siteDir(), file), 'utf8')))
      .flatMap((img) => (img.srcset ? img.srcset.split(', ').map((candidate) => candidate.split(' ')[0]!) : []));
    const unique = [...new Set(named)];

    expect(unique).toHaveLength(5);
    for (const file of unique) {
      const copy = path.join(siteDir(), file);
      expect(existsSync(copy), file).toBe(true);
      expect(readFileSync(copy).equals(readFileSync(path.join(FIXTURE_UPLOADS, path.basename(file)))), file).toBe(true);
    }
  });

  it('should copy no file a browser would run as a document (an SVG attachment stays on the CMS)', () => {
    const uploads = builtFiles().filter((file) => file.startsWith('/uploads/'));

    expect(uploads.filter((file) => /\.(svg|html?|xml|js)$/i.test(file))).toEqual([]);
    expect(builtFile(FICHE)).toContain('href="http://localhost:1337/uploads/logo_reseau_7a8b9c0d1e.svg"');
  });

  it('should show the image in Chromium from one of its copied sizes', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(new URL(FICHE, siteUrl()).href);
    const img = page.locator(`img[src="/uploads/${SHOT}"]`);
    await img.scrollIntoViewIfNeeded();
    await page.waitForFunction((selector) => {
      const element = document.querySelector<HTMLImageElement>(selector);
      return element?.complete && element.naturalWidth > 0;
    }, `img[src="/uploads/${SHOT}"]`);
    const shown = await img.evaluate((element: HTMLImageElement) => new URL(element.currentSrc).pathname);
    await page.close();

    expect(bodyImage(FICHE)?.srcset).toContain(`${shown} `);
    expect(statSync(path.join(siteDir(), shown)).size).toBeGreaterThan(0);
  });
});

describe('attachments', () => {
  it('should list each attachment with its type in words and its size in French units, linking to the copied file', () => {
    const html = builtFile(FICHE);

    expect(attachmentItems(html)).toEqual([
      'guide-mises-a-jour.pdf (PDF, 460 octets)',
      'fiche-suivi.odt (Document texte (ODT), 720 octets)',
      'schema-reseau.png (Image PNG, 1,8 ko)',
      'logo-reseau.svg (Image SVG, 140 octets)',
    ]);
    expect(html).toContain('<a href="/uploads/guide_mises_a_jour_5d6e7f8a9b.pdf" type="application/pdf">');
    expect(existsSync(path.join(siteDir(), 'uploads', 'guide_mises_a_jour_5d6e7f8a9b.pdf'))).toBe(true);
  });

  it('should save a document the browser does not show under its own name', () => {
    expect(builtFile(FICHE)).toContain(
      '<a href="/uploads/fiche_suivi_2c3d4e5f6a.odt" type="application/vnd.oasis.opendocument.text" download="fiche-suivi.odt">',
    );
  });

  it('should word types and sizes in Breton and English pages too', () => {
    expect(attachmentItems(builtFile('/en/fiches/recognising-phishing/'))).toContain('fiche-suivi.odt (Text document (ODT), 720 bytes)');
    expect(attachmentItems(builtFile('/br/fiches/stalian-linux-mint/'))).toContain('schema-reseau.png (Skeudenn PNG, 1,8 ko)');
  });
});

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
