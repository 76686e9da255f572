/**
 * A language's search index, built and split on a worker thread (build-worker.mjs) during a site
 * build: at 5,000 fiches the three languages' indexes are about 7 s of work, which the thread
 * writing the pages no longer waits for (the search page and the index files come near the end,
 * the build starts the indexes as soon as their texts are read: lib/content/warm-up.ts). The dev
 * server, or a build where the worker cannot start, builds on the spot.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '@reseau-epn/platform';
import { WorkerClient } from '@reseau-epn/platform/worker-thread';
import { buildSearchIndex } from './build-index';
import type { SearchDocument } from './documents';
import { splitSearchIndex } from './split-index';

export interface SplitBuild {
  /** The entry (index-file.ts, SearchIndexEntry), as JSON. */
  json: string;
  /** Part name → JSON. */
  parts: Map<string, string>;
}

export interface SplitRequest {
  locale: Locale;
  documents: SearchDocument[];
  synonyms: string[][];
}

/** Astro builds with the site's folder as working directory (as build-scope.ts's code stamp reads it). */
const WORKER = path.join(process.cwd(), 'src', 'lib', 'search', 'build-worker.mjs');

let client: WorkerClient<SplitRequest, SplitBuild> | undefined;

/** The work itself, on whichever thread calls it: the worker (build-worker.mjs) answers with it. */
export function buildOnThread({ locale, documents, synonyms }: SplitRequest): SplitBuild {
  const { entry, parts } = splitSearchIndex(buildSearchIndex(locale, documents, { synonyms }));
  return { json: JSON.stringify(entry), parts };
}

export async function buildSplitIndex(locale: Locale, documents: SearchDocument[], synonyms: string[][]): Promise<SplitBuild> {
  const request: SplitRequest = { locale, documents, synonyms };
  if (import.meta.env.DEV || !existsSync(WORKER)) return buildOnThread(request);
  client ??= new WorkerClient('search index worker', WORKER);
  return client.ask(request).catch((error: unknown) => {
    // The same index, only slower: a worker that failed must not fail the build.
    console.warn(`${error instanceof Error ? error.message : String(error)}; index « ${locale} » built on the main thread`);
    return buildOnThread(request);
  });
}
