/**
 * sitemap.xml from the pages of a build, each with its language versions (xhtml:link hreflang,
 * as search engines read them). The alternates are read back from the pages' own
 * <link rel="alternate" hreflang> tags, so the sitemap says exactly what the pages say.
 */
import { escapeXml } from './xml';

export interface SitemapPage {
  /** Absolute URL. */
  loc: string;
  /** hreflang → absolute URL, x-default included when the page names one. */
  alternates: Record<string, string>;
}

const LINK = /<link\b[^>]*>/gi;
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1];
const unescapeHtml = (text: string) =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** The hreflang alternates a page's <head> declares. */
export function alternatesOf(html: string): Record<string, string> {
  const head = html.slice(0, html.search(/<\/head>/i) >>> 0);
  const alternates: Record<string, string> = {};
  for (const [tag] of head.matchAll(LINK)) {
    const hreflang = attribute(tag, 'hreflang');
    const href = attribute(tag, 'href');
    if (attribute(tag, 'rel')?.toLowerCase() === 'alternate' && hreflang && href) alternates[hreflang] = unescapeHtml(href);
  }
  return alternates;
}

/** Whether a page asks not to be indexed. */
export const isNoindex = (html: string) => /<meta\s+name="robots"\s+content="[^"]*noindex/i.test(html);

export function sitemapXml(pages: SitemapPage[]): string {
  const urls = [...pages]
    .sort((a, b) => a.loc.localeCompare(b.loc))
    .map((page) => {
      const links = Object.entries(page.alternates).map(
        ([lang, href]) => `<xhtml:link rel="alternate" hreflang="${escapeXml(lang)}" href="${escapeXml(href)}"/>`,
      );
      return `<url><loc>${escapeXml(page.loc)}</loc>${links.join('')}</url>`;
    });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
