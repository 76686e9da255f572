/**
 * The typographic apostrophe in words ("l'imprimante" → "l’imprimante", "c'hoari" → "c’hoari"),
 * as Astro's Markdown gave it (SmartyPants) before this pipeline replaced it. Only in prose: mdast
 * keeps code in its own nodes, which are not touched. Straight double quotes, dashes and dots stay
 * as typed: French writers type « » and … themselves, and a guessed quote is worse than none.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

const APOSTROPHE = /(?<=[\p{L}\p{N}])'(?=\p{L})/gu;

export const remarkApostrophes: Plugin<[], Root> = function () {
  return (tree) => {
    visit(tree, 'text', (node) => {
      node.value = node.value.replace(APOSTROPHE, '’');
    });
  };
};
