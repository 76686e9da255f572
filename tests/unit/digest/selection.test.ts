import { describe, expect, it } from 'vitest';
import { blockKeys, normaliseInterests, selectItems } from '../../../plugins/digest/server/src/digest/selection';
import { sampleContent } from './fixtures';

const keys = (items: { key: string }[]) => items.map((item) => item.key);

describe('interests as stored', () => {
  it('should mean everything when nothing was chosen', () => {
    expect(normaliseInterests(null)).toEqual({ sections: ['fiches', 'calendar', 'forum', 'spaces'], categories: [] });
  });

  it('should drop unknown sections and repeated categories', () => {
    expect(normaliseInterests({ sections: ['forum', 'meteo'], categories: ['b', 'a', 'b', 3] })).toEqual({ sections: ['forum'], categories: ['a', 'b'] });
  });
});

describe('a subscriber’s selection', () => {
  it('should keep every item for every section and no category', () => {
    expect(keys(selectItems(sampleContent(), normaliseInterests(null)))).toEqual(['fiche:a', 'fiche:b', 'atelier:c', 'sujet:d', 'espace:e']);
  });

  it('should keep only the sections chosen', () => {
    expect(keys(selectItems(sampleContent(), { sections: ['calendar', 'spaces'], categories: [] }))).toEqual(['atelier:c', 'espace:e']);
  });

  it('should keep only the categories chosen, spaces aside', () => {
    expect(keys(selectItems(sampleContent(), { sections: ['fiches', 'calendar', 'forum', 'spaces'], categories: ['cat-reseau'] }))).toEqual([
      'fiche:a',
      'atelier:c',
      'espace:e',
    ]);
  });

  it('should be empty when nothing matches', () => {
    expect(selectItems(sampleContent(), { sections: ['fiches'], categories: ['cat-vide'] })).toEqual([]);
  });

  it('should name the blocks of the items and of their sections', () => {
    const content = sampleContent();

    expect([...blockKeys([content.items[0], content.items[2]])].sort()).toEqual(['atelier:c', 'fiche:a', 'section:calendar', 'section:fiches']);
  });
});
