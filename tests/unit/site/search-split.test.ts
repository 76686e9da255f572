/**
 * The split index (lib/search/split-index.ts, split-source.ts) answers exactly as the whole index
 * does: same pages, same order, same scores, same highlighted text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../site/src/lib/cms-source';
import { buildSearchIndex } from '../../../site/src/lib/search/build-index';
import { createSearcher } from '../../../site/src/lib/search/engine';
import { lunr } from '../../../site/src/lib/search/lunr';
import { memorySource } from '../../../site/src/lib/search/source';
import { splitSearchIndex } from '../../../site/src/lib/search/split-index';
import { splitSource } from '../../../site/src/lib/search/split-source';
import { fold, words } from '../../../site/src/lib/search/text';
import { generateSnapshot } from '../../bench/site/corpus';
import { frenchDocuments } from '../../bench/site/documents';

const fixture = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/site-snapshot.json'), 'utf8')) as Snapshot;
// A few thousand pages of the benchmark's generated text: large enough for common words and many parts.
const documents = frenchDocuments(generateSnapshot(fixture, { fiches: 2000, events: 150, spaces: 80 }), '2026-11-25T09:00:00Z');
const file = buildSearchIndex('fr', documents);
const split = splitSearchIndex(file);

/** A split source over the parts in memory, recording which parts it asks for. */
function sourceOf(parts: Map<string, string>) {
  const asked: string[] = [];
  const source = splitSource(lunr, JSON.parse(JSON.stringify(split.entry)), (name) => {
    asked.push(name);
    return Promise.resolve(JSON.parse(parts.get(name)!));
  });
  return { source, asked };
}

/** Queries as visitors type them, from the corpus's own titles: words, prefixes, typos, several words. */
function queries(): string[] {
  const titles = documents.filter((_, i) => i % 50 === 0).map((doc) => words(fold(doc.title)).filter((w) => w.length > 3));
  return titles.flatMap((list, i) => {
    const [first = 'imprimante', second = 'reseau', third = 'poste'] = list;
    const typo = first.length > 5 ? first.slice(0, 2) + first[3] + first[2] + first.slice(4) : first;
    return [first, `${first} `, first.slice(0, 3 + (i % 3)), typo, `${first} ${second}`, `${second} ${third.slice(0, 4)}`, list.join(' ')];
  });
}

describe('the split index', () => {
  it('should give the same ranked results as the whole index', async () => {
    const whole = createSearcher(lunr, memorySource(lunr, file));
    const parted = createSearcher(lunr, sourceOf(split.parts).source);
    const list = queries();
    const answers = async (searcher: typeof whole) => {
      const out = [];
      for (const query of list) out.push({ query, ...(await searcher.search(query)) });
      return out;
    };

    expect(list.length).toBeGreaterThan(250);
    expect(split.entry.termParts.names.length).toBeGreaterThan(20);
    expect(await answers(parted)).toEqual(await answers(whole));
  }, 600_000);

  it('should fetch each part once however many queries ask for it', async () => {
    const { source, asked } = sourceOf(split.parts);
    const searcher = createSearcher(lunr, source);
    await Promise.all([searcher.search('imprimante'), searcher.search('imprimante')]);
    await searcher.search('imprimante');

    expect(asked.length).toBeGreaterThan(1);
    expect(new Set(asked).size).toBe(asked.length);
  });

  it('should put a small site’s index in one postings part and one data part', () => {
    const small = splitSearchIndex(buildSearchIndex('fr', documents.slice(0, 40)));

    expect([small.entry.termParts.names.length, small.entry.docParts.names.length, small.parts.size]).toEqual([1, 1, 2]);
  }, 30_000);
});
