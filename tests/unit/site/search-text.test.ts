import { describe, expect, it } from 'vitest';
import { searchableText } from '../../../site/src/lib/search/documents';
import { fold, truncate, words } from '../../../site/src/lib/search/text';
import { escapeHtml, highlight } from '../../../site/src/lib/search/snippet';

describe('search text', () => {
  it('should fold accents and case', () => {
    expect(fold('Réseau Hameçonnage ÉTÉ œuvre')).toBe('reseau hameconnage ete oeuvre');
  });

  it('should split words on elisions, hyphens and punctuation', () => {
    expect(words("l'imprimante mot-de-passe (Wi-Fi), 2FA")).toEqual(['l', 'imprimante', 'mot', 'de', 'passe', 'Wi', 'Fi', '2FA']);
  });

  it("should keep Breton's c'h inside its word", () => {
    expect(words("c'hoari gant ar c’hlask")).toEqual(['choari', 'gant', 'ar', 'chlask']);
  });

  it('should read Markdown as plain text, without markup or link targets', () => {
    expect(searchableText('## Cause\n\n1. **Ouvrir** [les paramètres](https://exemple.fr/x) et `ipconfig`\n- <b>fin</b>')).toBe(
      'Cause Ouvrir les paramètres et ipconfig fin',
    );
  });

  it('should cut a long text at a word boundary with an ellipsis', () => {
    expect(truncate('un deux trois quatre cinq', 14)).toBe('un deux trois…');
  });
});

describe('search snippets', () => {
  const termOf = (word: string) => (word === 'le' ? null : word.replace(/[sx]$/, ''));

  it('should wrap the matched words in <mark>, whatever their accents and inflection', () => {
    expect(highlight('Les Réseaux et le réseau', new Set(['reseau']), termOf)).toBe('Les <mark>Réseaux</mark> et le <mark>réseau</mark>');
  });

  it('should escape the text around the marks', () => {
    expect(highlight('<b>imprimante</b> & co', new Set(['imprimante']), termOf)).toBe('&#60;b&#62;<mark>imprimante</mark>&#60;/b&#62; &#38; co');
  });

  it('should escape quotes for attributes as well as text', () => {
    expect(escapeHtml(`"l'EPN"`)).toBe('&#34;l&#39;EPN&#34;');
  });
});
