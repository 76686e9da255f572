import { describe, expect, it } from 'vitest';
import { builtFile } from './helpers';

/**
 * Training paths (issue 15) in the fixture site (tests/fixtures/site-snapshot.json, built on
 * 2026-11-25): « Devenir animateur numérique » (French and Breton) orders three formations, each
 * after its prerequisite; « Technicien de parc public » (French only) two. Formations cite the
 * fiches that support them.
 */
const PATH = '/calendrier/parcours/devenir-animateur-numerique/';
const PATH_BR = '/br/calendrier/parcours/dont-da-vezan-animatour-niverel/';
const SUPPORT = '/calendrier/formations/accompagner-les-demarches-sans-faire-a-la-place/';
const RECONDITION = '/calendrier/formations/reconditionner-des-ordinateurs-avec-linux/';

/** A page's visible text, tags removed and spaces collapsed. */
const text = (html: string) =>
  (/<main[\s\S]*<\/main>/.exec(html)?.[0] ?? html)
    .replace(/<(style|script)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');
const section = (html: string, cls: string) => new RegExp(`<section class="${cls}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';

describe('the list of training paths', () => {
  it('should list both paths with their formations in French', () => {
    const page = text(builtFile('/calendrier/parcours/'));
    expect(page).toMatch(/Devenir animateur numérique 3 formations/);
    expect(page).toMatch(/Technicien de parc public 2 formations/);
  });

  it('should link each path to its page in Breton, the translated one under its Breton slug', () => {
    const html = builtFile('/br/calendrier/parcours/');
    expect(html).toContain(`href="${PATH_BR}"`);
    expect(html).toContain('href="/br/calendrier/parcours/technicien-de-parc-public/"');
  });
});

describe('the calendar', () => {
  it.each([
    ['/calendrier/', '/calendrier/parcours/'],
    ['/br/calendrier/', '/br/calendrier/parcours/'],
  ])('should link %s to the training paths', (page, list) => {
    expect(builtFile(page)).toContain(`href="${list}"`);
  });
});

describe('a training path’s page', () => {
  it('should show the steps in order, each with its next date and its prerequisite', () => {
    expect(text(builtFile(PATH))).toMatch(
      /Étape 1 sur 3 Accueillir les publics éloignés[^É]*Prochaine date : lundi 11 janvier 2027 à 14:00[^É]*Étape 2 sur 3 Accompagner les démarches en ligne sans faire à la place Prochaine date : jeudi 3 décembre 2026 à 09:30 Prérequis conseillé : Accueillir les publics éloignés[^É]*Étape 3 sur 3 Animer un atelier sur la cybersécurité/,
    );
  });

  it('should show the places left and link to the form of a formation open for registration', () => {
    const html = builtFile(PATH);
    expect(text(html)).toContain('9 places restantes');
    expect(html).toContain('href="/calendrier/formations/accueillir-les-publics-eloignes-du-numerique/#inscription"');
  });

  it('should say the steps in Breton around the French formations, marked as French', () => {
    const html = builtFile(PATH_BR);
    expect(text(html)).toContain('Pazenn 2 war 3');
    expect(html).toMatch(/<h3 lang="fr"[^>]*><a href="\/br\/calendrier\/formations\/accompagner-les-demarches-sans-faire-a-la-place\/"/);
  });

  it('should give its versions in each language as hreflang alternates', () => {
    const html = builtFile(PATH);
    expect(html).toContain(`<link rel="alternate" hreflang="br" href="http://localhost:4321${PATH_BR}">`);
    expect(html).toContain(`<link rel="alternate" hreflang="en" href="http://localhost:4321/en${PATH}">`);
  });

  it('should be in the sitemap', () => {
    expect(builtFile('/sitemap.xml')).toContain(`<loc>http://localhost:4321${PATH}</loc>`);
  });
});

describe('a formation’s page', () => {
  it('should say which path it belongs to, its step, its prerequisite and its fiches', () => {
    const block = text(section(builtFile(RECONDITION), 'formation-context'));
    expect(block).toContain('Fait partie du parcours Technicien de parc public (étape 2 sur 2)');
    expect(block).toContain('Prérequis : Gérer un parc de postes publics');
    expect(block).toMatch(/Fiches utiles pour cette formation Reconditionner un ordinateur donné à l'EPN — /);
  });

  it('should link its fiches to their pages in the page’s language', () => {
    const block = section(builtFile(`/en${SUPPORT}`), 'formation-context');
    expect(block).toContain('href="/en/fiches/helping-create-ameli-account/"');
    expect(text(block)).toContain('Part of the path Devenir animateur numérique (step 2 of 3)');
  });

  it('should show no block on a formation on no path, without prerequisites or fiches', () => {
    expect(builtFile('/calendrier/formations/inclusion-numerique-elus-et-agents/')).not.toContain('id="parcours-contexte"');
  });
});

describe('a fiche’s page', () => {
  it('should list the formations that cite it under « Formations liées »', () => {
    const block = text(section(builtFile('/fiches/installer-linux-mint/'), 'fiche-formations'));
    expect(block).toMatch(/Formations liées .* Reconditionner des ordinateurs avec Linux — 14 décembre 2026/);
  });

  it('should list them in Breton on the Breton fiche', () => {
    const block = text(section(builtFile('/br/fiches/stalian-linux-mint/'), 'fiche-formations'));
    expect(block).toContain('Stummadurioù liammet');
    expect(block).toContain('Reconditionner des ordinateurs avec Linux');
  });

  it('should show no block on a fiche no formation cites', () => {
    expect(builtFile('/fiches/convertir-pdf/')).not.toContain('id="formations-liees"');
  });
});
