import type { APIRoute } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';

/** The web version of each sent letter: the email's own HTML, under its language's prefix. */
export async function getStaticPaths() {
  return (await getCollection('lettres')).map((lettre) => ({
    params: { lang: lettre.data.language === 'fr' ? undefined : lettre.data.language, id: lettre.data.documentId },
    props: { lettre },
  }));
}

export const GET: APIRoute<{ lettre: CollectionEntry<'lettres'> }> = ({ props }) =>
  new Response(props.lettre.data.html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
