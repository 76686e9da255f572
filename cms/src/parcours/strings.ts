import type { Locale } from '@reseau-epn/platform';
import type { Standing, StepStatus } from './standing';

interface ParcoursMailStrings {
  path: (title: string) => string;
  status: Record<StepStatus, string>;
  current: string;
  prerequisite: (titles: string) => string;
  quote: (title: string) => string;
}

/** The « Votre parcours » section of a registration mail: plain text, French first. */
export const PARCOURS_MAIL_STRINGS: Record<Locale, ParcoursMailStrings> = {
  fr: {
    path: (title) => `Votre parcours « ${title} » :`,
    status: { suivie: 'suivie', inscrit: 'inscrit·e', a_venir: 'à venir' },
    current: 'cette formation',
    quote: (title) => `« ${title} »`,
    prerequisite: (titles) => `Prérequis conseillé : ${titles} (pas encore suivi). C’est un conseil : l’équipe de formation en parlera avec vous.`,
  },
  br: {
    path: (title) => `Ho hentad « ${title} » :`,
    status: { suivie: 'heuliet', inscrit: 'enskrivet', a_venir: 'da zont' },
    current: 'ar stummadur-mañ',
    quote: (title) => `« ${title} »`,
    prerequisite: (titles) => `Rakreked aliet : ${titles} (n’eo ket bet heuliet c’hoazh). Un ali eo : ar skipailh stummañ a gomzo eus se ganeoc’h.`,
  },
  en: {
    path: (title) => `Your path “${title}”:`,
    status: { suivie: 'attended', inscrit: 'registered', a_venir: 'to come' },
    current: 'this training',
    quote: (title) => `“${title}”`,
    prerequisite: (titles) => `Recommended prerequisite: ${titles} (not attended yet). This is advice: the training team will talk it over with you.`,
  },
};

/** The section's text, or an empty string when there is nothing to tell. */
export function standingText(standing: Standing | null, locale: Locale): string {
  if (!standing) return '';
  const s = PARCOURS_MAIL_STRINGS[locale];
  const blocks = standing.paths.map((path) =>
    [s.path(path.title), ...path.steps.map((step, i) => `${i + 1}. ${step.title} — ${s.status[step.status]}${step.current ? ` (${s.current})` : ''}`)].join(
      '\n',
    ),
  );
  if (standing.missingPrerequisites.length > 0) blocks.push(s.prerequisite(standing.missingPrerequisites.map((p) => s.quote(p.title)).join(', ')));
  return blocks.join('\n\n');
}
