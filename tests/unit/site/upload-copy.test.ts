import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyUploads, uploadsSource } from '../../../site/src/lib/upload-copy';

/** The build's copy of the uploads (site/src/lib/upload-copy.ts), from a folder, into a build, through a staging folder. */
let root: string;
let source: string;
const dirs = () => ({ source: { dir: source }, stagingDir: path.join(root, 'cache', 'uploads'), outDir: path.join(root, 'dist', 'uploads'), log: () => {} });

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'upload-copy-'));
  source = path.join(root, 'cms', 'public', 'uploads');
  mkdirSync(source, { recursive: true });
  writeFileSync(path.join(source, 'guide_1a.pdf'), Buffer.alloc(2500, 1));
  writeFileSync(path.join(source, 'ecran_2b.png'), Buffer.alloc(1200, 2));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const FILES = [
  { path: '/uploads/guide_1a.pdf', kb: 2.5 },
  { path: '/uploads/ecran_2b.png', kb: 1.2 },
];

describe('copying the uploads into a build', () => {
  it('should copy each file into the build', async () => {
    const report = await copyUploads({ files: FILES, ...dirs() });

    expect(report).toEqual({ fetched: 2, reused: 0, missing: [] });
    expect(readFileSync(path.join(root, 'dist', 'uploads', 'guide_1a.pdf')).equals(readFileSync(path.join(source, 'guide_1a.pdf')))).toBe(true);
  });

  it('should not read a file again from the source when it is staged with the size Strapi recorded', async () => {
    await copyUploads({ files: FILES, ...dirs() });
    rmSync(path.join(root, 'dist'), { recursive: true });
    rmSync(path.join(source, 'guide_1a.pdf'));

    const report = await copyUploads({ files: FILES, ...dirs() });

    expect(report).toEqual({ fetched: 0, reused: 2, missing: [] });
    expect(existsSync(path.join(root, 'dist', 'uploads', 'guide_1a.pdf'))).toBe(true);
  });

  it('should read a staged file again when its size is not the recorded one (a replaced file)', async () => {
    await copyUploads({ files: FILES, ...dirs() });
    writeFileSync(path.join(source, 'ecran_2b.png'), Buffer.alloc(3400, 3));

    const report = await copyUploads({ files: [{ path: '/uploads/ecran_2b.png', kb: 3.4 }], ...dirs() });

    expect(report.fetched).toBe(1);
    expect(readFileSync(path.join(root, 'dist', 'uploads', 'ecran_2b.png'))).toHaveLength(3400);
  });

  it('should report a missing file by its path and copy the others', async () => {
    const report = await copyUploads({ files: [...FILES, { path: '/uploads/absent_3c.pdf', kb: 1 }], ...dirs() });

    expect(report.fetched).toBe(2);
    expect(report.missing).toEqual([expect.stringContaining('/uploads/absent_3c.pdf')]);
  });

  it('should refuse a path that leaves the uploads folder', async () => {
    writeFileSync(path.join(root, 'cms', 'secret.txt'), 'secret');

    const report = await copyUploads({ files: [{ path: '/uploads/../secret.txt', kb: null }], ...dirs() });

    expect(report.missing).toHaveLength(1);
    expect(existsSync(path.join(root, 'dist', 'secret.txt'))).toBe(false);
  });
});

describe('where the files come from', () => {
  it('should read SITE_UPLOADS_DIR first, then the CMS the content comes from, then the folder beside the snapshot', () => {
    expect(uploadsSource({ SITE_UPLOADS_DIR: '/srv/cms/public/uploads', CMS_URL: 'http://cms:1337' }, '/s/snapshot.json')).toEqual({
      dir: '/srv/cms/public/uploads',
    });
    expect(uploadsSource({ CMS_URL: 'http://cms:1337/' }, '/s/snapshot.json')).toEqual({ baseUrl: 'http://cms:1337' });
    expect(uploadsSource({ SITE_SNAPSHOT: '/t/fixture.json', CMS_URL: '' }, '/s/snapshot.json')).toEqual({ dir: '/t/uploads' });
    expect(uploadsSource({}, '/s/snapshot.json')).toEqual({ dir: '/s/uploads' });
  });
});
