/**
 * `HTTPS://example.org` is a valid link (schemes are case-insensitive, RFC 3986 §3.1), but the
 * sanitizer compares schemes as written and would drop its href. This step writes the listed
 * schemes in lower case before the sanitizer reads them: only a scheme made of exactly the letters
 * of an allowed one is touched, so `JavaScript:` or `htt\tps:` stay as they are and are dropped.
 */
import type { Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { ALLOW_LIST } from './allow-list.js';

const URL_PROPERTIES = { a: 'href', img: 'src' } as const;

function allowedSchemes(property: string): RegExp {
  const schemes = ALLOW_LIST.protocols?.[property] ?? [];
  return new RegExp(`^(${schemes.join('|')}):`, 'i');
}

const SCHEMES = { href: allowedSchemes('href'), src: allowedSchemes('src') };

export const rehypeLowercaseSchemes: Plugin<[], Root> = function () {
  return (tree) => {
    visit(tree, 'element', (node) => {
      const property = URL_PROPERTIES[node.tagName as keyof typeof URL_PROPERTIES];
      const value = property && node.properties[property];
      if (typeof value !== 'string') return;
      const scheme = SCHEMES[property].exec(value);
      if (scheme) node.properties[property] = scheme[1].toLowerCase() + value.slice(scheme[1].length);
    });
  };
};
