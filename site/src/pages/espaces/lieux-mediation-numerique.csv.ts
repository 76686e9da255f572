import type { APIRoute } from 'astro';
import { toCsv } from '../../lib/opendata';
import { getOpenDataLieux } from '../../lib/opendata-export';

/** The directory in the national schema of lieux de médiation numérique, as CSV (RFC 4180, lists joined with "|"). */
export const GET: APIRoute = async () =>
  new Response(toCsv(await getOpenDataLieux()), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
