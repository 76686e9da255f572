import { slugify } from './slugify';
/**
 * The directory's filters: commune, type, service and public. Each facet is a way to read values
 * off a space; every value gets a URL slug and, without JavaScript, a pre-rendered page listing
 * the spaces that carry it (/espaces/<facet>/<value>/).
 */

export interface FacetSource {
  commune: string;
  type: string;
  services: string[];
  publics: string[];
}

export const FACETS = {
  commune: (s: FacetSource) => [s.commune],
  type: (s: FacetSource) => [s.type],
  service: (s: FacetSource) => s.services,
  public: (s: FacetSource) => s.publics,
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

/** The values of a facet that some space carries, with how many spaces carry each, by value. */
export function facetValues(spaces: FacetSource[], facet: FacetName): FacetValue[] {
  const values = new Map<string, FacetValue>();
  for (const space of spaces) {
    for (const value of new Set(FACETS[facet](space))) {
      const item = values.get(value) ?? { value, slug: slugify(value), count: 0 };
      item.count += 1;
      values.set(value, item);
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
