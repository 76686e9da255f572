/**
 * Members' Markdown as plain text (@reseau-epn/markdown's markdownToText), read once per distinct
 * source and layout in a build. The three languages' search indexes and every calendar feed read
 * the same bodies (French stands in for a missing translation, an event is in several feeds), and
 * parsing them again was the build's largest cost: 14 s of 66 s of CPU at 1,000 fiches, measured
 * with `node --cpu-prof` on the benchmark's corpus.
 */
import { markdownToText, type TextOptions } from '@reseau-epn/markdown';

const read = new Map<string, string>();

export function plainText(markdown: string, options: TextOptions = {}): string {
  const key = `${options.layout ?? ''}\0${markdown}`;
  let text = read.get(key);
  if (text === undefined) {
    text = markdownToText(markdown, options);
    read.set(key, text);
  }
  return text;
}
