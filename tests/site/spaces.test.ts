import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_FIXTURE, SITE_NOW } from './global-setup';
import { builtFile, builtFiles, siteDir } from './helpers';

interface SnapshotSpace {
  documentId: string;
  slug: string;
  name: string;
  commune: string;
  services: string[];
  networkDescription: string | null;
}
interface SnapshotEvent {
  slug: string;
  title: string;
  endsAt: string;
  eventStatus: string;
  place: { slug: string } | null;
}
const { collections } = JSON.parse(readFileSync(SITE_FIXTURE, 'utf8')) as {
  collections: { espaces: { fr: SnapshotSpace[] }; ateliers: { fr: SnapshotEvent[] }; formations: { fr: SnapshotEvent[] } };
};
const spaces = collections.espaces.fr;
const events = [...collections.ateliers.fr, ...collections.formations.fr];
const slugsIn = (html: string) =>
  [...html.matchAll(/href="(?:\/br|\/en)?\/espaces\/([a-z0-9-]+)\/"/g)].map((m) => m[1]).filter((slug) => spaces.some((s) => s.slug === slug));
const distinct = (values: string[]) => [...new Set(values)].sort();

describe('the directory of spaces', () => {
  it('should list every space in each language', () => {
    for (const prefix of ['', '/br', '/en']) {
      expect(distinct(slugsIn(builtFile(`${prefix}/espaces/`)))).toEqual(distinct(spaces.map((s) => s.slug)));
    }
  });

  it('should show name, type, commune, summary and services of each space in the list', () => {
    const html = builtFile('/espaces/');

    expect(html).toContain('Maison pour tous de Guipavas – espace multimédia');
    expect(html).toContain('MJC ou centre social · Guipavas');
    expect(html).toContain('Espace multimédia du centre social : ateliers parents-enfants');
    expect(html).toContain('Parentalité et éducation avec le numérique');
  });

  it('should pre-render one filter page per commune listing only its spaces', () => {
    const inBrest = spaces.filter((s) => s.commune === 'Brest').map((s) => s.slug);

    expect(inBrest.length).toBeGreaterThan(1);
    expect(distinct(slugsIn(builtFile('/espaces/commune/brest/')))).toEqual(distinct(inBrest));
  });

  it('should pre-render one filter page per service listing only the spaces offering it', () => {
    const service = 'Parentalité et éducation avec le numérique';
    const offering = spaces.filter((s) => s.services.includes(service)).map((s) => s.slug);

    expect(offering.length).toBeGreaterThan(0);
    expect(offering.length).toBeLessThan(spaces.length);
    expect(distinct(slugsIn(builtFile('/espaces/service/parentalite-et-education-avec-le-numerique/')))).toEqual(distinct(offering));
  });

  it('should pre-render filter pages for each type and each public', () => {
    expect(slugsIn(builtFile('/espaces/type/papi/'))).toEqual(expect.arrayContaining(['papi-pleyben', 'papi-ploudalmezeau']));
    expect(builtFiles()).toEqual(expect.arrayContaining(['/espaces/public/seniors/index.html', '/en/espaces/public/seniors/index.html']));
  });

  it('should link the filter pages from the list and ship the scripted filter form hidden', () => {
    const html = builtFile('/espaces/');

    expect(html).toContain('href="/espaces/commune/brest/"');
    expect(html).toContain('href="/espaces/service/aide-aux-demarches-administratives/"');
    expect(html).toMatch(/<form[^>]*class="filters"[^>]*hidden/);
  });
});

describe('a space page', () => {
  const html = () => builtFile('/espaces/centre-social-guipavas/');

  it('should give the address, a link to its point on the map and the contacts', () => {
    expect(html()).toMatch(/15 rue des Glycines<br[^>]*>\s*Bâtiment B, salle multimédia<br[^>]*>\s*29490 Guipavas/);
    expect(html()).toContain('href="/espaces/carte/#lieu-centre-social-guipavas"');
    expect(html()).toContain('href="tel:+33261913318"');
    expect(html()).toContain('href="mailto:contact@mpt-guipavas.example"');
    expect(html()).toContain('href="https://mpt-guipavas.example"');
  });

  it('should show the opening hours as a readable week', () => {
    // "Tu 14:00-18:00; We 10:00-12:00,14:00-18:30; …"
    expect(html()).toMatch(/<th scope="row"[^>]*>Mercredi<\/th>\s*<td[^>]*>10:00 – 12:00, 14:00 – 18:30<\/td>/);
    expect(html()).toMatch(/<th scope="row"[^>]*>Lundi<\/th>\s*<td[^>]*>Fermé<\/td>/);
  });

  it('should show equipment, services, publics, support, access modes and fees', () => {
    for (const text of [
      'Postes en accès public',
      'Thymio Suite',
      'Windows, Linux',
      'Loisirs et créations numériques',
      'Familles et/ou enfants',
      'Handicaps mentaux',
      'Contacter par mail',
      'Dans un atelier collectif',
      'Gratuit sous condition',
      'Tables réglables en hauteur',
    ]) {
      expect(html(), text).toContain(text);
    }
  });

  it('should name its communauté de communes and the date its information was checked', () => {
    expect(html()).toContain('Brest métropole');
    expect(html()).toContain('Informations vérifiées le 10 février 2026');
    expect(builtFile('/espaces/epn-crozon/')).toContain('Communauté de communes Presqu&#39;île de Crozon-Aulne maritime');
  });

  it('should list the upcoming events held there, without the cancelled ones', () => {
    const at = (slug: string) => events.filter((e) => e.place?.slug === slug && e.endsAt >= SITE_NOW);
    const lesneven = builtFile('/espaces/tiers-lieu-lesneven/');
    const cancelled = at('tiers-lieu-lesneven').filter((e) => e.eventStatus === 'annule');
    const held = at('tiers-lieu-lesneven').filter((e) => e.eventStatus !== 'annule');

    expect(cancelled.length).toBeGreaterThan(0);
    expect(held.length).toBeGreaterThan(0);
    for (const e of held) expect(lesneven).toContain(`/${e.slug}/`);
    for (const e of cancelled) expect(lesneven).not.toContain(`/${e.slug}/`);
  });

  it('should fall back to French with a note in a language the space is not translated into', () => {
    const br = builtFile('/br/espaces/centre-social-guipavas/');

    expect(br).toContain('class="notice"');
    expect(br).toContain('Brest metropol');
    expect(br).toMatch(/<p class="lead" lang="fr"[ >]/);
  });
});

describe('the map of spaces', () => {
  const html = () => builtFile('/espaces/carte/');

  it('should draw every space as a named link in an inline SVG', () => {
    const svg = html().slice(html().indexOf('<svg'), html().indexOf('</svg>'));

    for (const s of spaces) {
      expect(svg).toMatch(new RegExp(`<a href="/espaces/${s.slug}/" id="lieu-${s.slug}" class="point[^"]*" aria-label="[^"]+"`));
    }
  });

  it('should need nothing from outside the site', () => {
    const svg = html().slice(html().indexOf('<svg'), html().indexOf('</svg>'));

    expect(svg).not.toMatch(/<image\b/);
    expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', '')).not.toContain('http');
    expect(html()).not.toMatch(/<(img|script|iframe)\b[^>]*src="https?:/);
    expect(html()).not.toMatch(/<link\b[^>]*rel="stylesheet"[^>]*href="https?:/);
    expect(html()).toContain('Carte schématique');
  });

  it('should list the same spaces as text', () => {
    const list = html().slice(html().indexOf('id="liste-carte"'));

    expect(distinct(slugsIn(list))).toEqual(distinct(spaces.map((s) => s.slug)));
  });
});

describe('the directory’s privacy', () => {
  const underSpaces = () =>
    builtFiles()
      .filter((file) => /^\/(br\/|en\/)?espaces\//.test(file))
      .map((file) => ({ file, text: readFileSync(path.join(siteDir(), file), 'utf8') }));

  it('should not publish the internal network description anywhere under /espaces/', () => {
    const internal = spaces.map((s) => String(s.networkDescription ?? '').slice(0, 50)).filter((text) => text.length > 20);
    const leaks = underSpaces().flatMap(({ file, text }) => internal.filter((value) => text.includes(value)).map(() => file));

    expect(internal.length).toBe(spaces.length);
    expect(leaks).toEqual([]);
  });

  it('should not name a private or internal field anywhere under /espaces/', () => {
    const files = underSpaces();

    expect(files.length).toBeGreaterThan(spaces.length * 3);
    expect(files.filter(({ text }) => /networkDescription|\breferent\b/i.test(text)).map(({ file }) => file)).toEqual([]);
  });
});
