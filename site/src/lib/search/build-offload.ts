/**
 * A language's search index, built and split on a worker thread (build-worker.mjs) during a site
 * build: at 5,000 fiches the three languages' indexes are about 7 s of work, which the thread
 * writing the pages no longer waits for (the search page and the index files come near the end,
 * the build starts the indexes as soon as their texts are read: lib/content/warm-up.ts). The dev
 * server, or a build where the worker cannot start, builds on the spot.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Locale } from '@reseau-epn/platform';
import { buildSearchIndex } from './build-index';
import type { SearchDocument } from './documents';
import { splitSearchIndex } from './split-index';

export interface SplitBuild {
  /** The entry (index-file.ts, SearchIndexEntry), as JSON. */
  json: string;
  /** Part name → JSON. */
  parts: Map<string, string>;
}

type Answer = { id: number; error?: undefined } & SplitBuild;

/** Astro builds with the site's folder as working directory (as build-scope.ts's code stamp reads it). */
const WORKER = path.join(process.cwd(), 'src', 'lib', 'search', 'build-worker.mjs');

let worker: Worker | undefined;
const waiting = new Map<number, { resolve: (built: SplitBuild) => void; reject: (error: Error) => void }>();
let next = 0;

function onThread(locale: Locale, documents: SearchDocument[], synonyms: string[][]): SplitBuild {
  const { entry, parts } = splitSearchIndex(buildSearchIndex(locale, documents, { synonyms }));
  return { json: JSON.stringify(entry), parts };
}

function start(): Worker {
  if (worker) return worker;
  const started = new Worker(WORKER);
  started.on('message', (answer: Answer | { id: number; error: string }) => {
    const job = waiting.get(answer.id);
    waiting.delete(answer.id);
    if (answer.error !== undefined) job?.reject(new Error(`search index worker: ${answer.error}`));
    else job?.resolve({ json: answer.json, parts: answer.parts });
    // Nothing more to build: the worker must not keep the build's process alive.
    if (waiting.size === 0) started.unref();
  });
  const fail = (error: Error) => {
    worker = undefined;
    for (const job of waiting.values()) job.reject(error);
    waiting.clear();
  };
  started.on('error', fail);
  started.on('exit', (code) => fail(new Error(`search index worker exited with code ${code}`)));
  return (worker = started);
}

export async function buildSplitIndex(locale: Locale, documents: SearchDocument[], synonyms: string[][]): Promise<SplitBuild> {
  if (import.meta.env.DEV || !existsSync(WORKER)) return onThread(locale, documents, synonyms);
  const thread = start();
  thread.ref();
  const id = next++;
  return new Promise<SplitBuild>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    thread.postMessage({ id, locale, documents, synonyms });
  }).catch((error: unknown) => {
    // The same index, only slower: a worker that failed must not fail the build.
    console.warn(`${error instanceof Error ? error.message : String(error)}; index « ${locale} » built on the main thread`);
    return onThread(locale, documents, synonyms);
  });
}
