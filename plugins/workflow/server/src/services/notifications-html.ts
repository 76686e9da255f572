import { escapeHtml as escape } from '@reseau-epn/platform';

/**
 * The HTML part of a plain-text notification: the text escaped, its paragraphs and line breaks
 * kept. Without one, Strapi's nodemailer provider sends the text itself as the HTML part, and
 * any markup in a title or a reviewer's comment would be rendered by the reader's mail client.
 */
export function textToHtml(text: string): string {
  const paragraphs = text
    .trim()
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escape(paragraph).replace(/\n/g, '<br>\n')}</p>`);
  return `<!doctype html>\n<html lang="fr">\n<body>\n${paragraphs.join('\n')}\n</body>\n</html>\n`;
}
