/**
 * What a fiche's card (components/FicheCard.astro) shows, and nothing more: list pages pass their
 * cards as props, so an incremental build (build-scope.ts) hashes a few fields per fiche rather
 * than whole entries with their bodies, and keeps a list page whose cards did not change.
 */
import type { CollectionEntry } from './content';
import type { Locale } from './i18n';
import { urls } from './urls';

export interface FicheCardData {
  url: string;
  title: string;
  /** The fiche's language when it is not the page's (French standing in for a translation). */
  lang?: Locale;
  summary: string | null;
  category: string | null;
  difficulty: CollectionEntry<'fiches'>['data']['difficulty'];
  updatedAt: string;
}

export function ficheCard(locale: Locale, fiche: CollectionEntry<'fiches'>): FicheCardData {
  const { data } = fiche;
  return {
    url: urls.fiche(locale, fiche),
    title: data.title,
    ...(data.locale !== locale ? { lang: data.locale } : {}),
    summary: data.summary ?? null,
    category: data.category?.name ?? null,
    difficulty: data.difficulty,
    updatedAt: data.updatedAt,
  };
}
