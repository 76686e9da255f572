import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtFile, builtFiles, siteDir } from './helpers';

/** The site's own addresses a page links to or loads: href and src starting with one slash. */
function internalLinks(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="(\/(?!\/)[^"#?]*)/g)].map((m) => decodeURI(m[1]!));
}

/** Whether an address is a file of the build, as the static server would serve it. */
function served(link: string): boolean {
  const file = path.join(siteDir(), link.endsWith('/') ? `${link}index.html` : link);
  return existsSync(file) || existsSync(path.join(file, 'index.html'));
}

describe('links between the built pages', () => {
  it('should lead nowhere but to pages and files the build wrote', () => {
    const pages = builtFiles().filter((file) => file.endsWith('.html'));
    // The editors' preview renders on demand, outside the static files.
    const dead = pages.flatMap((page) =>
      internalLinks(builtFile(page))
        .filter((link) => !link.startsWith('/apercu/') && !served(link))
        .map((link) => `${page} → ${link}`),
    );

    expect(pages.length).toBeGreaterThan(100);
    expect([...new Set(dead)]).toEqual([]);
  });
});
