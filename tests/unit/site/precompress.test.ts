import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompress } from '../../../site/scripts/precompress';

const PAGE = `<!doctype html>${'<p>Remettre une imprimante réseau en ligne, pas à pas.</p>\n'.repeat(40)}`;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'precompress-'));
  writeFileSync(path.join(dir, 'page.html'), PAGE);
  writeFileSync(path.join(dir, 'petit.css'), 'a{color:red}');
  writeFileSync(path.join(dir, 'photo.png'), Buffer.alloc(4096, 7));
  await precompress(dir);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('precompressing a built site', () => {
  it('should write a brotli and a gzip file of a page, each reading back as the page', () => {
    expect(brotliDecompressSync(readFileSync(path.join(dir, 'page.html.br'))).toString()).toBe(PAGE);
    expect(gunzipSync(readFileSync(path.join(dir, 'page.html.gz'))).toString()).toBe(PAGE);
  });

  it('should leave files under a kilobyte and images alone', () => {
    expect(['petit.css.br', 'petit.css.gz', 'photo.png.br', 'photo.png.gz'].filter((name) => existsSync(path.join(dir, name)))).toEqual([]);
  });
});

describe('precompressing a build that follows another', () => {
  let next: string;
  const CHANGED = PAGE.replace('imprimante', 'photocopieuse');

  beforeAll(async () => {
    next = mkdtempSync(path.join(tmpdir(), 'precompress-next-'));
    writeFileSync(path.join(next, 'page.html'), PAGE);
    mkdirSync(path.join(next, 'liste'));
    writeFileSync(path.join(next, 'liste', 'index.html'), CHANGED);
    writeFileSync(path.join(next, 'changed.html'), CHANGED);
    writeFileSync(path.join(dir, 'changed.html'), PAGE);
    await precompress(dir);
    // As the launcher does after an incremental build: the fast brotli of a publication.
    await precompress(next, dir, 'publication');
  });

  afterAll(() => rmSync(next, { recursive: true, force: true }));

  it('should take the previous copies of a file written the same, without compressing it again', () => {
    for (const suffix of ['.br', '.gz']) {
      expect(statSync(path.join(next, `page.html${suffix}`)).ino).toBe(statSync(path.join(dir, `page.html${suffix}`)).ino);
    }
  });

  it('should compress a file that changed, or that the previous build did not have', () => {
    for (const file of ['changed.html', path.join('liste', 'index.html')]) {
      expect(brotliDecompressSync(readFileSync(path.join(next, `${file}.br`))).toString()).toBe(CHANGED);
      expect(gunzipSync(readFileSync(path.join(next, `${file}.gz`))).toString()).toBe(CHANGED);
    }
    expect(statSync(path.join(next, 'changed.html.br')).ino).not.toBe(statSync(path.join(dir, 'changed.html.br')).ino);
  });
});
