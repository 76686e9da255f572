import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../../packages/markdown/src/index';

const SOURCE = '## Programme\n\nUne **journée** pour [installer Linux](https://example.org/linux), *pas à pas*.\n\n* sauvegarder\n* installer';

describe('Markdown as plain text', () => {
  it('should keep paragraphs and list items as lines, and link addresses, for a text read on its own', () => {
    expect(markdownToText(SOURCE)).toBe('Programme\n\nUne journée pour installer Linux (https://example.org/linux), pas à pas.\n\n- sauvegarder\n- installer');
  });

  it('should give the words only, on one line, for search', () => {
    expect(markdownToText(SOURCE, { layout: 'line' })).toBe('Programme Une journée pour installer Linux, pas à pas. sauvegarder installer');
  });

  it('should number ordered lists from their start', () => {
    expect(markdownToText('3. trois\n4. quatre')).toBe('3. trois\n4. quatre');
  });

  it('should drop raw HTML but keep the text between tags, as the rendering does', () => {
    expect(markdownToText('Un <b>mot</b>\n\n<div>\nbloc caché\n</div>')).toBe('Un mot');
  });

  it('should keep code, inline and fenced', () => {
    expect(markdownToText('Tapez `ipconfig /all` :\n\n```\nping 8.8.8.8\n```')).toBe('Tapez ipconfig /all :\n\nping 8.8.8.8');
  });

  it('should give images their alt text and reference links their definition’s address', () => {
    expect(markdownToText('![Le routeur](r.png) [doc][d]\n\n[d]: https://exemple.fr/doc')).toBe('Le routeur doc (https://exemple.fr/doc)');
  });

  it('should not write out addresses a reader cannot use on their own', () => {
    expect(markdownToText('[la fiche](/fiches/x/) [plus bas](#cause) [clic](javascript:alert(1))')).toBe('la fiche plus bas clic');
  });

  it('should not repeat an address that is its own text', () => {
    expect(markdownToText('<https://exemple.fr> et <epn@exemple.fr>')).toBe('https://exemple.fr et epn@exemple.fr');
  });

  it('should write table rows as lines of cells', () => {
    expect(markdownToText('| OS | Outil |\n| --- | --- |\n| Linux | Clonezilla |')).toBe('OS · Outil\nLinux · Clonezilla');
  });
});
