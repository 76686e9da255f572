import { formatMessage } from '@reseau-epn/platform';
import { describe, expect, it } from 'vitest';

const FICHES = {
  fr: '{count, plural, one {# fiche} other {# fiches}}',
  en: '{count, plural, one {# fiche} other {# fiches}}',
  br: '{count, plural, one {# fichenn} two {# fichenn-daou} few {# fichenn-nebeut} many {# fichenn-niverus} other {# fichenn-all}}',
};

describe('messages with counts', () => {
  it('should treat 0 and 1 as singular in French, only 1 in English', () => {
    expect([0, 1, 2].map((count) => formatMessage('fr', FICHES.fr, { count }))).toEqual(['0 fiche', '1 fiche', '2 fiches']);
    expect([0, 1, 2].map((count) => formatMessage('en', FICHES.en, { count }))).toEqual(['0 fiches', '1 fiche', '2 fiches']);
  });

  it("should choose Breton's forms as the language has them", () => {
    const forms = [1, 2, 3, 5, 21, 22, 23, 1_000_000].map((count) => formatMessage('br', FICHES.br, { count }).split(' ').pop());
    expect(forms).toEqual(['fichenn', 'fichenn-daou', 'fichenn-nebeut', 'fichenn-all', 'fichenn', 'fichenn-daou', 'fichenn-nebeut', 'fichenn-niverus']);
  });

  it('should fill named values and leave markup-like text alone', () => {
    expect(formatMessage('fr', 'Bonjour {name}, voici <b>la lettre</b>', { name: 'Anne' })).toBe('Bonjour Anne, voici <b>la lettre</b>');
  });
});
