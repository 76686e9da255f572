import type { APIRoute } from 'astro';
import { getFeedEntries, ICS_HEADERS, icsOf, KIND_SEGMENTS } from '../../lib/calendar-data';
import { t } from '../../lib/i18n';

type Kind = keyof typeof KIND_SEGMENTS;

/** /calendrier/ateliers.ics and /calendrier/formations.ics: one kind of event, from 30 days ago on. */
export function getStaticPaths() {
  return (Object.entries(KIND_SEGMENTS) as [Kind, string][]).map(([kind, segment]) => ({ params: { kind: segment }, props: { kind } }));
}

export const GET: APIRoute<{ kind: Kind }> = async ({ props, site }) =>
  new Response(icsOf(await getFeedEntries(props.kind), t('fr', `calendar.feed.name.${props.kind}`), site!), { headers: ICS_HEADERS });
