/**
 * A result's text with the words that matched the query in <mark>. The text is escaped here:
 * the output goes into the page as HTML.
 */
import { fold } from './text';

const WORD = /c['’]h[\p{L}\p{N}]*|[\p{L}\p{N}]+/giu;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * `text` as HTML, each word whose index term is in `matched` wrapped in <mark>. Words are
 * compared through `termOf` (the language's pipeline), so "imprimantes" is marked for a search
 * that matched "imprimante".
 */
export function highlight(text: string, matched: ReadonlySet<string>, termOf: (word: string) => string | null): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const index = match.index ?? 0;
    html += escapeHtml(text.slice(last, index));
    const term = termOf(fold(word).replace(/c['’]h/g, 'ch'));
    html += term !== null && matched.has(term) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word);
    last = index + word.length;
  }
  return html + escapeHtml(text.slice(last));
}
