/**
 * The knowledge base meets the directory in the built pages: a fiche says how many spaces of the
 * network it concerns (by their public systems and software, never naming them), and a space's
 * page lists the fiches about what it runs. Expected counts are read off the fixture by hand.
 */
import { describe, expect, it } from 'vitest';
import { builtFile } from './helpers';

/** The « Fiches utiles ici » section of a space's page. */
const usefulFiches = (html: string) => {
  const start = html.indexOf('id="fiches-utiles"');
  return start < 0 ? '' : html.slice(start, html.indexOf('</section>', start));
};

describe('a fiche page', () => {
  it('should say how many spaces of the network the fiche concerns', () => {
    // Phishing concerns every system: all 15 spaces of the fixture run one of them.
    expect(builtFile('/fiches/reconnaitre-hameconnage/')).toContain('Cette fiche concerne 15 espaces du réseau.');
  });

  it('should count a single space in the singular', () => {
    // Clonezilla is installed in Lesneven's tiers-lieu alone.
    expect(builtFile('/fiches/disque-dur-lent-ssd/')).toContain('Cette fiche concerne 1 espace du réseau.');
  });

  it('should say how many spaces it concerns in Breton and English', () => {
    expect(builtFile('/en/fiches/recognising-phishing/')).toContain('This guide concerns 15 spaces of the network.');
    expect(builtFile('/br/fiches/stalian-linux-mint/')).toContain('Ar fichenn-mañ a sell ouzh 9 lec&#39;h eus ar rouedad.');
  });

  it('should not name the spaces it concerns', () => {
    expect(builtFile('/fiches/disque-dur-lent-ssd/')).not.toContain('/espaces/tiers-lieu-lesneven/');
  });

  it('should say nothing about spaces on a general fiche', () => {
    const html = builtFile('/fiches/accueillir-personne-eloignee-numerique/');

    expect(html).not.toContain('Cette fiche concerne');
    expect(html).not.toContain('spaces-concerned');
  });
});

describe('a space page’s useful fiches', () => {
  it('should list the fiches about the space’s systems and software', () => {
    const section = usefulFiches(builtFile('/espaces/tiers-lieu-lesneven/'));

    expect(section).toContain('Fiches utiles ici');
    expect(section).toContain('href="/fiches/disque-dur-lent-ssd/"');
    expect(section).toContain('href="/fiches/installer-linux-mint/"');
  });

  it('should leave out the fiches about software the space does not run', () => {
    // Shotcut is installed in Crozon only.
    expect(usefulFiches(builtFile('/espaces/tiers-lieu-lesneven/'))).not.toContain('/fiches/montage-video-shotcut/');
    expect(usefulFiches(builtFile('/espaces/epn-crozon/'))).toContain('href="/fiches/montage-video-shotcut/"');
  });

  it('should leave out general fiches', () => {
    expect(usefulFiches(builtFile('/espaces/tiers-lieu-lesneven/'))).not.toContain('/fiches/accueillir-personne-eloignee-numerique/');
  });

  it('should link the fiches in the page’s language', () => {
    expect(usefulFiches(builtFile('/en/espaces/tiers-lieu-lesneven/'))).toContain('href="/en/fiches/recognising-phishing/"');
  });
});
