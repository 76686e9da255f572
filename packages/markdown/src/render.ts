/**
 * Markdown to safe HTML: the one pipeline for everything members write (fiches, events, previews,
 * the forum), wherever it is shown.
 *
 * unified → remark-parse → remark-gfm → apostrophes → remark-rehype → heading ids → external
 * links' rel → media-library images' sizes (images.ts) → rehype-sanitize (allow-list.ts) →
 * rehype-stringify.
 *
 * Raw HTML in the Markdown is dropped, not shown as text: remark-rehype runs without
 * `allowDangerousHtml`, so HTML nodes never reach the HTML tree (the text between tags, e.g.
 * "fin" in "<b>fin</b>", stays). Members write Markdown; a tag shown as text would only look
 * broken. Sanitizing comes last, so whatever an earlier step adds still passes the allow-list.
 *
 * Everything is synchronous and built once, with no top-level await: CommonJS code on Node ≥ 20.19
 * can require() this module.
 */
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { ALLOW_LIST } from './allow-list.js';
import { rehypeExternalLinks } from './external-links.js';
import { rehypeLowercaseSchemes } from './url-schemes.js';
import { headingsOf, rehypeHeadingIds, type Heading } from './heading-ids.js';
import { rehypeUploadImages, type ImageOptions } from './images.js';
import { remarkApostrophes } from './typography.js';

export interface RenderedMarkdown {
  /** Sanitized HTML, safe to insert as is. */
  html: string;
  /** Every heading of the text, in order, with the id it got. */
  headings: Heading[];
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkApostrophes)
  .use(remarkRehype)
  .use(rehypeHeadingIds)
  .use(rehypeExternalLinks)
  .use(rehypeUploadImages)
  .use(rehypeLowercaseSchemes)
  .use(rehypeSanitize, ALLOW_LIST)
  .use(rehypeStringify)
  .freeze();

/** `images`: the media-library uploads the text may show, given their sizes (images.ts); others stay plain. */
export function renderMarkdown(markdown: string, imageOptions: ImageOptions = {}): RenderedMarkdown {
  const file = processor.processSync({ value: markdown, data: { imageOptions } });
  return { html: String(file), headings: headingsOf(file) };
}
