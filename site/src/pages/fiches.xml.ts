import type { APIRoute } from 'astro';
import { rss } from '../lib/feeds/rss';
import { getFichesData } from '../lib/fiches';
import { t } from '../lib/i18n';
import { urls } from '../lib/urls';

/** How many fiches the feed carries, newest (last updated) first. */
const FEED_SIZE = 30;

/** /fiches.xml: RSS 2.0 feed of the newest French fiches, with absolute links. */
export const GET: APIRoute = async ({ site }) => {
  const base = site ?? new URL('http://localhost:4321');
  const fiches = (await getFichesData('fr')).slice(0, FEED_SIZE);
  const body = rss({
    title: t('fr', 'feed.title'),
    link: new URL(urls.fiches('fr'), base).href,
    self: new URL(urls.fichesFeed(), base).href,
    description: t('fr', 'search.feed.description'),
    language: 'fr',
    items: fiches.map(({ entry }) => ({
      title: entry.data.title,
      link: new URL(urls.fiche('fr', entry), base).href,
      date: entry.data.updatedAt,
      description: entry.data.summary ?? '',
      categories: [entry.data.category?.name, ...entry.data.tags.map((tag) => tag.name)].filter((c): c is string => Boolean(c)),
    })),
  });
  return new Response(body, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
