import { describe, expect, it } from 'vitest';
import { renderMarkdown, renderPostMarkdown } from '../../../packages/markdown/src/index';
import { XSS_PAYLOADS } from '../../fixtures/xss/payloads';

/**
 * The XSS corpus through the pipeline, read from the HTML string it returns: rehype-stringify
 * writes normalised HTML (lower-case tags, attribute values in double quotes with `"` encoded), so
 * tags and attributes can be read back exactly. The same corpus runs in Chromium over the built
 * site (tests/e2e/xss.test.ts); this is the fast check of the allow-list itself.
 */
const TAG = /<([a-z][a-z0-9]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/g;
const ATTRIBUTE = /\s+([^\s=>]+)(?:="([^"]*)")?/g;

interface Tag {
  name: string;
  attributes: [name: string, value: string][];
}

const tagsOf = (html: string): Tag[] =>
  [...html.matchAll(TAG)].map(([, name, attributes]) => ({ name, attributes: [...attributes.matchAll(ATTRIBUTE)].map(([, n, v = '']) => [n, v]) }));

const rendered = XSS_PAYLOADS.map((p) => ({ name: p.name, tags: tagsOf(renderMarkdown(p.markdown).html) }));

/** "payload name: what is wrong", for every tag a check rejects. */
const offences = (check: (tag: Tag) => string[]) => rendered.flatMap((r) => r.tags.flatMap(check).map((what) => `${r.name}: ${what}`));

describe('the allow-list against the XSS corpus', () => {
  it('should hold at least 50 payloads', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
  });

  it('should let through only the elements Markdown makes', () => {
    const markdown = new Set([
      'p',
      'br',
      'hr',
      'blockquote',
      'h1',
      'h2',
      'h3',
      'h4',
      'h5',
      'h6',
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
      'input',
      'section',
      'sup',
    ]);

    expect(offences((tag) => (markdown.has(tag.name) ? [] : [`<${tag.name}>`]))).toEqual([]);
  });

  it('should let no event handler, style or other active attribute through', () => {
    const active = /^(on.*|style|srcdoc|srcset|formaction|action|xlink:href|background|data|name)$/i;

    expect(offences((tag) => tag.attributes.filter(([name]) => active.test(name)).map(([name]) => `${name} on <${tag.name}>`))).toEqual([]);
  });

  it('should let no javascript:, vbscript: or data: URL through, whatever its spelling', () => {
    // eslint-disable-next-line no-control-regex -- browsers skip leading control characters in a URL
    const scheme = /^[\s\u0000-\u001f]*([a-z][a-z0-9+.\-\s]*):/i;
    const safe = new Set(['http', 'https', 'mailto', 'tel']);
    const unsafeUrls = (tag: Tag) =>
      tag.attributes
        .filter(([name, value]) => ['href', 'src'].includes(name) && (value.includes('&#') || !safe.has(scheme.exec(value)?.[1].toLowerCase() ?? 'http')))
        .map(([name, value]) => `${name}="${value}"`);

    expect(offences(unsafeUrls)).toEqual([]);
  });

  it('should allow only checkbox inputs, disabled', () => {
    expect(renderMarkdown('<input type="text" value="x">\n\n- [ ] à faire').html).toBe(
      '<ul class="contains-task-list">\n<li class="task-list-item"><input type="checkbox" disabled> à faire</li>\n</ul>',
    );
  });
});

describe('URL schemes written in capitals', () => {
  it('should keep a link whose allowed scheme is written in capitals, in lower case', () => {
    const { html } = renderMarkdown('[guide](HTTPS://example.org/guide) ou [écrire](MailTo:accueil@epn.example)');
    expect(html).toContain('href="https://example.org/guide"');
    expect(html).toContain('href="mailto:accueil@epn.example"');
  });

  it('should keep a forum post link whose scheme is in capitals', () => {
    expect(renderPostMarkdown('voir [la notice](HTTP://example.org/notice)')).toContain('href="http://example.org/notice"');
  });

  it('should still drop a scheme that is not allowed, in capitals or split by a tab', () => {
    const { html } = renderMarkdown('[a](JAVASCRIPT:alert(1)) [b](HTT%09PS://example.org) [c](DATA:text/html,x)');
    expect(html).not.toMatch(/href="(?!https?:)/);
    expect(html).not.toMatch(/javascript|data:/i);
  });
});
