/**
 * The one allow-list: what HTML the Markdown members write may become. Everything else is removed
 * by rehype-sanitize, the last step before the HTML is written.
 *
 * Started from hast-util-sanitize's defaultSchema (GitHub's) and cut down to what Markdown with
 * GFM produces: raw HTML is dropped before this step, so the elements and attributes below are
 * the only ones the pipeline ever creates. No element that runs, loads, frames, styles or submits
 * (script, iframe, object, embed, form, base, meta, style, link, svg, math), no `style` attribute,
 * no event handler. URLs must be relative or use one of the listed schemes: `javascript:`,
 * `vbscript:` and `data:` fail in every spelling, because the check reads the decoded value and
 * any unlisted or odd-looking scheme (upper case, a tab, a leading space) is simply not listed.
 */
import type { Options as Schema } from 'rehype-sanitize';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;

/** A `srcset` of uploads: paths under /uploads (no `..`), each with its width, comma-separated. */
const CANDIDATE = String.raw`\/uploads\/[\w.~%-]+(?:\/[\w.~%-]+)* \d+w`;
const UPLOAD_SRCSET = new RegExp(String.raw`^(?!.*\.\.)${CANDIDATE}(?:, ${CANDIDATE})*$`);

export const ALLOW_LIST: Schema = {
  tagNames: [
    'p',
    'br',
    'hr',
    'blockquote',
    ...HEADINGS,
    'ul',
    'ol',
    'li',
    'pre',
    'code',
    'em',
    'strong',
    'del',
    'a',
    'img',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    // GFM task lists: a disabled checkbox.
    'input',
    // GFM footnotes: the notes' section and the reference marks.
    'section',
    'sup',
  ],
  attributes: {
    a: [
      'href',
      'title',
      // Set by the pipeline on external links (external-links.ts), never taken from the text.
      ['rel', 'nofollow', 'noopener', 'noreferrer'],
      // GFM footnotes: the reference, its back link and their ids.
      'id',
      'dataFootnoteRef',
      'dataFootnoteBackref',
      'ariaDescribedBy',
      'ariaLabel',
      ['className', 'data-footnote-backref'],
    ],
    img: [
      'src',
      'alt',
      'title',
      // Set by the pipeline on media-library images (images.ts) from the upload's record, never
      // taken from the text (raw HTML is dropped): sizes under /uploads only, numbers, two keywords.
      ['srcSet', UPLOAD_SRCSET],
      ['sizes', /^[\w\s(),.:%+-]+$/],
      ['width', /^\d+$/],
      ['height', /^\d+$/],
      ['loading', 'lazy'],
      ['decoding', 'async'],
    ],
    // Fenced code's language, for styling (no highlighter runs).
    code: [['className', /^language-[\w+#.-]+$/]],
    ol: ['start', ['className', 'contains-task-list']],
    ul: [['className', 'contains-task-list']],
    li: ['id', ['className', 'task-list-item']],
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
    th: ['align'],
    td: ['align'],
    section: ['dataFootnotes', ['className', 'footnotes']],
    // Heading ids are the slugs heading-ids.ts computes; the footnotes' label is a visually hidden h2.
    ...Object.fromEntries(HEADINGS.map((h) => [h, ['id']])),
    h2: ['id', ['className', 'sr-only']],
  },
  required: {
    input: { type: 'checkbox', disabled: true },
  },
  // Table parts only inside a table, as GitHub does.
  ancestors: {
    tbody: ['table'],
    thead: ['table'],
    tr: ['table'],
    th: ['table'],
    td: ['table'],
  },
  protocols: {
    href: ['http', 'https', 'mailto', 'tel'],
    src: ['http', 'https'],
  },
  // Ids are not prefixed: the only ids are heading slugs (lower-case letters, digits, "-" and "_",
  // computed by the pipeline since members cannot write HTML) and the footnotes' ids, which
  // remark-rehype already prefixes with "user-content-". Prefixing the slugs would break every
  // table-of-contents link and shared #anchor. What a slug could clobber is a lower-case global
  // (window.<slug>): the site's scripts read none. No `name` attribute is allowed at all.
  clobber: [],
  clobberPrefix: '',
  strip: ['script', 'style'],
  allowComments: false,
  allowDoctypes: false,
};
