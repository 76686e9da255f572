import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../packages/markdown/src/index';

const html = (markdown: string) => renderMarkdown(markdown).html;

describe('Markdown rendered by the one pipeline', () => {
  it('should give headings the slugs Astro gave, numbering repeats and dropping a trailing dash', () => {
    const { headings } = renderMarkdown('## Symptômes\n\n## Symptômes\n\n### Étape 1 :');

    expect(headings).toEqual([
      { depth: 2, slug: 'symptômes', text: 'Symptômes' },
      { depth: 2, slug: 'symptômes-1', text: 'Symptômes' },
      { depth: 3, slug: 'étape-1', text: 'Étape 1 :' },
    ]);
  });

  it('should put each heading’s slug in its id, unprefixed, so table-of-contents links reach it', () => {
    expect(html('## Cause probable')).toBe('<h2 id="cause-probable">Cause probable</h2>');
  });

  it('should render ordered, unordered and task lists', () => {
    expect(html('3. trois\n4. quatre\n\n- a\n\n* [x] fait')).toBe(
      '<ol start="3">\n<li>trois</li>\n<li>quatre</li>\n</ol>\n<ul>\n<li>a</li>\n</ul>\n<ul class="contains-task-list">\n<li class="task-list-item"><input type="checkbox" checked disabled> fait</li>\n</ul>',
    );
  });

  it('should render tables with their alignment', () => {
    expect(html('| a | b |\n|:--|--:|\n| 1 | 2 |')).toBe(
      '<table>\n<thead>\n<tr>\n<th align="left">a</th>\n<th align="right">b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td align="left">1</td>\n<td align="right">2</td>\n</tr>\n</tbody>\n</table>',
    );
  });

  it('should render code spans and fenced code with its language, markup left as text', () => {
    expect(html('`<b>`\n\n```bash\nls <dossier>\n```')).toBe('<p><code>&#x3C;b></code></p>\n<pre><code class="language-bash">ls &#x3C;dossier>\n</code></pre>');
  });

  it('should render emphasis, strong text and strikethrough', () => {
    expect(html('*a* **b** ~~c~~')).toBe('<p><em>a</em> <strong>b</strong> <del>c</del></p>');
  });

  it('should mark links to other sites nofollow noopener noreferrer', () => {
    expect(html('[EPN](https://exemple.fr/a) et www.exemple.fr')).toBe(
      '<p><a href="https://exemple.fr/a" rel="nofollow noopener noreferrer">EPN</a> et <a href="http://www.exemple.fr" rel="nofollow noopener noreferrer">www.exemple.fr</a></p>',
    );
  });

  it('should leave the site’s own links, anchors, mail and phone links as they are', () => {
    expect(html('[fiche](/fiches/x/) [plus bas](#cause) [écrire](mailto:epn@exemple.fr) [appeler](tel:+33298000000)')).toBe(
      '<p><a href="/fiches/x/">fiche</a> <a href="#cause">plus bas</a> <a href="mailto:epn@exemple.fr">écrire</a> <a href="tel:+33298000000">appeler</a></p>',
    );
  });

  it('should render images, SVG ones included, with their alt text and title', () => {
    expect(html('![Schéma du réseau](/uploads/reseau.svg "Le réseau")')).toBe(
      '<p><img src="/uploads/reseau.svg" alt="Schéma du réseau" title="Le réseau"></p>',
    );
  });

  it('should render footnotes linked both ways', () => {
    expect(html('Texte[^1]\n\n[^1]: La note.')).toContain(
      '<a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">1</a>',
    );
    expect(html('Texte[^1]\n\n[^1]: La note.')).toContain('<li id="user-content-fn-1">');
  });

  it('should drop raw HTML and keep the text between tags', () => {
    expect(html('Un <b>mot</b> <span class="x">ici</span>\n\n<div onclick="x()">\nbloc\n</div>')).toBe('<p>Un mot ici</p>');
  });

  it('should turn apostrophes in words into typographic ones, but not in code', () => {
    expect(html("L'imprimante c'hoari `l'option`")).toBe("<p>L’imprimante c’hoari <code>l'option</code></p>");
  });

  it('should escape a link title that tries to break out of its attribute', () => {
    expect(html('[a](/x "\\" onmouseover=\\"alert(1)")')).toBe('<p><a href="/x" title="&#x22; onmouseover=&#x22;alert(1)">a</a></p>');
  });
});
