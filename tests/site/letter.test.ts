import { describe, expect, it } from 'vitest';
import { builtFile, siteUrl } from './helpers';

describe('the weekly letter’s pages', () => {
  it.each(['/lettre/', '/br/lettre/', '/en/lettre/'])('should offer the subscription form at %s, labelled, with a no-JavaScript note', (path) => {
    const html = builtFile(path);

    expect(html).toContain('data-letter="subscribe"');
    expect(html).toMatch(/<label for="lettre-email"[^>]*>/);
    expect(html).toMatch(/<input id="lettre-email" name="email" type="email" required/);
    expect(html).toContain('<noscript>');
  });

  it('should have the confirmation and preferences pages the letters link to, kept out of search engines', () => {
    for (const path of ['/lettre/confirmation/', '/lettre/preferences/', '/br/lettre/preferences/', '/en/lettre/confirmation/']) {
      expect(builtFile(path), path).toContain('<meta name="robots" content="noindex">');
    }
  });

  it('should publish each sent letter’s web version and list it under the form', async () => {
    const response = await fetch(`${siteUrl()}/lettres/lettre-2026-w47/`);

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('Remettre en ligne une imprimante réseau qui ne répond plus');
    expect(builtFile('/lettre/')).toContain('href="/lettres/lettre-2026-w47/"');
  });
});
