import type { Language, Section } from '../../../shared/contracts';

/**
 * One entry of the letter, already in its reader's language: the collector prepares it, the
 * templates lay it out, the selection keeps or drops it per subscriber.
 */
export interface DigestItem {
  /** Unique within a letter, e.g. `fiche:abc123`; names the item's block in the compiled template. */
  key: string;
  section: Section;
  title: string;
  url: string;
  /** One or two sentences (a fiche's summary, an event's place and time). */
  summary?: string;
  /** Short labels shown before the summary: « Nouvelle », « Complet », « 4 messages cette semaine ». */
  labels: string[];
  /** Category documentId, for subscribers who chose categories; spaces have none. */
  category: string | null;
}

/** What one letter holds in one language; snapshotted on the issue so a resumed run sends the same. */
export interface DigestContent {
  locale: Language;
  /** ISO timestamps of the week covered. */
  periodStart: string;
  periodEnd: string;
  items: DigestItem[];
}

export const SECTION_ORDER: readonly Section[] = ['fiches', 'calendar', 'forum', 'spaces'];

export function countBySection(items: readonly DigestItem[]): Record<Section, number> {
  const counts: Record<Section, number> = { fiches: 0, calendar: 0, forum: 0, spaces: 0 };
  for (const item of items) counts[item.section] += 1;
  return counts;
}
