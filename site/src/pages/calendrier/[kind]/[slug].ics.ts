import type { APIRoute } from 'astro';
import type { CollectionEntry } from '../../../lib/content';
import { scopedPaths } from '../../../lib/build-scope';
import { getEventsData, ICS_HEADERS, icsOf, KIND_SEGMENTS } from '../../../lib/calendar-data';

/**
 * One .ics per event (urls.eventIcs), past ones included: the "add to my calendar" link, with every
 * session of a series. An incremental build keeps an unchanged event's file, DTSTAMP included: with
 * METHOD:PUBLISH, DTSTAMP is when the file was written, which stays true.
 */
export async function getStaticPaths() {
  const paths = (await getEventsData('fr')).map(({ entry }) => ({
    params: { kind: KIND_SEGMENTS[entry.data.kind], slug: entry.data.slug },
    props: { entry },
  }));
  return scopedPaths('calendrier/[kind]/[slug].ics', paths);
}

export const GET: APIRoute<{ entry: CollectionEntry<'evenements'> }> = ({ props, site }) =>
  new Response(icsOf([props.entry], props.entry.data.title, site!), { headers: ICS_HEADERS });
