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

  it('should link a fiche not translated into Breton to its French page, saying so, with hreflang and lang', () => {
    const html = builtFile('/br/fiches/theme/materiel/');

    expect(html).toMatch(
      /<a href="\/fiches\/imprimante-reseau-hors-ligne\/" hreflang="fr" lang="fr"[^>]*>Remettre en ligne une imprimante réseau qui ne répond plus<\/a><span class="in-lang"[^>]*> \(e galleg\)<\/span>/,
    );
  });

  it('should not copy an untranslated fiche under /br/ or /en/', async () => {
    const statuses = await Promise.all(
      ['/br/', '/en/'].map(async (prefix) => (await fetch(`${siteUrl()}${prefix}fiches/imprimante-reseau-hors-ligne/`)).status),
    );

    expect(statuses).toEqual([404, 404]);
  });

  it('should name only the languages a fiche is written in as its alternates', () => {
    const html = builtFile('/fiches/imprimante-reseau-hors-ligne/');

    expect(html.match(/hreflang="[a-z-]+" href=/g)).toEqual(['hreflang="fr" href=', 'hreflang="x-default" href=']);
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
