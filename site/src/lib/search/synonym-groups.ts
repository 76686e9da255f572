/**
 * The network's synonym groups of one language, from their collection (lib/content), folded and split as
 * the index file carries them (synonyms.ts). A language has its own groups only: French words
 * in a Breton query find the French fallback pages through the page's own words.
 */
import { getCollection } from '../content';
import type { Locale } from '../i18n';
import { foldGroups } from './synonyms';

export async function getSynonymGroups(locale: Locale): Promise<string[][]> {
  const entries = await getCollection('synonymes', (entry) => entry.data.locale === locale);
  return foldGroups(entries.sort((a, b) => a.id.localeCompare(b.id)).map((entry) => entry.data.words));
}
