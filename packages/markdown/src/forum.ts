/**
 * The forum's profile of the one pipeline: what members write in posts becomes a small subset of
 * HTML — paragraphs, emphasis, lists, links, inline and block code, quotes. Posts are short
 * answers, not documents: headings become strong paragraphs (no outline, no ids to clash with the
 * page's own), tables become one paragraph per row, footnotes become plain paragraphs, task lists
 * lose their checkboxes, and images by URL are off unless asked for (a picture from elsewhere
 * tells that site who reads the forum, and can be swapped for anything after approval).
 *
 * Same steps as render.ts (raw HTML dropped, apostrophes, external links' rel, rehype-sanitize
 * last) with a stricter allow-list derived from the main one; synchronous, so the CommonJS plugins
 * can require it. `countPostLinks` counts links the way the renderer sees them (autolinks too),
 * for the limit on links while a member's posts are still reviewed.
 */
import type { Root } from 'mdast';
import rehypeSanitize, { type Options as Schema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Plugin } from 'unified';
import { ALLOW_LIST } from './allow-list.js';
import { EXTERNAL_REL, rehypeExternalLinks } from './external-links.js';
import { remarkApostrophes } from './typography.js';
import { rehypeLowercaseSchemes } from './url-schemes.js';

export interface PostRenderOptions {
  /** Show images written `![alt](https://…)`; otherwise their alternative text stays. Off by default. */
  images?: boolean;
}

const POST_TAGS = ['p', 'br', 'hr', 'blockquote', 'ul', 'ol', 'li', 'pre', 'code', 'em', 'strong', 'del', 'a'];

function postAllowList(images: boolean): Schema {
  return {
    ...ALLOW_LIST,
    tagNames: images ? [...POST_TAGS, 'img'] : POST_TAGS,
    attributes: {
      a: ['href', 'title', ['rel', ...EXTERNAL_REL]],
      code: ALLOW_LIST.attributes?.code ?? [],
      ol: ['start'],
      ...(images ? { img: ['src', 'alt', 'title'] } : {}),
    },
    required: {},
    ancestors: {},
  };
}

/** A Markdown tree node, loosely: the transform below only looks at `type`, `children` and a few fields. */
interface Node {
  type: string;
  children?: Node[];
  [field: string]: unknown;
}

const text = (value: string): Node => ({ type: 'text', value });

/** What one node of the full Markdown becomes in a post (zero, one or several nodes). */
function toPostNodes(node: Node, images: boolean): Node[] {
  switch (node.type) {
    case 'heading':
      return [{ type: 'paragraph', children: [{ type: 'strong', children: node.children ?? [] }] }];
    case 'image':
    case 'imageReference':
      if (images) return [node];
      return typeof node.alt === 'string' && node.alt ? [text(node.alt)] : [];
    case 'table':
      return (node.children ?? []).map((row) => ({
        type: 'paragraph',
        children: (row.children ?? []).flatMap((cell, index) => [...(index > 0 ? [text(' | ')] : []), ...(cell.children ?? [])]),
      }));
    case 'footnoteReference':
    case 'html':
      return [];
    case 'footnoteDefinition':
      return node.children ?? [];
    case 'listItem':
      return [{ ...node, checked: null }];
    default:
      return [node];
  }
}

function toPostTree(parent: Node, images: boolean): void {
  if (!parent.children) return;
  // Converted nodes are walked again: a heading inside a quote, an image inside a heading.
  parent.children = parent.children.flatMap((child) => toPostNodes(child, images));
  for (const child of parent.children) toPostTree(child, images);
}

// Options as an object: unified reads `.use(plugin, false)` as "plugin off".
const remarkPostSubset: Plugin<[{ images: boolean }], Root> = function ({ images }) {
  return (tree) => toPostTree(tree as unknown as Node, images);
};

const processorFor = (images: boolean) =>
  unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkApostrophes)
    .use(remarkPostSubset, { images })
    .use(remarkRehype)
    .use(rehypeExternalLinks)
    .use(rehypeLowercaseSchemes)
    .use(rehypeSanitize, postAllowList(images))
    .use(rehypeStringify)
    .freeze();

const processors = { withImages: processorFor(true), withoutImages: processorFor(false) };
const parser = unified().use(remarkParse).use(remarkGfm).freeze();

/** A post's Markdown as sanitized HTML, safe to insert as is (static pages, the island, the admin's queue). */
export function renderPostMarkdown(source: string, options: PostRenderOptions = {}): string {
  return String((options.images ? processors.withImages : processors.withoutImages).processSync(source));
}

/** How many links a post holds (written, referenced or bare addresses made links by GFM). */
export function countPostLinks(source: string): number {
  let count = 0;
  const walk = (node: Node) => {
    if (node.type === 'link' || node.type === 'linkReference') count += 1;
    node.children?.forEach(walk);
  };
  walk(parser.runSync(parser.parse(source)) as unknown as Node);
  return count;
}
