import { describe, expect, it } from 'vitest';
import { facetSlugs, facetValues, matchesFacet, slugify } from '../../../site/src/lib/space-facets';

const spaces = [
  { commune: 'Brest', type: 'epn', services: ['Aide aux démarches administratives', 'Loisirs et créations numériques'], publics: ['Seniors'] },
  { commune: 'Brest', type: 'mission_locale', services: ['Aide aux démarches administratives'], publics: ['Jeunes'] },
  { commune: 'Le Relecq-Kerhuon', type: 'papi', services: [], publics: [] },
];

describe('the directory filters', () => {
  it('should make URL slugs without accents, spaces or punctuation', () => {
    expect(slugify('Aide aux démarches administratives')).toBe('aide-aux-demarches-administratives');
    expect(slugify('Familles et/ou enfants')).toBe('familles-et-ou-enfants');
    expect(slugify('Langues étrangères (anglais)')).toBe('langues-etrangeres-anglais');
    expect(slugify('Le Relecq-Kerhuon')).toBe('le-relecq-kerhuon');
    expect(slugify('mjc_centre_social')).toBe('mjc-centre-social');
  });

  it('should count the spaces carrying each value of a facet', () => {
    expect(facetValues(spaces, 'commune')).toEqual([
      { value: 'Brest', slug: 'brest', count: 2 },
      { value: 'Le Relecq-Kerhuon', slug: 'le-relecq-kerhuon', count: 1 },
    ]);
    expect(facetValues(spaces, 'service').map((v) => [v.slug, v.count])).toEqual([
      ['aide-aux-demarches-administratives', 2],
      ['loisirs-et-creations-numeriques', 1],
    ]);
  });

  it('should match a space on any of its values', () => {
    expect(matchesFacet(spaces[0], 'service', 'loisirs-et-creations-numeriques')).toBe(true);
    expect(matchesFacet(spaces[1], 'service', 'loisirs-et-creations-numeriques')).toBe(false);
    expect(facetSlugs(spaces[1], 'type')).toEqual(['mission-locale']);
  });
});
