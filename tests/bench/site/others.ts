/**
 * Pagefind and MiniSearch on the same corpus, for the comparison. Neither is a dependency of the
 * site: they are imported when installed (npm i -D pagefind@1.4 minisearch@7, or any folder
 *  given as BENCH_NODE_PATH whose node_modules holds them) and skipped otherwise.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { SearchDocument } from '../../../site/src/lib/search/documents';

const require = createRequire(process.env.BENCH_NODE_PATH ? path.join(path.resolve(process.env.BENCH_NODE_PATH), 'bench.js') : import.meta.url);

interface PackageJson {
  version: string;
  module?: string;
  main?: string;
  exports?: Record<string, { import?: string; default?: string } | string>;
}

/** The package's ES module and its folder, or null when it is not installed. */
async function optional<T>(name: string): Promise<{ module: T; dir: string; pkg: PackageJson } | null> {
  const dir = (require.resolve.paths(name) ?? []).map((base) => path.join(base, name)).find((candidate) => existsSync(path.join(candidate, 'package.json')));
  if (!dir) return null;
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as PackageJson;
  const root = pkg.exports?.['.'];
  const entry = (typeof root === 'string' ? root : (root?.import ?? root?.default)) ?? pkg.module ?? pkg.main ?? 'index.js';
  return { module: (await import(pathToFileURL(path.join(dir, entry)).href)) as T, dir, pkg };
}

export interface Prepared {
  /** Path of the bench page under the site's root. */
  page: string;
  /** Bytes of the index as served (gzip for JSON; Pagefind's files are compressed already). */
  indexBytes: number;
  /** More about the index, for the table's notes. */
  note: string;
  buildMs: number;
}

async function sizeOf(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
    files += 1;
  }
  return { bytes, files };
}

// ---- MiniSearch ----------------------------------------------------------------------------

/** How many results `benchRank` returns: as many as the site's page shows. */
const RANKED = 50;
/** Pagefind loads each result's data (its URL) by a fetch of its own: the ten the quality measures read. */
const PAGEFIND_RANKED = 10;

/** MiniSearch's search options, as the benchmark's notes print them. */
export const MINISEARCH_SEARCH_OPTIONS = 'folded, French stop words, boost title 10 / keywords 4 / summary 3, fuzzy 0.2, prefix, OR';

/**
 * MiniSearch's options as JavaScript source, evaluated the same way in Node (to index) and in
 * the page (to load): accents folded and French stop words dropped (MiniSearch has no stemmer),
 * fields boosted as the site's, and the search options its documentation gives for search as you
 * type: `fuzzy: 0.2` (a fifth of the word's letters may differ), `prefix: true`, words combined
 * with its default OR.
 */
const MINISEARCH_OPTIONS = `({
  fields: ['title', 'keywords', 'summary', 'body'],
  storeFields: ['url'],
  processTerm: (term) => {
    const folded = term.toLowerCase().normalize('NFD').replace(/[\\u0300-\\u036f]/g, '');
    return ['le', 'la', 'les', 'de', 'des', 'du', 'un', 'une', 'et', 'a', 'en', 'l', 'd', 'au', 'aux', 'pour', 'sur', 'par', 'avec', 'dans', 'qui', 'que'].includes(folded) ? null : folded;
  },
  searchOptions: {
    boost: { title: 10, keywords: 4, summary: 3 },
    fuzzy: 0.2,
    prefix: true,
  },
})`;

interface MiniSearchClass {
  new (options: unknown): { addAll(docs: object[]): void; toJSON(): unknown };
}

export async function prepareMiniSearch(root: string, documents: SearchDocument[]): Promise<Prepared | null> {
  const found = await optional<{ default: MiniSearchClass }>('minisearch');
  if (!found) return null;
  const started = performance.now();
  const MiniSearch = found.module.default;
  const search = new MiniSearch(new Function(`return ${MINISEARCH_OPTIONS}`)());
  search.addAll(documents.map((doc, id) => ({ id, url: doc.url, title: doc.title, keywords: doc.keywords, summary: doc.summary, body: doc.body })));
  const json = JSON.stringify(search);
  const buildMs = performance.now() - started;
  const { pkg } = found;
  await mkdir(path.join(root, 'bench'), { recursive: true });
  await cp(path.join(found.dir, pkg.module ?? 'dist/es/index.js'), path.join(root, 'bench', 'minisearch.js'));
  await writeFile(path.join(root, 'bench', 'minisearch-fr.json'), json);
  await writeFile(
    path.join(root, 'bench', 'minisearch.html'),
    `<!doctype html><html lang="fr"><meta charset="utf-8"><title>MiniSearch</title><script type="module">
let search;
window.benchLoad = async () => {
  const t0 = performance.now();
  const [{ default: MiniSearch }, json] = await Promise.all([import('./minisearch.js'), fetch('./minisearch-fr.json').then((r) => r.text())]);
  search = MiniSearch.loadJSON(json, ${MINISEARCH_OPTIONS});
  return performance.now() - t0;
};
window.benchQuery = async (query) => {
  const t0 = performance.now();
  const results = search.search(query);
  return [performance.now() - t0, results[0] ? results[0].url : null];
};
window.benchRank = async (query) => search.search(query).slice(0, ${RANKED}).map((result) => result.url);
</script></html>`,
  );
  return {
    page: '/bench/minisearch.html',
    indexBytes: gzipSync(json).length,
    note: `minisearch ${pkg.version} (${MINISEARCH_SEARCH_OPTIONS}), ${(json.length / 1e6).toFixed(1)} MB raw`,
    buildMs,
  };
}

// ---- Pagefind ------------------------------------------------------------------------------

interface PagefindApi {
  createIndex(options: object): Promise<{
    errors: string[];
    index?: { addDirectory(options: object): Promise<{ errors: string[]; page_count: number }>; writeFiles(options: object): Promise<{ errors: string[] }> };
  }>;
  close(): Promise<void>;
}

/** Pagefind indexes the built French fiche, event and space pages (their <main>), as it would on the site. */
export async function preparePagefind(root: string): Promise<Prepared | null> {
  const found = await optional<PagefindApi>('pagefind');
  if (!found) return null;
  const started = performance.now();
  const pagefind = found.module;
  const { index, errors } = await pagefind.createIndex({ rootSelector: 'main', forceLanguage: 'fr' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({
    path: root,
    glob: '{fiches/*/index.html,calendrier/ateliers/*/index.html,calendrier/formations/*/index.html,espaces/*/index.html}',
  });
  const written = await index.writeFiles({ outputPath: path.join(root, 'pagefind') });
  await pagefind.close();
  if (added.errors.length || written.errors.length) throw new Error(`pagefind: ${[...added.errors, ...written.errors].join('; ')}`);
  const buildMs = performance.now() - started;
  const { pkg } = found;
  await mkdir(path.join(root, 'bench'), { recursive: true });
  await writeFile(
    path.join(root, 'bench', 'pagefind.html'),
    `<!doctype html><html lang="fr"><meta charset="utf-8"><title>Pagefind</title><script type="module">
let pagefind;
window.benchLoad = async () => {
  const t0 = performance.now();
  pagefind = await import('/pagefind/pagefind.js');
  await pagefind.init();
  return performance.now() - t0;
};
window.benchQuery = async (query) => {
  const t0 = performance.now();
  const search = await pagefind.search(query);
  const first = search.results[0] ? await search.results[0].data() : null;
  return [performance.now() - t0, first ? first.url.replace(/index\\.html$/, '') : null];
};
window.benchRank = async (query) => {
  const search = await pagefind.search(query);
  const pages = await Promise.all(search.results.slice(0, ${PAGEFIND_RANKED}).map((result) => result.data()));
  return pages.map((page) => page.url.replace(/index\\.html$/, ''));
};
</script></html>`,
  );
  const size = await sizeOf(path.join(root, 'pagefind'));
  return {
    page: '/bench/pagefind.html',
    indexBytes: size.bytes,
    note: `pagefind ${pkg.version}, ${added.page_count} pages, ${size.files} files (fetched in chunks per query)`,
    buildMs,
  };
}
