import { describe, expect, it } from 'vitest';
import { builtFile, siteUrl } from './helpers';

// The fixture gives « imprimante-reseau-hors-ligne » three published versions by two authors,
// and a former address, « imprimante-hors-ligne ».
describe('a fiche’s history on the site', () => {
  it('should list its published versions with dates, authors and summaries, newest first', () => {
    const html = builtFile('/fiches/imprimante-reseau-hors-ligne/historique/');

    expect(html.indexOf('Titre précisé')).toBeLessThan(html.indexOf('Première version'));
    expect(html).toContain('par Gaëlle Le Bras');
    expect(html).toContain('datetime="2026-03-12T10:04:00.000Z"');
  });

  it('should show the date of last update and the contributors on the fiche', () => {
    const html = builtFile('/fiches/imprimante-reseau-hors-ligne/');

    expect(html).toContain('Contributeurs et contributrices : Yann Kerautret, Gaëlle Le Bras');
    expect(html).toContain('href="/fiches/imprimante-reseau-hors-ligne/historique/"');
  });

  it('should give no history page to a fiche published once, nor link to one', async () => {
    const response = await fetch(`${siteUrl()}/br/fiches/anavezout-ur-gemennadenn-higennan/historique/`);

    expect(response.status).toBe(404);
    expect(builtFile('/br/fiches/anavezout-ur-gemennadenn-higennan/')).not.toContain('/historique/');
  });

  it('should redirect the old address of a renamed fiche to the new one', async () => {
    const html = await (await fetch(`${siteUrl()}/fiches/imprimante-hors-ligne/`)).text();

    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/fiches/imprimante-reseau-hors-ligne/">');
    expect(html).toContain('<link rel="canonical" href="http://localhost:4321/fiches/imprimante-reseau-hors-ligne/">');
  });

  it('should hold no private data: names and dates only', () => {
    const html = builtFile('/fiches/imprimante-reseau-hors-ligne/historique/');

    expect(html).not.toMatch(/@[a-z-]+\.example/);
  });
});
