import { describe, expect, it } from 'vitest';
import { rfc822, rss } from '../../../site/src/lib/feeds/rss';
import { alternatesOf, isNoindex, sitemapXml } from '../../../site/src/lib/feeds/sitemap';

describe('RSS', () => {
  const feed = rss({
    title: 'Fiches & co',
    link: 'https://epn.example/fiches/',
    self: 'https://epn.example/fiches.xml',
    description: 'Les <nouvelles> fiches',
    language: 'fr',
    items: [
      { title: "L'imprimante", link: 'https://epn.example/fiches/a/', date: '2026-11-20T10:00:00Z', description: 'A', categories: ['Matériel'] },
      { title: 'Wifi', link: 'https://epn.example/fiches/b/', date: '2026-11-22T10:00:00Z', description: 'B', categories: [] },
    ],
  });

  it('should escape text for XML', () => {
    expect(feed).toContain('<title>Fiches &amp; co</title>');
    expect(feed).toContain('<description>Les &lt;nouvelles&gt; fiches</description>');
    expect(feed).toContain('<title>L&apos;imprimante</title>');
  });

  it('should date the feed by its newest item, in RFC 822', () => {
    expect(feed).toContain('<lastBuildDate>Sun, 22 Nov 2026 10:00:00 GMT</lastBuildDate>');
    expect(rfc822('2026-11-20T10:00:00Z')).toBe('Fri, 20 Nov 2026 10:00:00 GMT');
  });

  it('should give each item a permanent guid', () => {
    expect(feed).toContain('<guid isPermaLink="true">https://epn.example/fiches/a/</guid>');
  });
});

describe('sitemap', () => {
  const head =
    '<html><head><link rel="canonical" href="https://e.x/a/"><link rel="alternate" hreflang="fr" href="https://e.x/a/"><link rel="alternate" hreflang="br" href="https://e.x/br/a/?x=1&amp;y=2"><link rel="alternate" type="application/rss+xml" href="/fiches.xml"></head><body><link rel="alternate" hreflang="en" href="https://e.x/late/"></body></html>';

  it("should read a page's hreflang alternates from its head only", () => {
    expect(alternatesOf(head)).toEqual({ fr: 'https://e.x/a/', br: 'https://e.x/br/a/?x=1&y=2' });
  });

  it('should recognise pages that ask not to be indexed', () => {
    expect([isNoindex('<meta name="robots" content="noindex">'), isNoindex(head)]).toEqual([true, false]);
  });

  it('should write each page with its alternates as xhtml:link', () => {
    const xml = sitemapXml([{ loc: 'https://e.x/a/', alternates: { fr: 'https://e.x/a/', br: 'https://e.x/br/a/?x=1&y=2' } }]);

    expect(xml).toContain(
      '<url><loc>https://e.x/a/</loc><xhtml:link rel="alternate" hreflang="fr" href="https://e.x/a/"/><xhtml:link rel="alternate" hreflang="br" href="https://e.x/br/a/?x=1&amp;y=2"/></url>',
    );
  });
});
