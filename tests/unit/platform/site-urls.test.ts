import { localePath, sitePaths, siteUrls } from '@reseau-epn/platform';
import { describe, expect, it } from 'vitest';

describe('the site URLs', () => {
  it('should put French at the root and the other languages under their prefix', () => {
    expect(localePath('fr', '/fiches/')).toBe('/fiches/');
    expect(localePath('br', 'fiches/')).toBe('/br/fiches/');
    expect(sitePaths.fiche('en', 'imprimer-un-pdf')).toBe('/en/fiches/imprimer-un-pdf/');
    expect(sitePaths.event('br', 'formation', 'pix')).toBe('/br/calendrier/formations/pix/');
  });

  it('should keep one file for every language for the feeds and exports', () => {
    expect(sitePaths.eventIcs('atelier', 'tablette')).toBe('/calendrier/ateliers/tablette.ics');
    expect(sitePaths.calendarFeed()).toBe('/calendrier.ics');
    expect(sitePaths.spacesExport('csv')).toBe('/espaces/lieux-mediation-numerique.csv');
  });

  it("should encode a document id in a fiche's preview path", () => {
    expect(sitePaths.fichePreview('a/b c')).toBe('/apercu/fiches/a%2Fb%20c/');
  });

  it('should encode a search query', () => {
    expect(sitePaths.search('fr', 'mot de passe & code')).toBe('/recherche/?q=mot%20de%20passe%20%26%20code');
  });

  it('should make absolute URLs on the public address, whatever its trailing slashes', () => {
    const urls = siteUrls('https://epn.example.org//');
    expect(urls.fiche('fr', 'wifi')).toBe('https://epn.example.org/fiches/wifi/');
    expect(urls.letterConfirm('en')).toBe('https://epn.example.org/en/lettre/confirmation/');
    expect(urls.topic('fr', 'imprimante-hors-ligne')).toBe('https://epn.example.org/forum/sujet/imprimante-hors-ligne/');
  });
});
