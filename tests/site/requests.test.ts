import { describe, expect, it } from 'vitest';
import { builtFile, builtFiles } from './helpers';

/** The public request pages of the fixture site (catalogue from tests/fixtures/site-snapshot.json, built on 2026-11-25). */
describe('the « Demander de l’aide » page', () => {
  it.each(['/aide/', '/br/aide/', '/en/aide/'])('should post a plain form to the CMS at %s, with the page’s language', (path) => {
    const html = builtFile(path);
    const locale = path.split('/')[1] || 'fr';
    expect(html).toMatch(/<form class="request"[^>]* method="post" action="http:\/\/localhost:1337\/api\/interventions\/demandes"/);
    expect(html).toContain(`<input type="hidden" name="locale" value="${locale === 'aide' ? 'fr' : locale}"`);
  });

  it('should label every field, ids matching the anchors of the CMS’s error page', () => {
    const html = builtFile('/aide/');
    for (const field of ['space', 'name', 'email', 'phone', 'description', 'machine']) {
      expect(html, field).toMatch(new RegExp(`<label for="aide-${field}"[^>]*>`));
      expect(html, field).toMatch(new RegExp(`id="aide-${field}" name="${field}"`));
    }
    expect(html).toMatch(/<fieldset id="aide-urgency"[^>]*>\s*<legend[^>]*>Urgence<\/legend>/);
  });

  it('should offer the directory’s spaces', () => {
    expect(builtFile('/aide/')).toMatch(/<option value="iqjsop89e6odg14yn7esgvvb"[^>]*>Espace public numérique de Bellevue \(Brest\)<\/option>/);
  });

  it('should carry the hidden honeypot', () => {
    expect(builtFile('/aide/')).toMatch(/<input id="aide-website" name="website" type="text" tabindex="-1" autocomplete="off"/);
  });

  it('should have confirmation pages kept out of search engines', () => {
    for (const path of ['/aide/confirmation/', '/br/aide/confirmation/', '/en/materiel/confirmation/']) {
      expect(builtFile(path), path).toContain('<meta name="robots" content="noindex">');
    }
  });
});

describe('the « Matériel à emprunter » page', () => {
  it('should group the catalogue by communauté de communes, then lending point', () => {
    const html = builtFile('/materiel/');
    expect(html).toMatch(/<h2 id="interco-brest_metropole"[^>]*>Brest métropole<\/h2>/);
    expect(html).toMatch(/<a href="\/espaces\/epn-bellevue-brest\/"[^>]*>Point de prêt : Espace public numérique de Bellevue, Brest<\/a>/);
    expect(html).toMatch(/<h2 id="interco-pays_des_abers"/);
  });

  it('should show the dates an item is booked from the build on, and the free ones as free', () => {
    const html = builtFile('/materiel/');
    expect(html).toContain('du 10 décembre 2026 au 12 décembre 2026');
    expect(html).not.toContain('2 novembre 2026');
    expect(html).toContain('Libre à toutes les dates à venir.');
  });

  it('should post the loan request form to the CMS with the catalogue’s items and the coming events', () => {
    const html = builtFile('/en/materiel/');
    expect(html).toMatch(/<form class="request"[^>]* method="post" action="http:\/\/localhost:1337\/api\/prets\/demandes"/);
    expect(html).toMatch(/<option value="eqvp0001bellevue000000001"[^>]*>Vidéoprojecteur Epson EB-W51 \(VP-0012\)/);
    expect(html).toMatch(/<option value="(atelier|formation):[a-z0-9]+"/);
    for (const field of ['equipment', 'startDate', 'endDate', 'name', 'email', 'space', 'event'])
      expect(html, field).toMatch(new RegExp(`<label for="pret-${field}"`));
  });

  it('should never write what the catalogue might carry beyond its public fields', () => {
    const pages = builtFiles().filter((file) => file.includes('/materiel/') && file.endsWith('.html'));
    expect(pages.length).toBeGreaterThanOrEqual(6);
    for (const page of pages) expect(builtFile(page), page).not.toContain('EMPRUNTEUR-PRIVE');
  });
});
