import { describe, expect, it } from 'vitest';
import { builtFile, siteUrl } from './helpers';

describe('the built site', () => {
  it('should have a home page in each language, with the right lang attribute', () => {
    expect(builtFile('/')).toContain('<html lang="fr"');
    expect(builtFile('/br/')).toContain('<html lang="br"');
    expect(builtFile('/en/')).toContain('<html lang="en"');
  });

  it('should render a fiche with its table of contents and details', () => {
    const html = builtFile('/fiches/imprimante-reseau-hors-ligne/');

    expect(html).toMatch(/<h1[^>]*>Remettre en ligne une imprimante réseau qui ne répond plus<\/h1>/);
    expect(html).toMatch(/<a href="#symptômes"[^>]*>Symptômes<\/a>/);
    expect(html).toMatch(/<h2 id="symptômes">Symptômes<\/h2>/);
    expect(html).toContain('Systèmes concernés');
  });

  it('should serve a Breton translation under /br/ and link the versions with hreflang', () => {
    const fr = builtFile('/fiches/reconnaitre-hameconnage/');
    const br = builtFile('/br/fiches/anavezout-ur-gemennadenn-higennan/');

    expect(fr).toContain('hreflang="br" href="http://localhost:4321/br/fiches/anavezout-ur-gemennadenn-higennan/"');
    expect(br).toContain('hreflang="fr" href="http://localhost:4321/fiches/reconnaitre-hameconnage/"');
    expect(br).not.toContain('class="notice"');
  });

  it('should fall back to French with a visible note where a translation is missing', () => {
    const html = builtFile('/br/fiches/imprimante-reseau-hors-ligne/');

    expect(html).toContain('class="notice"');
    expect(html).toMatch(/<article lang="fr"[ >]/);
  });

  it('should not publish drafts', async () => {
    const response = await fetch(`${siteUrl()}/fiches/inventaire-parc-glpi/`);

    expect(response.status).toBe(404);
  });

  it('should list fiches by category and by tag', () => {
    expect(builtFile('/fiches/theme/securite/')).toContain('Reconnaître un message d');
    expect(builtFile('/fiches/etiquette/imprimante/')).toContain('/fiches/imprimante-reseau-hors-ligne/');
  });
});
