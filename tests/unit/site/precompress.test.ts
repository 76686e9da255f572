import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
