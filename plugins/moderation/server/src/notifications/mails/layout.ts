import { markdownToText } from '@reseau-epn/markdown';
import { escapeHtml } from '@reseau-epn/platform';

/** What each notification hands the mailer. */
export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}

/** Longest excerpt of a post in a mail: enough to decide whether to read on. */
const EXCERPT_CHARS = 600;

/** A post's Markdown as plain text (the one pipeline's reading), cut at a word near the limit. */
export function excerpt(markdown: string): string {
  const text = markdownToText(markdown).trim();
  if (text.length <= EXCERPT_CHARS) return text;
  const cut = text.slice(0, EXCERPT_CHARS);
  const lastSpace = cut.lastIndexOf(' ');
  return `${cut.slice(0, lastSpace > EXCERPT_CHARS / 2 ? lastSpace : EXCERPT_CHARS).trimEnd()}…`;
}

/** Plain text as HTML paragraphs, escaped, line breaks kept. */
export function paragraphs(text: string): string {
  return text
    .trim()
    .split(/\n{2,}/)
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>\n')}</p>`)
    .join('\n');
}

/** A quoted excerpt in the HTML part. */
export const quote = (text: string) => `<blockquote style="margin:1em 0;padding-left:1em;border-left:3px solid #ccc">\n${paragraphs(text)}\n</blockquote>`;

/** A link whose address and words are both escaped. */
export const link = (href: string, words: string) => `<a href="${escapeHtml(href)}">${escapeHtml(words)}</a>`;

/** The HTML document around a notification's body (already escaped by its parts). */
export function htmlDocument(title: string, body: string, footer = ''): string {
  return `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family:sans-serif;line-height:1.5;max-width:40em">
${body}
${footer ? `<hr>\n<footer style="font-size:0.9em;color:#555">\n${footer}\n</footer>\n` : ''}</body>
</html>
`;
}
