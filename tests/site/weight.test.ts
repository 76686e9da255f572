import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtFile, builtFiles, siteDir } from './helpers';

const BUDGET = 60 * 1024;

/** The scripts a JS file imports statically (dynamic imports load later, on use). */
function staticImports(file: string): string[] {
  const source = readFileSync(path.join(siteDir(), file), 'utf8');
  return [...source.matchAll(/(?:^|[;\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)].map((m) =>
    path.posix.resolve(path.posix.dirname(file), m[1]!),
  );
}

/** gzip bytes of a page's HTML, and of the CSS and JS it loads when opened (the search index excluded). */
function pageWeight(url: string): number {
  const html = builtFile(url);
  const assets = new Set<string>();
  const pending = [
    ...[...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<link[^>]*rel="(?:stylesheet|modulepreload)"[^>]*href="([^"]+)"/g)].map((m) => m[1]!),
  ].filter((src) => src.startsWith('/'));
  while (pending.length) {
    const asset = pending.pop()!;
    if (assets.has(asset) || !existsSync(path.join(siteDir(), asset))) continue;
    assets.add(asset);
    if (asset.endsWith('.js')) pending.push(...staticImports(asset));
  }
  return [html, ...[...assets].map((asset) => readFileSync(path.join(siteDir(), asset)))].reduce((total, content) => total + gzipSync(content).length, 0);
}

describe('page weight', () => {
  it(`should keep every fiche page within ${BUDGET / 1024} KB gzip of HTML, CSS and JS`, () => {
    const fiches = builtFiles()
      .filter((file) => /^(\/br|\/en)?\/fiches\/(?!theme\/|etiquette\/)[^/]+\/index\.html$/.test(file))
      .map((file) => file.replace(/index\.html$/, ''));
    const heaviest = fiches.map((url) => ({ url, bytes: pageWeight(url) })).sort((a, b) => b.bytes - a.bytes)[0]!;

    // Each fiche in the languages it is written in (the fixture: 29 French, and their translations).
    expect(fiches.length).toBeGreaterThan(30);
    expect(heaviest.bytes, `${heaviest.url} weighs ${heaviest.bytes} bytes gzip`).toBeLessThanOrEqual(BUDGET);
  });
});
