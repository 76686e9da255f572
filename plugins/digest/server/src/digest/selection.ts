import { SECTIONS, type Interests, type Section } from '../../../shared/contracts';
import type { DigestContent, DigestItem } from './content';

/** Everything, for a subscriber who did not choose. */
export const DEFAULT_INTERESTS: Interests = { sections: [...SECTIONS], categories: [] };

/**
 * Interests as stored in a subscriber's `preferences` JSON, whatever older or hand-edited rows
 * hold: unknown sections are dropped, a missing list means every section.
 */
export function normaliseInterests(value: unknown): Interests {
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const sections = Array.isArray(record.sections) ? SECTIONS.filter((section) => (record.sections as unknown[]).includes(section)) : [...SECTIONS];
  const categories = Array.isArray(record.categories)
    ? [...new Set(record.categories.filter((c): c is string => typeof c === 'string' && c.length > 0))].sort()
    : [];
  return { sections, categories };
}

/**
 * The items a subscriber receives: their sections, and when they chose categories, only items of
 * those categories (spaces have no category and follow the section choice alone).
 */
export function selectItems(content: DigestContent, interests: Interests): DigestItem[] {
  const sections = new Set<Section>(interests.sections);
  const categories = new Set(interests.categories);
  return content.items.filter(
    (item) => sections.has(item.section) && (categories.size === 0 || item.section === 'spaces' || (item.category !== null && categories.has(item.category))),
  );
}

/** Block keys to keep in the compiled template: the items and the headings of their sections. */
export function blockKeys(items: readonly DigestItem[]): Set<string> {
  const keys = new Set<string>();
  for (const item of items) {
    keys.add(item.key);
    keys.add(sectionBlock(item.section));
  }
  return keys;
}

export const sectionBlock = (section: Section) => `section:${section}`;
