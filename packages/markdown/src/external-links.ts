/**
 * Links to other sites get rel="nofollow noopener noreferrer":
 * - nofollow: what members write is not the network's endorsement, and spam links earn no rank;
 * - noreferrer: the other site is not told which page the visitor came from (an editor's preview
 *   address carries a signed token; forum threads may be private one day);
 * - noopener: the other page gets no handle on this one (window.opener), should a target ever be
 *   added; noreferrer implies it in current browsers, older ones need it spelled.
 * Relative links (the site's own pages, #anchors) are left alone.
 */
import type { Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

export const EXTERNAL_REL = ['nofollow', 'noopener', 'noreferrer'];

/** http(s) or protocol-relative: a page on another site. */
const EXTERNAL = /^(?:https?:)?\/\//i;

export const rehypeExternalLinks: Plugin<[], Root> = function () {
  return (tree) => {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'a' && typeof node.properties.href === 'string' && EXTERNAL.test(node.properties.href.trim())) {
        node.properties.rel = [...EXTERNAL_REL];
      }
    });
  };
};
