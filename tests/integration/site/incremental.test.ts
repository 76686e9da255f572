/**
 * An incremental build (site/src/lib/build-scope.ts) gives the site a full build gives: the
 * fixture site is built, then a changed snapshot (a fiche edited in every language, a new fiche,
 * one unpublished, one renamed, an event and a space edited) is built over it incrementally and
 * from scratch, and the two trees are compared file by file, byte for byte. No CMS: the snapshots
 * stand for what it exports.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '@reseau-epn/platform';
import { SITE_DIR } from '../../../packages/launcher/src/paths';
import { applyChanges } from '../../helpers/snapshot-changes';
import { buildSite, filesUnder } from '../../helpers/site-build';

const FIXTURE = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'site-snapshot.json');
const SITE_NOW = '2026-11-25T09:00:00Z';

let work: string;
const dirs = { before: '', incremental: '', full: '' };

beforeAll(async () => {
  mkdirSync(path.join(SITE_DIR, '.builds'), { recursive: true });
  work = mkdtempSync(path.join(SITE_DIR, '.builds', 'incremental-'));
  const changed = path.join(work, 'changed.json');
  const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Snapshot;
  writeFileSync(changed, JSON.stringify(applyChanges(fixture, ['edit-fiche', 'new-fiche', 'unpublish-fiche', 'rename-fiche', 'edit-event', 'edit-space'])));
  for (const name of Object.keys(dirs) as (keyof typeof dirs)[]) dirs[name] = path.join(work, name);
  const cacheDir = path.join(work, 'cache');
  // The changed snapshot is written elsewhere than the fixture: every build takes the fixture's
  // uploads, as the CMS's one uploads folder serves every build (else the builds of the changed
  // snapshot would look for uploads beside it, and differ by where their files came from).
  const env = { SITE_UPLOADS_DIR: path.join(path.dirname(FIXTURE), 'uploads') };
  // The full build of the changed snapshot runs alongside the first one (its own cache).
  await Promise.all([
    buildSite({ snapshot: FIXTURE, outDir: dirs.before, cacheDir, siteNow: SITE_NOW, env }).then(() =>
      buildSite({ snapshot: changed, outDir: dirs.incremental, base: dirs.before, cacheDir, siteNow: SITE_NOW, env }),
    ),
    buildSite({ snapshot: changed, outDir: dirs.full, cacheDir: path.join(work, 'cache-full'), siteNow: SITE_NOW, env }),
  ]);
}, 900_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('an incremental build', () => {
  it('should write the same files as a full build of the same content', () => {
    expect(filesUnder(path.join(dirs.incremental, 'client'))).toEqual(filesUnder(path.join(dirs.full, 'client')));
  });

  it('should write the same bytes in every file as a full build', () => {
    const client = path.join(dirs.incremental, 'client');
    // A publication's .br is compressed faster than a full build's (site/scripts/precompress.ts):
    // compressed copies must hold the same bytes, not be the same bytes.
    const content = (file: string) => {
      const bytes = readFileSync(file);
      return file.endsWith('.br') ? brotliDecompressSync(bytes) : file.endsWith('.gz') ? gunzipSync(bytes) : bytes;
    };
    const differing = filesUnder(client).filter((file) => !content(path.join(client, file)).equals(content(path.join(dirs.full, 'client', file))));

    expect(differing).toEqual([]);
  });

  it('should take the unchanged pages from the previous build', () => {
    const kept = path.join(dirs.incremental, 'client', 'fiches', 'convertir-pdf', 'index.html');

    expect(statSync(kept).nlink).toBe(2);
  });

  it.each([
    ['a tag', 'fiches/etiquette'],
    ['a theme', 'fiches/theme'],
    ['a directory filter', 'espaces/service'],
    ['a month', 'calendrier/mois'],
  ])('should render the list pages of %s the changes touch, and take the others from the previous build', (_, dir) => {
    const client = path.join(dirs.incremental, 'client');
    const pages = filesUnder(path.join(client, dir)).filter((file) => file.endsWith('index.html'));
    const kept = pages.filter((file) => statSync(path.join(client, dir, file)).nlink === 2);

    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(pages.length);
  });

  it("should take an unchanged event's .ics file from the previous build", () => {
    const client = path.join(dirs.incremental, 'client');
    const files = filesUnder(path.join(client, 'calendrier')).filter((file) => file.endsWith('.ics') && file.includes('/'));
    const kept = files.filter((file) => statSync(path.join(client, 'calendrier', file)).nlink === 2);

    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(files.length);
  });
});
