import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SiteBuilder } from '../../../cms/scripts/site-builder';
import { getCms, type TestCms } from '../../helpers/cms';
import { sampleData } from '../../helpers/fixtures';
import { getSeededCms } from '../../helpers/seeded';

let cms: TestCms;
let builder: SiteBuilder;

beforeAll(async () => {
  ({ cms } = await getSeededCms());
  builder = new SiteBuilder(cms.strapi, cms.url, { outDir: path.join(mkdtempSync(path.join(os.tmpdir(), 'site-live-')), 'dist'), debounceMs: 200, quiet: true });
  builder.watch();
  await builder.build();
}, 180_000);

describe('the site built from the running CMS', () => {
  it('should publish the seed fiches, read over the REST API', () => {
    const page = path.join(builder.outDir, 'fiches', 'imprimante-reseau-hors-ligne', 'index.html');

    expect(readFileSync(page, 'utf8')).toContain('Remettre en ligne une imprimante réseau');
  });

  it('should rebuild after a publication, showing the new fiche', async () => {
    const data = sampleData('api::fiche.fiche');
    const fiche = await cms.strapi.documents('api::fiche.fiche').create({ locale: 'fr', data } as never);
    await cms.strapi.documents('api::fiche.fiche').publish({ documentId: fiche.documentId, locale: 'fr' } as never);

    await new Promise((r) => setTimeout(r, 300));
    await builder.idle();

    expect(existsSync(path.join(builder.outDir, 'fiches', String(data.slug), 'index.html'))).toBe(true);
    await cms.strapi.documents('api::fiche.fiche').delete({ documentId: fiche.documentId, locale: '*' } as never);
    await builder.idle();
  }, 180_000);
});
