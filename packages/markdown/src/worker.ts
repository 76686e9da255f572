/**
 * The pipeline in a worker thread (offload.ts starts it): renders the jobs of each batch it is
 * sent and answers with their results, in order. A worker per build keeps the Markdown off the
 * thread that writes the pages, on a machine's other core.
 */
import { answerRequests } from '@reseau-epn/platform/worker-thread';
import type { ImageOptions } from './images.js';
import { renderMarkdown } from './render.js';
import { markdownToText, type TextOptions } from './to-text.js';

export type Job = { kind: 'html'; markdown: string; options: ImageOptions } | { kind: 'text'; markdown: string; options: TextOptions };

const run = (job: Job) => (job.kind === 'html' ? renderMarkdown(job.markdown, job.options) : markdownToText(job.markdown, job.options));

answerRequests((jobs: Job[]): unknown[] => jobs.map(run));
