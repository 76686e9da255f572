import type { APIRoute } from 'astro';
import { t } from '../../lib/i18n';
import { toJson } from '../../lib/opendata';
import { getOpenDataSources } from '../../lib/spaces';

/** The directory in the national schema of lieux de médiation numérique, as JSON. */
export const GET: APIRoute = async () =>
  new Response(toJson(await getOpenDataSources(), { source: t('fr', 'site.name') }), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
