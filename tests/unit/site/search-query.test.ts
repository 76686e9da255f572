import { describe, expect, it } from 'vitest';
import { editVariants, parseQuery, planWord } from '../../../site/src/lib/search/query';

describe('search query parsing', () => {
  it('should fold the words and treat the last one as a prefix while it is being typed', () => {
    expect(parseQuery('Réseau impri')).toEqual([
      { text: 'reseau', prefix: false },
      { text: 'impri', prefix: true },
    ]);
  });

  it('should stop treating the last word as a prefix once a space follows it', () => {
    expect(parseQuery('imprimante ').at(-1)).toEqual({ text: 'imprimante', prefix: false });
  });

  it('should not expand a last word shorter than three letters', () => {
    expect(parseQuery('wifi pc')).toEqual([
      { text: 'wifi', prefix: false },
      { text: 'pc', prefix: false },
    ]);
  });
});

describe('one-typo variants', () => {
  it('should include deletions, insertions, substitutions and swaps', () => {
    const variants = editVariants('reseau');

    expect(variants).toEqual(expect.arrayContaining(['resau', 'reseaux', 'reseou', 'rseeau']));
  });

  it('should not include the word itself', () => {
    expect(editVariants('reseau')).not.toContain('reseau');
  });
});

describe('word plans', () => {
  const vocabulary = new Set(['imprim', 'reseau', 'pass']);
  const termOf = (word: string) => (['de', 'la', 'pas'].includes(word) ? null : word.replace(/(ante|er|es|s)$/, ''));
  const known = (term: string) => vocabulary.has(term);

  it('should find the word one typo away for a word of five letters or more', () => {
    expect(planWord({ text: 'imprimente', prefix: false }, termOf, known)?.fuzzy).toEqual(['imprim']);
  });

  it('should look for typos in words of four letters', () => {
    expect(planWord({ text: 'pass', prefix: false }, termOf, known)?.fuzzy).toEqual(['pass']);
  });

  it('should not look for typos in words shorter than four letters', () => {
    expect(planWord({ text: 'rez', prefix: false }, termOf, known)?.fuzzy).toEqual([]);
  });

  it('should not look for typos in a word the index knows', () => {
    expect(planWord({ text: 'reseaux', prefix: false }, termOf, (term) => vocabulary.has(term) || term === 'reseaux')?.fuzzy).toEqual([]);
  });

  it('should not look for typos in a word being typed that starts known words', () => {
    expect(planWord({ text: 'imprimen', prefix: true }, termOf, known, () => true)?.fuzzy).toEqual([]);
  });

  it('should drop a finished stop word', () => {
    expect(planWord({ text: 'de', prefix: false }, termOf, known)).toBeNull();
  });

  it('should keep a stop word being typed as a prefix ("mot de pas" → "passe")', () => {
    expect(planWord({ text: 'pas', prefix: true }, termOf, known)).toEqual({ word: { text: 'pas', prefix: true }, exact: [], fuzzy: [], prefixes: ['pas'] });
  });
});
