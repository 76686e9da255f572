import type { APIRoute } from 'astro';
import { feedIcs, ICS_HEADERS } from '../lib/calendar-data';
import { t } from '../lib/i18n';

/** /calendrier.ics: every atelier and formation (each session of a series) from 30 days ago on. */
export const GET: APIRoute = async ({ site }) => new Response(await feedIcs(t('fr', 'calendar.feed.name.all'), site!), { headers: ICS_HEADERS });
