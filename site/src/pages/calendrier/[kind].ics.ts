import type { APIRoute } from 'astro';
import { feedIcs, ICS_HEADERS, KIND_SEGMENTS } from '../../lib/calendar-data';
import { t } from '../../lib/i18n';

type Kind = keyof typeof KIND_SEGMENTS;

/** /calendrier/ateliers.ics and /calendrier/formations.ics: one kind of event (each session of a series), from 30 days ago on. */
export function getStaticPaths() {
  return (Object.entries(KIND_SEGMENTS) as [Kind, string][]).map(([kind, segment]) => ({ params: { kind: segment }, props: { kind } }));
}

export const GET: APIRoute<{ kind: Kind }> = async ({ props, site }) =>
  new Response(await feedIcs(t('fr', `calendar.feed.name.${props.kind}`), site!, props.kind), { headers: ICS_HEADERS });
