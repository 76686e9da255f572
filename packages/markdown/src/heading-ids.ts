/**
 * Ids for headings, and the list of headings (for a table of contents). The slugs are the ones
 * Astro's own Markdown gave (github-slugger over the heading's text, without a trailing "-"), so
 * addresses like /fiches/x/#symptômes keep working.
 */
import GithubSlugger from 'github-slugger';
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

export interface Heading {
  /** 1 to 6. */
  depth: number;
  /** The heading's id: the fragment that links to it. */
  slug: string;
  /** Its text, without markup. */
  text: string;
}

const HEADING = /^h([1-6])$/;

/** Reads the headings a render collected. */
export const headingsOf = (file: { data: object }): Heading[] => (file.data as { headings?: Heading[] }).headings ?? [];

export const rehypeHeadingIds: Plugin<[], Root> = function () {
  return (tree, file) => {
    // One slugger per document: a second "Solution" becomes "solution-1".
    const slugger = new GithubSlugger();
    const headings: Heading[] = [];
    visit(tree, 'element', (node) => {
      const depth = HEADING.exec(node.tagName)?.[1];
      // The footnotes' label comes with its own id and is not part of the text's outline.
      if (!depth || node.properties.id !== undefined) return;
      const text = toString(node);
      const slug = slugger.slug(text).replace(/-$/, '');
      node.properties.id = slug;
      headings.push({ depth: Number(depth), slug, text });
    });
    (file.data as { headings?: Heading[] }).headings = headings;
  };
};
