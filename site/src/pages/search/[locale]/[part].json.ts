import type { APIRoute } from 'astro';
import { LOCALES } from '../../../lib/i18n';
import { getSearchIndex } from '../../../lib/search/collect';

/** /search/<locale>/<part>.json: a part of the language's split index (lib/search/split-index.ts), fetched as queries need it. */
export async function getStaticPaths() {
  const paths = await Promise.all(
    LOCALES.map(async (locale) => [...(await getSearchIndex(locale)).parts].map(([part, json]) => ({ params: { locale, part }, props: { json } }))),
  );
  return paths.flat();
}

export const GET: APIRoute<{ json: string }> = ({ props }) => new Response(props.json, { headers: { 'content-type': 'application/json; charset=utf-8' } });
