import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NETWORK_ONLY_ESPACE_FIELDS } from '../../../cms/src/api/espace/field-visibility';
import { SITE_DIR } from '../../../packages/launcher/src/paths';
import { strapiSource } from '../../../packages/launcher/src/cms-source';
import { SiteBuilder } from '../../../packages/launcher/src/site-builder';
import type { TestCms } from '../../helpers/cms';
import { SCHEMA_FIELDS } from '../../helpers/lieux-schema';
import { getSeededCms } from '../../helpers/seeded';
import { plantNetworkMarkers, type PlantedSpace } from '../privacy/space-markers';

/**
 * The site built from the running CMS, by the launcher's own builder, with a published space
 * whose every network field holds markers (tests/integration/privacy/space-markers.ts): no page,
 * feed, index or export carries one, and the open-data exports hold only the national schema's
 * fields, whatever the inventory adds to a space.
 */

/** Files a visitor or a reuser reads as text; the .br and .gz copies hold the same bytes compressed. */
const TEXT = /\.(html|json|csv|xml|ics|js|txt|webmanifest)$/;

let cms: TestCms;
let space: PlantedSpace;
let workDir: string;
let files: { file: string; text: string }[];
let outDir: string;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(path.join(dir, entry.name)) : TEXT.test(entry.name) ? [path.join(dir, entry.name)] : [],
  );
}

beforeAll(async () => {
  ({ cms } = await getSeededCms());
  space = await plantNetworkMarkers(cms.strapi);
  mkdirSync(path.join(SITE_DIR, '.builds'), { recursive: true });
  workDir = mkdtempSync(path.join(SITE_DIR, '.builds', 'inventory-'));
  const builder = new SiteBuilder(strapiSource(cms.strapi, cms.url), { outDir: path.join(workDir, 'dist'), quiet: true });
  await builder.build();
  outDir = builder.outDir;
  files = walk(outDir).map((file) => ({ file: path.relative(outDir, file), text: readFileSync(file, 'utf8') }));
}, 400_000);

afterAll(async () => {
  await space?.remove();
  rmSync(workDir, { recursive: true, force: true });
});

describe('the site built from the CMS', () => {
  it('should publish the space whose network fields hold markers, so their absence means something', () => {
    expect(files.some(({ file }) => file.includes(space.slug))).toBe(true);
  });

  it.each(NETWORK_ONLY_ESPACE_FIELDS.map((field) => [field]))('should carry no value of the network field %s in any file', (field) => {
    const leaks = files.flatMap(({ file, text }) => space.markers[field].filter((marker) => text.includes(marker)).map((marker) => `${file}: ${marker}`));

    expect(space.markers[field].length).toBeGreaterThan(0);
    expect(leaks).toEqual([]);
  });
});

describe('the open-data exports built from the CMS', () => {
  it('should hold only the national schema’s fields in the JSON export', () => {
    const records = JSON.parse(readFileSync(path.join(outDir, 'espaces', 'lieux-mediation-numerique.json'), 'utf8')) as Record<string, unknown>[];
    const extra = [...new Set(records.flatMap((record) => Object.keys(record)))].filter((field) => !SCHEMA_FIELDS.includes(field));

    expect(records.length).toBeGreaterThan(0);
    expect(extra).toEqual([]);
  });

  it('should hold only the national schema’s fields in the CSV export', () => {
    const header = readFileSync(path.join(outDir, 'espaces', 'lieux-mediation-numerique.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)[0];
    const extra = header
      .split(',')
      .map((name) => name.replace(/^"|"$/g, ''))
      .filter((field) => !SCHEMA_FIELDS.includes(field));

    expect(extra).toEqual([]);
  });
});
