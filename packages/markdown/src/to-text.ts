/**
 * Markdown to plain text, read from the Markdown tree (mdast) rather than guessed with regular
 * expressions: what a reader of the rendered page reads, without markup. Raw HTML is dropped as
 * in the rendering (the text between tags stays); code stays (a command or a file name is worth
 * finding).
 */
import type { Definition, Nodes, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export interface TextOptions {
  /**
   * - `blocks` (default): a text to read on its own (an iCalendar description, a mail's text
   *   part): paragraphs separated by a blank line, list items as "- " or "1. " lines, table rows
   *   as lines of cells separated by " · ", links to other sites, mailboxes and phone numbers as
   *   "text (address)" unless the text is the address.
   * - `line`: the words only, on one line, without list markers or link addresses: for search
   *   indexes, snippets and meta descriptions.
   */
  layout?: 'blocks' | 'line';
}

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

interface Context {
  blocks: boolean;
  definitions: Map<string, Definition>;
}

function inline(node: Nodes, context: Context): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'html':
    case 'footnoteReference':
      return '';
    case 'image':
      return node.alt ?? '';
    case 'imageReference':
      return node.alt ?? '';
    case 'link':
      return withAddress(children(node, context), node.url, context);
    case 'linkReference':
      return withAddress(children(node, context), context.definitions.get(node.identifier)?.url, context);
    default:
      return 'children' in node ? children(node, context) : '';
  }
}

const children = (node: Nodes, context: Context): string =>
  'children' in node ? (node.children as Nodes[]).map((child) => inline(child, context)).join('') : '';

/** Addresses a reader of plain text can use: another site, a mailbox, a phone number. */
const USABLE_ADDRESS = /^(?:https?|mailto|tel):/i;

function withAddress(text: string, url: string | undefined, context: Context): string {
  if (!context.blocks || !url || !USABLE_ADDRESS.test(url) || url === text || url === `mailto:${text}` || url === `tel:${text}`) return text;
  return `${text} (${url})`;
}

/** The blocks of a container (root, blockquote, list item, footnote), each as a string. */
function blocksOf(nodes: RootContent[], context: Context): string[] {
  return nodes.flatMap((node) => block(node, context)).filter((text) => text.trim() !== '');
}

function block(node: RootContent, context: Context): string[] {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return [inline(node, context).trim()];
    case 'code':
      return [node.value];
    case 'blockquote':
    case 'footnoteDefinition':
      return blocksOf(node.children, context);
    case 'list': {
      const start = node.start ?? 1;
      const lines = node.children.map((item, i) => {
        const marker = !context.blocks ? '' : node.ordered ? `${start + i}. ` : '- ';
        // An item's own blocks on following lines, indented under its marker.
        const [first = '', ...rest] = blocksOf(item.children, context);
        const indent = ' '.repeat(marker.length);
        return [marker + first, ...rest.map((text) => text.replace(/^/gm, indent))].join('\n');
      });
      return [lines.join('\n')];
    }
    case 'table':
      return [node.children.map((row) => row.children.map((cell) => inline(cell, context).trim()).join(context.blocks ? ' · ' : ' ')).join('\n')];
    default:
      // thematicBreak, html, definition: nothing a reader reads.
      return [];
  }
}

function collectDefinitions(root: Root): Map<string, Definition> {
  const definitions = new Map<string, Definition>();
  const walk = (node: Nodes) => {
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
    if ('children' in node) (node.children as Nodes[]).forEach(walk);
  };
  walk(root);
  return definitions;
}

export function markdownToText(markdown: string, { layout = 'blocks' }: TextOptions = {}): string {
  const root = parser.parse(markdown);
  const context = { blocks: layout === 'blocks', definitions: collectDefinitions(root) };
  const blocks = blocksOf(root.children, context);
  return layout === 'blocks' ? blocks.join('\n\n').trim() : blocks.join(' ').replace(/\s+/g, ' ').trim();
}
