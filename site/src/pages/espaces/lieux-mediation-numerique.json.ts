import type { APIRoute } from 'astro';
import { toJson } from '../../lib/opendata';
import { getOpenDataLieux } from '../../lib/opendata-export';

/** The directory in the national schema of lieux de médiation numérique, as a JSON array of its records (lists joined with "|", as in the CSV). */
export const GET: APIRoute = async () =>
  new Response(toJson(await getOpenDataLieux()), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
