import { describe, expect, it } from 'vitest';
import { applicable, corpusVocabulary, hasIndexedWord, quality, qualityByKind, type Answer } from '../bench/search/quality';
import type { EvalQuery } from '../bench/search/queries';

const query = (text: string, kind: EvalQuery['kind'], ...expected: string[]): EvalQuery => ({ query: text, kind, locale: 'fr', expected });
const answer = (q: EvalQuery, ...urls: string[]): Answer => ({ query: q, urls });

const vocabulary = corpusVocabulary(["Remettre en ligne l'imprimante réseau", 'Le wifi public et son portail captif']);

describe('search quality figures', () => {
  it('should count any expected page as a right first answer', () => {
    const figures = quality(
      [answer(query('imprimante', 'keyword', '/a/', '/b/'), '/b/', '/c/'), answer(query('wifi', 'keyword', '/w/'), '/x/', '/w/')],
      vocabulary,
    );
    expect(figures.top1).toBe(0.5);
  });

  it('should give the reciprocal rank of the first expected page within ten, and nothing beyond', () => {
    const eleventh = Array.from({ length: 10 }, (_, i) => `/other-${i}/`);
    const figures = quality(
      [
        answer(query('un', 'question', '/a/'), '/a/'),
        answer(query('deux', 'question', '/a/'), '/x/', '/y/', '/a/'),
        answer(query('trois', 'question', '/a/'), ...eleventh, '/a/'),
        answer(query('quatre', 'question', '/a/')),
      ],
      vocabulary,
    );
    expect(figures).toMatchObject({ top1: 0.25, top3: 0.5, mrr: (1 + 1 / 3) / 4, empty: 0.25 });
  });

  it('should tell an empty answer to a query holding a word of the corpus, accents and case aside', () => {
    const figures = quality([answer(query('Réseau tombé', 'question', '/a/')), answer(query('zzz quoi', 'question', '/a/'))], vocabulary);
    expect(figures.emptyWithIndexedWord).toEqual(['Réseau tombé']);
  });

  it('should not take a short word such as an elided article as an indexed word', () => {
    expect(hasIndexedWord("l'en", vocabulary)).toBe(false);
  });

  it('should give the figures of each kind next to the overall ones', () => {
    const byKind = qualityByKind([answer(query('imprimante', 'keyword', '/a/'), '/a/'), answer(query('imprimente', 'typo', '/a/'), '/b/')], vocabulary, [
      'typo',
      'keyword',
      'breton',
    ]);
    expect([...byKind].map(([kind, q]) => [kind, q.count, q.top1])).toEqual([
      ['all', 2, 0.5],
      ['typo', 1, 0],
      ['keyword', 1, 1],
    ]);
  });

  it('should leave out the queries whose expected pages are not in the corpus', () => {
    const kept = query('wifi', 'keyword', '/w/', '/gone/');
    expect(applicable([kept, query('forum', 'other', '/forum/x/')], new Set(['/w/']))).toEqual([kept]);
  });
});
