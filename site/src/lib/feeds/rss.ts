/**
 * An RSS 2.0 feed (with Atom's self link, as feed validators ask). Pure: the page gives it
 * absolute URLs and ISO dates.
 */
import { escapeXml } from './xml';

export interface FeedItem {
  title: string;
  /** Absolute URL; also the item's permanent guid. */
  link: string;
  /** ISO datetime. */
  date: string;
  description: string;
  categories: string[];
}

export interface Feed {
  title: string;
  /** Absolute URL of the page the feed follows. */
  link: string;
  /** Absolute URL of the feed itself. */
  self: string;
  description: string;
  language: string;
  items: FeedItem[];
}

/** RFC 822 date, as RSS 2.0 wants: "Wed, 25 Nov 2026 08:48:36 GMT". */
export const rfc822 = (iso: string) => new Date(iso).toUTCString();

export function rss(feed: Feed): string {
  // The newest item dates the feed: the output changes only when the content does.
  const latest = feed.items
    .map((item) => item.date)
    .sort()
    .at(-1);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${escapeXml(feed.title)}</title>`,
    `<link>${escapeXml(feed.link)}</link>`,
    `<description>${escapeXml(feed.description)}</description>`,
    `<language>${escapeXml(feed.language)}</language>`,
    `<atom:link href="${escapeXml(feed.self)}" rel="self" type="application/rss+xml"/>`,
    ...(latest ? [`<lastBuildDate>${rfc822(latest)}</lastBuildDate>`] : []),
    ...feed.items.map((item) =>
      [
        '<item>',
        `<title>${escapeXml(item.title)}</title>`,
        `<link>${escapeXml(item.link)}</link>`,
        `<guid isPermaLink="true">${escapeXml(item.link)}</guid>`,
        `<pubDate>${rfc822(item.date)}</pubDate>`,
        `<description>${escapeXml(item.description)}</description>`,
        ...item.categories.map((c) => `<category>${escapeXml(c)}</category>`),
        '</item>',
      ].join(''),
    ),
    '</channel>',
    '</rss>',
  ];
  return `${lines.join('\n')}\n`;
}
