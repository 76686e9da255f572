import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtFiles, siteDir } from './helpers';

/**
 * The Content-Security-Policy of every built page (astro.config.ts, site/src/lib/csp.ts), read from
 * the HTML the build wrote. Chromium's side is tests/e2e/csp.test.ts.
 */
const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;
/** The test build's CMS, as browsers reach it (SITE_CMS_PUBLIC_URL, else CMS_URL, else this). */
const CMS_ORIGIN = 'http://localhost:1337';
/** The sent letters' web versions: the digest's email HTML, with a policy of their own. */
const isLetter = (file: string) => file.startsWith('/lettres/') || /^\/(br|en)\/lettres\//.test(file);

const pages = () =>
  builtFiles()
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, html: readFileSync(path.join(siteDir(), file), 'utf8') }));

/** The policy's directives, by name, each as its list of sources. */
function policyOf(html: string): Map<string, string[]> {
  const content = META.exec(html)?.[1] ?? '';
  return new Map(
    content
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the Content-Security-Policy of the built pages', () => {
  it('should be in every HTML page, before any script', () => {
    const missing = pages()
      .filter(({ html }) => !META.test(html) || (html.includes('<script') && html.search(META) > html.indexOf('<script')))
      .map(({ file }) => file);

    expect(pages().length).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  it('should allow scripts from the site itself and the build’s hashes only: no inline script, no eval, no other origin', () => {
    const loose = pages()
      .filter(({ file }) => !isLetter(file))
      .flatMap(({ file, html }) =>
        (policyOf(html).get('script-src') ?? ['(none)'])
          .filter((source) => source !== "'self'" && !/^'sha256-[A-Za-z0-9+/]+=*'$/.test(source))
          .map((source) => `${file}: ${source}`),
      );

    expect(loose).toEqual([]);
  });

  it('should hash every inline script a page holds, so that the build’s own scripts run', () => {
    const unhashed = pages().flatMap(({ file, html }) => {
      const allowed = policyOf(html).get('script-src') ?? [];
      const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
      return inline.filter((script) => !allowed.includes(sha256(script))).map((script) => `${file}: ${script.slice(0, 60)}`);
    });

    expect(unhashed).toEqual([]);
  });

  it('should name no origin but the site’s own and the CMS’s', () => {
    const origins = new Set(pages().flatMap(({ html }) => [...policyOf(html).values()].flat().filter((source) => /^[a-z][a-z0-9+.-]*:\/\/|^\*/i.test(source))));

    expect([...origins]).toEqual([CMS_ORIGIN]);
  });

  it('should refuse plugins and foreign base addresses, and take everything else from the site by default', () => {
    const weak = pages()
      .filter(({ file }) => !isLetter(file))
      .filter(({ html }) => {
        const policy = policyOf(html);
        return (
          policy.get('default-src')?.join(' ') !== "'self'" ||
          policy.get('object-src')?.join(' ') !== "'none'" ||
          policy.get('base-uri')?.join(' ') !== "'self'"
        );
      })
      .map(({ file }) => file);

    expect(weak).toEqual([]);
  });

  it('should let forms post and scripts connect to the site and the CMS only (the letter’s forms)', () => {
    const policy = policyOf(readFileSync(path.join(siteDir(), 'lettre', 'index.html'), 'utf8'));

    expect([policy.get('form-action'), policy.get('connect-src')]).toEqual([
      ["'self'", CMS_ORIGIN],
      ["'self'", CMS_ORIGIN],
    ]);
  });

  it('should let no script at all run in a sent letter’s web version', () => {
    const policy = policyOf(readFileSync(path.join(siteDir(), 'lettres', 'lettre-2026-w47', 'index.html'), 'utf8'));

    expect([policy.get('default-src'), policy.get('script-src'), policy.get('form-action')]).toEqual([["'none'"], ["'none'"], ["'none'"]]);
  });
});
