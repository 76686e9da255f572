import type { APIRoute } from 'astro';
import { LOCALES, type Locale } from '../../lib/i18n';
import { getSearchIndex } from '../../lib/search/collect';

/** /search/<locale>.json: the entry of the language's split index (lib/search/index-file.ts), loaded by the search page on first use. */
export function getStaticPaths() {
  return LOCALES.map((locale) => ({ params: { locale } }));
}

export const GET: APIRoute = async ({ params }) => {
  const { json } = await getSearchIndex(params.locale as Locale);
  return new Response(json, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
