import type { APIRoute } from 'astro';
import { getFeedEntries, ICS_HEADERS, icsOf } from '../lib/calendar-data';
import { t } from '../lib/i18n';

/** /calendrier.ics: every atelier and formation from 30 days ago on. */
export const GET: APIRoute = async ({ site }) =>
  new Response(icsOf(await getFeedEntries(), t('fr', 'calendar.feed.name.all'), site!), { headers: ICS_HEADERS });
