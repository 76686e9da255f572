import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SITE_DIR } from '../../../packages/launcher/src/paths';
import { strapiSource, watchStrapi } from '../../../packages/launcher/src/cms-source';
import { SiteBuilder } from '../../../packages/launcher/src/site-builder';
import { serveStatic } from '../../../site/scripts/static-server';
import type { TestCms } from '../../helpers/cms';
import { sampleData } from '../../helpers/fixtures';
import { getSeededCms } from '../../helpers/seeded';
import { UIDS } from '@reseau-epn/platform';
import { EVENT_STATE_CHANGED } from '../../../cms/src/api/inscription/services/registration';
import { SPACE_INVENTORY_CHANGED } from '../../../cms/src/spaces/derived-inventory-sync';

let cms: TestCms;
let builder: SiteBuilder;
let unwatch: (() => void) | undefined;
let workDir: string;

beforeAll(async () => {
  ({ cms } = await getSeededCms());
  mkdirSync(path.join(SITE_DIR, '.builds'), { recursive: true });
  workDir = mkdtempSync(path.join(SITE_DIR, '.builds', 'live-'));
  builder = new SiteBuilder(strapiSource(cms.strapi, cms.url), { outDir: path.join(workDir, 'dist'), debounceMs: 200, quiet: true });
  unwatch = watchStrapi(cms.strapi, builder);
  await builder.build();
}, 400_000);

afterAll(async () => {
  unwatch?.();
  await builder?.idle();
  rmSync(workDir, { recursive: true, force: true });
});

/**
 * Counts the builds the builder starts, through its scheduling and its plan as they are, without
 * running Astro (16–19 s a build): what such a build shows is the publication test's to check.
 */
function countBuilds() {
  return vi.spyOn(builder as unknown as { buildOnce(incremental: boolean): Promise<void> }, 'buildOnce').mockResolvedValue(undefined);
}

describe('the site built from the running CMS', () => {
  it('should publish the seed fiches, read over the REST API', () => {
    const page = path.join(builder.outDir, 'fiches', 'imprimante-reseau-hors-ligne', 'index.html');

    expect(readFileSync(page, 'utf8')).toContain('Remettre en ligne une imprimante réseau');
  });

  it('should write a brotli and a gzip copy of each page for the server to send', () => {
    const page = path.join(builder.outDir, 'fiches', 'imprimante-reseau-hors-ligne', 'index.html');

    expect([existsSync(`${page}.br`), existsSync(`${page}.gz`)]).toEqual([true, true]);
  });

  it('should let the admin panel frame the preview route, and the site’s pages only the site', async () => {
    const { server, url } = await serveStatic(builder.outDir, 0, '127.0.0.1', (req, res) => builder.serveDynamic(req, res));
    const adminOrigin = new URL(cms.strapi.config.get('admin.absoluteUrl') as string).origin;

    const preview = await fetch(`${url}/apercu/fiches/inconnue/?locale=fr&status=draft`);
    const page = await fetch(`${url}/fiches/imprimante-reseau-hors-ligne/`);

    expect(preview.headers.get('content-security-policy')).toContain(`frame-ancestors 'self' ${adminOrigin}`);
    expect(page.headers.get('content-security-policy')).toBe("frame-ancestors 'self'");
    server.close();
  });

  it('should preview a draft fiche with the site’s components, behind the preview secret', async () => {
    process.env.PREVIEW_SECRET = 'secret-de-test';
    const data = { ...sampleData(UIDS.fiche), title: 'Brouillon à prévisualiser' };
    const draft = await cms.strapi.documents(UIDS.fiche).create({ locale: 'fr', data });
    const { server, url } = await serveStatic(builder.outDir, 0, '127.0.0.1', (req, res) => builder.serveDynamic(req, res));

    // The link the Content Manager gets (cms/config/admin.ts): signed for this draft, for an hour.
    const previewHandler = cms.strapi.config.get('admin.preview.config.handler') as (uid: string, params: object) => Promise<string>;
    const link = new URL(await previewHandler(UIDS.fiche, { documentId: draft.documentId, locale: 'fr', status: 'draft' }));

    const preview = await fetch(`${url}${link.pathname}${link.search}`);
    const wrongSecret = await fetch(`${url}/apercu/fiches/${draft.documentId}/?locale=fr&status=draft&secret=secret-de-test`);
    const published = await fetch(`${url}/fiches/${String(data.slug)}/`);

    const html = await preview.text();
    expect(preview.status).toBe(200);
    expect(html).toMatch(/<h1[^>]*>Brouillon à prévisualiser<\/h1>/);
    expect(html).toContain('Aperçu du brouillon');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(wrongSecret.status).toBe(404);
    expect(published.status).toBe(404);
    server.close();
    await cms.strapi.documents(UIDS.fiche).delete({ documentId: draft.documentId, locale: '*' });
    await builder.idle();
  });

  it('should rebuild once for a burst of forum posts made visible, not once per post', async () => {
    const build = countBuilds();
    for (let post = 0; post < 5; post += 1) cms.strapi.eventHub.emit('moderation.post.published', { post: `p${post}`, topic: 't', opening: false });
    cms.strapi.eventHub.emit('moderation.visibility.changed', {});

    await new Promise((r) => setTimeout(r, 300));
    await builder.idle();

    expect(build).toHaveBeenCalledTimes(1);
    build.mockRestore();
  }, 180_000);

  // Public values derived without a publication: an event full or with seats again, a space's counts from its machines.
  it.each([EVENT_STATE_CHANGED, SPACE_INVENTORY_CHANGED])(
    'should rebuild on %s (no publication says so)',
    async (event) => {
      const build = countBuilds();
      cms.strapi.eventHub.emit(event, {});

      await new Promise((r) => setTimeout(r, 300));
      await builder.idle();

      expect(build).toHaveBeenCalledTimes(1);
      build.mockRestore();
    },
    180_000,
  );

  it('should rebuild after a publication, showing the new fiche', async () => {
    const data = sampleData(UIDS.fiche);
    const fiche = await cms.strapi.documents(UIDS.fiche).create({ locale: 'fr', data });
    await cms.strapi.documents(UIDS.fiche).publish({ documentId: fiche.documentId, locale: 'fr' });

    await new Promise((r) => setTimeout(r, 300));
    await builder.idle();

    expect(existsSync(path.join(builder.outDir, 'fiches', String(data.slug), 'index.html'))).toBe(true);
    await cms.strapi.documents(UIDS.fiche).delete({ documentId: fiche.documentId, locale: '*' });
    await builder.idle();
  }, 180_000);
});
