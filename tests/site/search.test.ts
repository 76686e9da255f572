import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '@reseau-epn/platform';
import { SITE_FIXTURE } from './global-setup';
import { builtFile } from './helpers';
import { entryOf, searchDocsOf, searchIndexFiles } from './search-index';

const fixture = JSON.parse(readFileSync(SITE_FIXTURE, 'utf8')) as Snapshot;
const urlsOf = (locale: string) => searchDocsOf(locale).map(([url]) => url);

describe('the search indexes', () => {
  it('should build one index per language', () => {
    expect(['fr', 'br', 'en'].map((locale) => entryOf(locale).locale)).toEqual(['fr', 'br', 'en']);
  });

  it('should keep each index small', () => {
    const sizes = ['fr', 'br', 'en'].map((locale) => searchIndexFiles(locale).reduce((total, file) => total + gzipSync(builtFile(file)).length, 0));

    expect(Math.max(...sizes)).toBeLessThan(60_000);
  });

  it('should give a small site’s index as an entry, one postings part and one data part', () => {
    expect(searchIndexFiles('fr')).toHaveLength(3);
  });

  it('should name each part of an index by its content’s hash', () => {
    const parts = searchIndexFiles('fr').slice(1);

    expect(parts.map((file) => `/search/fr/${createHash('sha256').update(builtFile(file)).digest('hex').slice(0, 10)}.json`)).toEqual(parts);
  });

  it('should index every French fiche, upcoming event and space', () => {
    const urls = urlsOf('fr');

    expect(urls).toEqual(expect.arrayContaining(fixture.collections.fiches.fr.map((f) => `/fiches/${f.slug}/`)));
    expect(urls).toContain('/calendrier/ateliers/arnaques-sms-mails-portsall/');
    expect(urls).toContain('/espaces/centre-social-guipavas/');
  });

  it('should index Breton pages under /br/, and an untranslated fiche at its French page, marked French', () => {
    const docs = searchDocsOf('br');

    expect(docs.find(([url]) => url === '/br/fiches/anavezout-ur-gemennadenn-higennan/')?.[5]).toBe('br');
    expect(docs.find(([url]) => url === '/fiches/imprimante-reseau-hors-ligne/')?.[5]).toBe('fr');
  });

  it('should leave the spaces\u2019 internal network description out of every index', () => {
    const internal = fixture.collections.espaces.fr.map((e) => String(e.networkDescription ?? '')).filter((text) => text.length > 20);
    const indexes = ['fr', 'br', 'en']
      .flatMap(searchIndexFiles)
      .map((file) => builtFile(file))
      .join('\n');

    expect(internal.length).toBeGreaterThan(0);
    expect(internal.filter((text) => indexes.includes(JSON.stringify(text).slice(1, 30)))).toEqual([]);
  });

  it('should point the search page at its language\u2019s index, versioned by content', () => {
    expect(builtFile('/recherche/')).toMatch(/data-index="\/search\/fr\.json\?v=[0-9a-f]{10}"/);
    expect(builtFile('/br/recherche/')).toMatch(/data-index="\/search\/br\.json\?v=[0-9a-f]{10}"/);
  });

  it('should serve a search form that works without JavaScript and says search needs it', () => {
    const html = builtFile('/recherche/');

    expect(html).toMatch(/<form role="search" action="\/recherche\/" method="get"/);
    expect(html).toMatch(/<label for="q"[^>]*>Mots à rechercher<\/label>/);
    expect(html).toMatch(/<noscript>.*La recherche a besoin de JavaScript.*<\/noscript>/s);
  });

  it('should not load the search script on pages other than the search page', () => {
    const fiche = builtFile('/fiches/imprimante-reseau-hors-ligne/');

    expect(fiche).not.toContain('/search/fr.json');
    expect(fiche).not.toMatch(/_astro\/lunr\.[\w-]+\.js/);
  });
});
