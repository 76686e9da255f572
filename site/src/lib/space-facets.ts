import { slugify } from './slugify';
/**
 * The directory's filters: commune, type, service, public and label (France Services, Aidants Connect…). Each facet is a way to read values
 * off a space; every value gets a URL slug and, without JavaScript, a pre-rendered page listing
 * the spaces that carry it (/espaces/<facet>/<value>/).
 */

export interface FacetSource {
  commune: string;
  type: string;
  services: string[];
  publics: string[];
  /** Optional: snapshots made before labels have none. */
  labels?: string[];
}

export const FACETS = {
  commune: (s: FacetSource) => [s.commune],
  type: (s: FacetSource) => [s.type],
  service: (s: FacetSource) => s.services,
  public: (s: FacetSource) => s.publics,
  label: (s: FacetSource) => s.labels ?? [],
} as const;
export type FacetName = keyof typeof FACETS;
export const FACET_NAMES = Object.keys(FACETS) as FacetName[];

export { slugify };

export interface FacetValue {
  /** The value as stored (a commune, a type key, an ANCT label). */
  value: string;
  slug: string;
  count: number;
}

/**
 * The values of a facet that some space carries, with how many spaces carry each, by value.
 * Values are told apart by their slug: labels are typed freely, and « France services » and
 * « France Services » must make one filter page, not two at the same address.
 */
export function facetValues(spaces: FacetSource[], facet: FacetName): FacetValue[] {
  const values = new Map<string, FacetValue>();
  for (const space of spaces) {
    const bySlug = new Map(FACETS[facet](space).map((value) => [slugify(value), value] as const));
    for (const [slug, value] of bySlug) {
      if (!slug) continue;
      const item = values.get(slug) ?? { value, slug, count: 0 };
      item.count += 1;
      values.set(slug, item);
    }
  }
  return [...values.values()].sort((a, b) => a.value.localeCompare(b.value, 'fr'));
}

/** The slugs a space carries for a facet, as the list's data attributes hold them. */
export function facetSlugs(space: FacetSource, facet: FacetName): string[] {
  return [...new Set(FACETS[facet](space).map(slugify))];
}

export function matchesFacet(space: FacetSource, facet: FacetName, slug: string): boolean {
  return facetSlugs(space, facet).includes(slug);
}
