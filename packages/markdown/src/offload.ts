/**
 * renderMarkdown and markdownToText on another thread: a build that renders thousands of bodies
 * hands them to a worker (worker.ts) up front, and the thread writing the pages finds them done.
 * Jobs are answered in the order asked, in batches of a few; the worker's plumbing (start, keep
 * alive while busy, failures) is @reseau-epn/platform's WorkerClient.
 */
import { createRequire } from 'node:module';
import { WorkerClient } from '@reseau-epn/platform/worker-thread';
import type { ImageOptions } from './images.js';
import type { RenderedMarkdown } from './render.js';
import type { TextOptions } from './to-text.js';
import type { Job } from './worker.js';

/** Jobs a batch: few enough that a page waiting for one is not kept waiting for thousands. */
const BATCH = 32;

interface Waiting {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export class MarkdownWorker {
  // Resolved by the package's name, not next to this file: a bundler (the site's Vite build)
  // copies this module into its own chunk, where no worker.js sits beside it.
  #client = new WorkerClient<Job[], unknown[]>('Markdown worker', createRequire(import.meta.url).resolve('@reseau-epn/markdown/worker'));
  #queue: { job: Job; waiting: Waiting }[] = [];

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

  /** Sends what was asked in this turn, BATCH jobs a request: the first answers come back while the worker goes on. */
  #flush() {
    while (this.#queue.length > 0) {
      const queued = this.#queue.splice(0, BATCH);
      this.#client.ask(queued.map((q) => q.job)).then(
        (results) => queued.forEach((q, i) => q.waiting.resolve(results[i])),
        (error: Error) => queued.forEach((q) => q.waiting.reject(error)),
      );
    }
  }
}
