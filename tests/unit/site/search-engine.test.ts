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
import { foldGroups } from '../../../site/src/lib/search/synonyms';
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
    expect([await urls('affi'), await urls('affi ')]).toEqual([['/fiches/wifi/'], []]);
  });

  it('should rank the page matching every word first', async () => {
    expect(await urls('réseau wifi')).toEqual(['/fiches/wifi/', '/fiches/imprimante/']);
  });

  it('should put a page holding both words of a two-word query above a far stronger match of one', async () => {
    const filler = 'Des notes prises au fil des permanences, sans ordre particulier. '.repeat(20);
    const pages = [
      fiche('forte', 'Imprimante', 'Imprimante, imprimante : tout sur l’imprimante.'),
      fiche('deux', 'Notes diverses', `${filler} Une imprimante et un scanner attendent au fond. ${filler}`),
    ];
    const two = createSearcher(lunr, memorySource(lunr, buildSearchIndex('fr', pages)));

    expect((await two.search('imprimante scanner')).hits.map((h) => h.url)).toEqual(['/fiches/deux/', '/fiches/forte/']);
  });

  it('should answer a question in everyday words with the pages sharing some of them', async () => {
    expect(await urls('un voisin voudrait cloner son disque ce soir')).toEqual(['/fiches/ssd/']);
  });

  it('should rank a page matching more words above a stronger match of fewer', async () => {
    // "imprimante" weighs most in the imprimante fiche's title, but the SSD fiche matches both words.
    expect((await urls('imprimante ssd disque'))[0]).toBe('/fiches/ssd/');
  });

  it('should count every page matching a word in the total', async () => {
    expect((await searcher.search('réseau clonezilla')).total).toBe(3);
  });

  it('should find a four-letter word with one typo', async () => {
    expect(await urls('wigi ')).toEqual(['/fiches/wifi/']);
  });

  it('should meet a verb form the stemmer leaves apart', async () => {
    expect([await urls('restaurent'), await urls('restauré')]).toEqual([await urls('restaurer'), await urls('restaurer')]);
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

describe('synonyms from the CMS', () => {
  const groups = foldGroups(['ordi, ordinateur, PC, poste', 'mot de passe, code, identifiant', 'courriel, mail, boîte mail']);
  const docs = [
    fiche('poste', 'Préparer un ordinateur public', 'Le poste est restauré chaque soir.'),
    fiche('mdp', 'Changer un mot de passe', 'Choisir une phrase longue.'),
    fiche('mail', 'Ouvrir une adresse courriel', 'Chez un fournisseur sérieux.'),
    fiche('passe', 'Le passe sanitaire', 'Un sujet du moment.'),
  ];
  const withSynonyms = createSearcher(lunr, memorySource(lunr, buildSearchIndex('fr', docs, { synonyms: groups })));
  const found = async (query: string) => (await withSynonyms.search(query)).hits.map((hit) => hit.url);

  it('should fold and split the groups the CMS holds', () => {
    expect(foldGroups(['Boîte mail ; Courriel,  e-mail', 'seul'])).toEqual([['boite mail', 'courriel', 'e mail']]);
  });

  it('should find a page through a synonym of one word', async () => {
    expect(await found('ordi')).toEqual(['/fiches/poste/']);
  });

  it('should match a word of several with a multi-word synonym only where all its words are', async () => {
    expect(await found('code ')).toEqual(['/fiches/mdp/']);
  });

  it('should read a phrase of the query as one synonym', async () => {
    expect(await found('boîte mail')).toEqual(['/fiches/mail/']);
  });

  it('should weigh a synonym a little less than the word itself', async () => {
    const exact = (await withSynonyms.search('ordinateur')).hits[0]!.score;
    const synonym = (await withSynonyms.search('ordi')).hits[0]!.score;

    expect(synonym).toBeLessThan(exact);
    expect(synonym).toBeGreaterThan(exact / 2);
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

  it('should match a common word only where it still tells pages apart', async () => {
    // f3 says "poste" only in its body, where the word is no longer indexed: "imprimante" finds it.
    expect((await common.search('imprimante poste')).hits.map((h) => h.url).sort()).toEqual(['/fiches/f3/', '/fiches/poste/']);
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
