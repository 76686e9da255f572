/**
 * renderMarkdown and markdownToText on another thread: a build that renders thousands of bodies
 * hands them to a worker (worker.ts) up front, and the thread writing the pages finds them done.
 * Jobs are answered in the order asked, in messages of a few. The worker keeps the process alive
 * only while it has work, and a job whose message failed rejects with the worker's error.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { ImageOptions } from './images.js';
import type { RenderedMarkdown } from './render.js';
import type { TextOptions } from './to-text.js';
import type { Answer, Batch, Job } from './worker.js';

/** Jobs a message: few enough that a page waiting for one is not kept waiting for thousands. */
const BATCH = 32;

interface Waiting {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export class MarkdownWorker {
  #worker: Worker | undefined;
  #queue: { job: Job; waiting: Waiting }[] = [];
  #batches = new Map<number, Waiting[]>();
  #next = 0;

  html(markdown: string, options: ImageOptions = {}): Promise<RenderedMarkdown> {
    return this.#ask({ kind: 'html', markdown, options });
  }

  text(markdown: string, options: TextOptions = {}): Promise<string> {
    return this.#ask({ kind: 'text', markdown, options });
  }

  #ask<T>(job: Job): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (this.#queue.length === 0) setImmediate(() => this.#flush());
      // The worker answers a job of this kind with a T (worker.ts): the one place that says so.
      this.#queue.push({ job, waiting: { resolve: resolve as (value: unknown) => void, reject } });
    });
  }

  /** Sends what was asked in this turn, BATCH jobs a message: the first answers come back while the worker goes on. */
  #flush() {
    const worker = this.#start();
    worker.ref();
    while (this.#queue.length > 0) {
      const queued = this.#queue.splice(0, BATCH);
      const id = this.#next++;
      this.#batches.set(
        id,
        queued.map((q) => q.waiting),
      );
      worker.postMessage({ id, jobs: queued.map((q) => q.job) } satisfies Batch);
    }
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    // Resolved by the package's name, not next to this file: a bundler (the site's Vite build)
    // copies this module into its own chunk, where no worker.js sits beside it.
    const worker = new Worker(createRequire(import.meta.url).resolve('@reseau-epn/markdown/worker'));
    worker.on('message', ({ id, results, error }: Answer) => {
      const waiting = this.#batches.get(id) ?? [];
      this.#batches.delete(id);
      waiting.forEach((w, i) => (error ? w.reject(new Error(`Markdown worker: ${error}`)) : w.resolve(results![i])));
      if (this.#batches.size === 0) worker.unref();
    });
    worker.on('error', (error) => this.#fail(error));
    worker.on('exit', (code) => this.#fail(new Error(`Markdown worker exited with code ${code}`)));
    return (this.#worker = worker);
  }

  #fail(error: Error) {
    this.#worker = undefined;
    for (const waiting of this.#batches.values()) waiting.forEach((w) => w.reject(error));
    this.#batches.clear();
  }
}
