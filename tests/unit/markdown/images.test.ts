import { describe, expect, it } from 'vitest';
import { renderMarkdown, type UploadImage } from '../../../packages/markdown/src/index';

/**
 * The pipeline's media-library step (packages/markdown/src/images.ts): a body image naming a known
 * upload gets Strapi's generated sizes; nothing else changes, and nothing of the member's text
 * reaches the attributes the step sets.
 */
const SCREENSHOT: UploadImage = {
  url: '/uploads/ecran_a1b2c3.png',
  mime: 'image/png',
  width: 1280,
  height: 720,
  // In Strapi's order, not by width: the step sorts them.
  formats: {
    large: { url: '/uploads/large_ecran_a1b2c3.png', width: 1000, height: 563 },
    small: { url: '/uploads/small_ecran_a1b2c3.png', width: 500, height: 281 },
    medium: { url: '/uploads/medium_ecran_a1b2c3.png', width: 750, height: 422 },
    thumbnail: { url: '/uploads/thumbnail_ecran_a1b2c3.png', width: 245, height: 138 },
  },
};
const SIZES = '(min-width: 60rem) 52rem, 100vw';
const render = (markdown: string, images: UploadImage[] = [SCREENSHOT]) => renderMarkdown(markdown, { images, sizes: SIZES }).html;
/** The attribute names of the HTML's tags (rehype-stringify quotes every value with `"`, encoded inside). */
const attributeNames = (html: string) => [...html.matchAll(/\s([\w-]+)(?:="[^"]*")?(?=[\s>])/g)].map((m) => m[1]);

describe('media-library images in Markdown', () => {
  it('should give a known upload its srcset from the formats and the original, sizes, width, height, lazy loading and async decoding', () => {
    expect(render('![Écran de Windows Update](/uploads/ecran_a1b2c3.png)')).toBe(
      '<p><img src="/uploads/ecran_a1b2c3.png" alt="Écran de Windows Update" srcset="/uploads/thumbnail_ecran_a1b2c3.png 245w, ' +
        '/uploads/small_ecran_a1b2c3.png 500w, /uploads/medium_ecran_a1b2c3.png 750w, /uploads/large_ecran_a1b2c3.png 1000w, ' +
        '/uploads/ecran_a1b2c3.png 1280w" sizes="(min-width: 60rem) 52rem, 100vw" width="1280" height="720" loading="lazy" decoding="async"></p>',
    );
  });

  it('should recognise the address Strapi’s editor inserts, with the CMS’s origin, and serve the site’s own path', () => {
    const html = render('![Écran](http://localhost:1337/uploads/ecran_a1b2c3.png)');

    expect(html).toContain('src="/uploads/ecran_a1b2c3.png"');
    expect(html).toContain('width="1280" height="720"');
  });

  it('should give an upload without generated formats a srcset of its original only', () => {
    const small = { ...SCREENSHOT, url: '/uploads/icone_d4e5.png', width: 120, height: 90, formats: null };

    expect(render('![Icône](/uploads/icone_d4e5.png)', [small])).toBe(
      '<p><img src="/uploads/icone_d4e5.png" alt="Icône" srcset="/uploads/icone_d4e5.png 120w" sizes="(min-width: 60rem) 52rem, 100vw" width="120" height="90" loading="lazy" decoding="async"></p>',
    );
  });

  it('should leave an upload the render was not given as a plain image with its alternative text', () => {
    expect(render('![Inconnue](/uploads/inconnue_f00.png)')).toBe('<p><img src="/uploads/inconnue_f00.png" alt="Inconnue"></p>');
  });

  it('should leave another site’s image as it was', () => {
    expect(render('![Logo](https://example.org/logo.png)')).toBe('<p><img src="https://example.org/logo.png" alt="Logo"></p>');
  });

  it('should render as before when no uploads are given', () => {
    expect(renderMarkdown('![Écran](/uploads/ecran_a1b2c3.png)').html).toBe('<p><img src="/uploads/ecran_a1b2c3.png" alt="Écran"></p>');
  });

  it('should give an SVG upload no sizes: it is not a picture the site resizes', () => {
    const svg = { url: '/uploads/logo_b7.svg', mime: 'image/svg+xml', width: 64, height: 64, formats: null };

    expect(render('![Logo](/uploads/logo_b7.svg)', [svg])).toBe('<p><img src="/uploads/logo_b7.svg" alt="Logo"></p>');
  });

  it('should keep a hostile alternative text as escaped text in alt, and set nothing from it', () => {
    const html = render('![" onerror="alert(1)" srcset="javascript:alert(2) 1w](/uploads/ecran_a1b2c3.png)');

    expect(html).toContain('alt="&#x22; onerror=&#x22;alert(1)&#x22; srcset=&#x22;javascript:alert(2) 1w"');
    expect(attributeNames(html)).toEqual(['src', 'alt', 'srcset', 'sizes', 'width', 'height', 'loading', 'decoding']);
    expect(html).toContain('srcset="/uploads/thumbnail_ecran_a1b2c3.png 245w,');
  });

  it('should leave a javascript: or data: image address inert, even named like an upload', () => {
    const html = render('![a](javascript:alert(1)//uploads/ecran_a1b2c3.png) ![b](data:image/png;base64,AAAA#/uploads/ecran_a1b2c3.png)');

    expect(html).toBe('<p><img alt="a"> <img alt="b"></p>');
  });

  it('should not let a query or a fragment smuggle anything into the attributes the step sets', () => {
    const html = render('![a](/uploads/ecran_a1b2c3.png?x=%22%3E%3Cscript%3E#%22onload=y)');

    expect(html).toContain('src="/uploads/ecran_a1b2c3.png"');
    expect(html).not.toMatch(/script|onload/);
  });

  it('should drop a generated size whose record is not a plain /uploads path (a corrupt or hostile record)', () => {
    const hostile: UploadImage = {
      ...SCREENSHOT,
      formats: { small: { url: 'javascript:alert(1)', width: 500, height: 281 }, medium: { url: '/uploads/a, /evil.png 9w', width: 750, height: 422 } },
    };
    const html = render('![Écran](/uploads/ecran_a1b2c3.png)', [hostile]);

    expect(html).not.toMatch(/javascript|evil/);
    expect(html).toContain('src="/uploads/ecran_a1b2c3.png"');
  });
});
