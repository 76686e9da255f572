/**
 * Members' Markdown as plain text (@reseau-epn/markdown's markdownToText), read once per distinct
 * source and layout in a build. The three languages' search indexes and every calendar feed read
 * the same bodies (French stands in for a missing translation, an event is in several feeds), and
 * parsing them again was the build's largest cost: 14 s of 66 s of CPU at 1,000 fiches, measured
 * with `node --cpu-prof` on the benchmark's corpus.
 *
 * The search indexes read every body: plainTextAhead hands them to the build's Markdown worker as
 * soon as the content is read (lib/content/warm-up.ts), and the indexes wait for plainTextsReady()
 * before reading; plainText() then finds them done. A source the previous build read is taken
 * from its record instead (build-state.ts): an incremental build reads only what changed. At
 * 5,000 fiches, reading every body again took the Markdown worker about 20 s, and the search
 * indexes waited for it.
 */
import { markdownToText, type TextOptions } from '@reseau-epn/markdown';
import { markdownWorker } from './markdown';
import { hashOf } from './build-scope';
import { previousState, saveState } from './build-state';

const read = new Map<string, string>();
let ready: Promise<unknown> = Promise.resolve();

const keyOf = (markdown: string, options: TextOptions) => `${options.layout ?? ''}\0${markdown}`;

export function plainText(markdown: string, options: TextOptions = {}): string {
  const key = keyOf(markdown, options);
  let text = read.get(key);
  if (text === undefined) {
    text = markdownToText(markdown, options);
    read.set(key, text);
  }
  return text;
}

/** The record's file, hashOf(key) → text: by a hash of each source and layout. */
const TEXTS = 'texts/plain-texts.json';

let previous: Map<string, string> | undefined;

/** Reads these sources on the worker (or takes them from the previous build), for plainText() to find later. */
export function plainTextAhead(markdowns: Iterable<string>, options: TextOptions = {}): void {
  previous ??= new Map(Object.entries(previousState<Record<string, string>>(TEXTS) ?? {}));
  const asked = new Set<string>();
  for (const markdown of markdowns) {
    const key = keyOf(markdown, options);
    if (read.has(key) || asked.has(key)) continue;
    const kept = previous.get(hashOf(key));
    if (kept !== undefined) {
      read.set(key, kept);
      continue;
    }
    asked.add(key);
    // A worker that failed leaves the source to plainText(), which reads it on the spot.
    const done = markdownWorker()
      .text(markdown, options)
      .then(
        (text) => read.set(key, text),
        () => undefined,
      );
    ready = Promise.all([ready, done]);
  }
}

/** Once every source handed to plainTextAhead is read. */
export async function plainTextsReady(): Promise<void> {
  await ready;
}

/** Records the texts read so far for the next build (build-state.ts). */
export function keepPlainTexts(): void {
  saveState(TEXTS, Object.fromEntries([...read].map(([key, text]) => [hashOf(key), text])));
}
