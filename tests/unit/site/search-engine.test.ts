import lunrCore from 'lunr';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../site/src/lib/search/build-index';
import { ficheDocument, spaceDocument, type SearchDocument } from '../../../site/src/lib/search/documents';
import { createSearcher } from '../../../site/src/lib/search/engine';
import { FIELDS } from '../../../site/src/lib/search/index-file';
import { loadIndex } from '../../../site/src/lib/search/load-index';
import { lunr } from '../../../site/src/lib/search/lunr';
import { pipelineFunctions } from '../../../site/src/lib/search/pipeline';
import { memorySource } from '../../../site/src/lib/search/source';
import { words } from '../../../site/src/lib/search/text';

const fiche = (slug: string, title: string, body: string, extra: Partial<Parameters<typeof ficheDocument>[0]> = {}): SearchDocument =>
  ficheDocument(
    { title, summary: null, body, locale: 'fr', category: { name: 'Matériel' }, tags: [], systems: [], software: [], hardware: [], ...extra },
    `/fiches/${slug}/`,
  );

const DOCS = [
  fiche('imprimante', 'Remettre en ligne une imprimante réseau', "L'imprimante partagée n'apparaît plus sur le réseau de l'EPN."),
  fiche('wifi', 'Mettre en place un wifi public', 'Séparer le réseau des visiteurs et afficher la charte.'),
  fiche('clonezilla', 'Restaurer les postes avec Clonezilla', 'Une image de référence restaurée en vingt minutes.', { software: ['Clonezilla'] }),
  fiche('ssd', 'Remplacer un disque dur par un SSD', 'Cloner le disque puis installer le SSD.'),
];
const searcher = createSearcher(lunr, memorySource(lunr, JSON.parse(JSON.stringify(buildSearchIndex('fr', DOCS)))));
const urls = async (query: string) => (await searcher.search(query)).hits.map((hit) => hit.url);

describe('search engine', () => {
  it('should find a word typed without its accents', async () => {
    expect(await urls('reseau')).toEqual(await urls('réseau'));
    expect(await urls('reseau')).toContain('/fiches/imprimante/');
  });

  it('should find a word with one typo', async () => {
    expect(await urls('imprimente')).toEqual(['/fiches/imprimante/']);
  });

  it('should find inflected forms through the French stemmer', async () => {
    expect(await urls('imprimantes')).toEqual(['/fiches/imprimante/']);
  });

  it('should match the last word as a prefix while it is typed', async () => {
    expect([await urls('char'), await urls('char ')]).toEqual([['/fiches/wifi/'], []]);
  });

  it('should require every word', async () => {
    expect(await urls('réseau wifi')).toEqual(['/fiches/wifi/']);
  });

  it('should ignore stop words', async () => {
    expect(await urls('le disque de la')).toEqual(await urls('disque'));
  });

  it('should rank a title match first', async () => {
    expect((await urls('réseau'))[0]).toBe('/fiches/imprimante/');
  });

  it('should highlight the matched words in the title and snippet', async () => {
    const [hit] = (await searcher.search('imprimante')).hits;

    expect(hit?.titleHtml).toBe('Remettre en ligne une <mark>imprimante</mark> réseau');
    expect(hit?.snippetHtml).toContain('L&#39;<mark>imprimante</mark> partagée');
  });

  it('should find nothing for an unknown word', async () => {
    expect(await searcher.search('xylophone')).toEqual({ hits: [], total: 0 });
  });

  it('should find a space by its commune', async () => {
    const space = spaceDocument(
      {
        name: 'PAPI de Portsall',
        summary: null,
        description: null,
        locale: 'fr',
        commune: 'Ploudalmézeau',
        postalCode: '29830',
        services: [],
        publics: [],
        operatingSystems: [],
        installedSoftware: [],
      },
      '/espaces/papi/',
    );
    const withSpace = createSearcher(lunr, memorySource(lunr, buildSearchIndex('fr', [...DOCS, space])));

    expect((await withSpace.search('ploudalmezeau')).hits.map((h) => h.url)).toEqual(['/espaces/papi/']);
  });
});

describe('common words in large sites', () => {
  // Twelve pages say "poste" in their bodies: with a floor of 10 pages, "poste" keeps no body postings.
  const many = Array.from({ length: 12 }, (_, i) => fiche(`f${i}`, `Fiche ${i}`, i === 3 ? 'Le poste et son imprimante.' : 'Le poste.'));
  const index = buildSearchIndex('fr', [...many, fiche('poste', 'Préparer un poste public', 'Rien.')], { commonShare: 0.5, commonFloor: 10 });
  const common = createSearcher(lunr, memorySource(lunr, index));

  it('should keep a common word findable in titles', async () => {
    expect((await common.search('poste')).hits.map((h) => h.url)).toEqual(['/fiches/poste/']);
  });

  it('should let a common word rank rather than narrow', async () => {
    // f3 says "poste" only in its body, where the word is no longer indexed: it still matches.
    expect((await common.search('imprimante poste')).hits.map((h) => h.url)).toEqual(['/fiches/f3/']);
  });
});

describe('the compact index', () => {
  it('should score pages exactly as an index made by Lunr’s own builder', async () => {
    const builder = new lunrCore.Builder();
    builder.pipeline.add(...pipelineFunctions(lunr, 'fr'));
    builder.ref('id');
    for (const field of FIELDS) builder.field(field.name, { boost: field.boost });
    DOCS.forEach((doc, i) => builder.add({ id: i.toString(36), ...Object.fromEntries(FIELDS.map((f) => [f.name, words(doc[f.source]).join(' ')])) }));
    const reference = builder.build();
    const compact = loadIndex(lunr, buildSearchIndex('fr', DOCS, { commonFloor: Infinity }));
    const terms = [
      { term: 'reseau', boost: 3 },
      { term: 'imprim', boost: 1 },
    ];

    const expected = reference.query((q) => terms.forEach(({ term, boost }) => q.term(term, { usePipeline: false, boost })));
    expect(compact.query(terms).map((r) => [r.ref, r.score])).toEqual(expected.map((r) => [r.ref, r.score]));
  });
});
