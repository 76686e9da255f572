/**
 * Writes sitemap.xml once the build is done, from the HTML files it produced: every page of
 * every language is listed, whoever wrote its route, with the hreflang alternates the page
 * itself declares. (An endpoint could not see the other pages: they are rendered alongside it.)
 * The 404 page and pages marked noindex are left out.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { alternatesOf, isNoindex, sitemapXml, type SitemapPage } from '../lib/feeds/sitemap';
import { mapLimited } from '../lib/parallel';

async function htmlFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory()
        ? htmlFiles(path.join(dir, entry.name), `${prefix}/${entry.name}`)
        : Promise.resolve(entry.name.endsWith('.html') ? [`${prefix}/${entry.name}`] : []),
    ),
  );
  return nested.flat();
}

export function sitemap(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'reseau-epn-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!site) {
          logger.warn('no `site` configured: sitemap.xml not written');
          return;
        }
        const root = fileURLToPath(dir);
        const files = (await htmlFiles(root)).filter((file) => file !== '/404.html');
        // Read sixteen at a time (lib/parallel.ts), listed in the files' order.
        const read = await mapLimited(files, 16, async (file): Promise<SitemapPage | null> => {
          const html = await readFile(path.join(root, file), 'utf8');
          return isNoindex(html) ? null : { loc: new URL(file.replace(/index\.html$/, ''), site!).href, alternates: alternatesOf(html) };
        });
        const pages = read.filter((page) => page !== null);
        await writeFile(path.join(root, 'sitemap.xml'), sitemapXml(pages));
        logger.info(`sitemap.xml: ${pages.length} pages`);
      },
    },
  };
}
