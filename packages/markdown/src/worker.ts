/**
 * The pipeline in a worker thread (offload.ts starts it): renders the jobs of each message it is
 * sent and answers with their results, in order. A worker per build keeps the Markdown off the
 * thread that writes the pages, on a machine's other core.
 */
import { parentPort } from 'node:worker_threads';
import type { ImageOptions } from './images.js';
import { renderMarkdown } from './render.js';
import { markdownToText, type TextOptions } from './to-text.js';

export type Job = { kind: 'html'; markdown: string; options: ImageOptions } | { kind: 'text'; markdown: string; options: TextOptions };

export interface Batch {
  id: number;
  jobs: Job[];
}

export interface Answer {
  id: number;
  results?: unknown[];
  error?: string;
}

const run = (job: Job) => (job.kind === 'html' ? renderMarkdown(job.markdown, job.options) : markdownToText(job.markdown, job.options));

parentPort?.on('message', ({ id, jobs }: Batch) => {
  let answer: Answer;
  try {
    answer = { id, results: jobs.map(run) };
  } catch (error) {
    answer = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(answer);
});
