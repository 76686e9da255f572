import type { APIRoute } from 'astro';
import { t } from '../../lib/i18n';
import { toCsv } from '../../lib/opendata';
import { getOpenDataSources } from '../../lib/spaces';

/** The directory in the national schema of lieux de médiation numérique, as CSV (RFC 4180, lists joined with "|"). */
export const GET: APIRoute = async () =>
  new Response(toCsv(await getOpenDataSources(), { source: t('fr', 'site.name') }), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
