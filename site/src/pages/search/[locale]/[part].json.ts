import type { APIRoute } from 'astro';
import { scopedPaths } from '../../../lib/build-scope';
import { LOCALES } from '../../../lib/i18n';
import { getSearchIndex } from '../../../lib/search/collect';

/**
 * /search/<locale>/<part>.json: a part of the language's split index (lib/search/split-index.ts),
 * fetched as queries need it. A part is named by its content's hash: a publication changes a few
 * parts, and an incremental build writes only those (lib/build-scope.ts), the others kept with
 * their compressed copies.
 */
export async function getStaticPaths() {
  const paths = await Promise.all(
    LOCALES.map(async (locale) => [...(await getSearchIndex(locale)).parts].map(([part, json]) => ({ params: { locale, part }, props: { json } }))),
  );
  return scopedPaths('search/[locale]/[part].json', paths.flat());
}

export const GET: APIRoute<{ json: string }> = ({ props }) => new Response(props.json, { headers: { 'content-type': 'application/json; charset=utf-8' } });
