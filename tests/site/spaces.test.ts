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
  lastUpdated: string | null;
  labels?: string[] | null;
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
    expect(html()).toContain('Mis à jour le 10 février 2026');
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

/** The fixture's spaces not checked for more than a year before SITE_NOW (the default threshold): Portsall's PAPI alone. */
const YEAR_BEFORE_NOW = '2025-11-25';
const stale = spaces.filter((s) => s.lastUpdated !== null && s.lastUpdated < YEAR_BEFORE_NOW);
const STALE_NOTICE = 'Ces informations datent de plus d&#39;un an : vérifiez-les auprès de l&#39;espace avant de vous déplacer.';

describe('a space’s freshness', () => {
  it('should say when the space was last updated, in each language', () => {
    expect(builtFile('/espaces/tiers-lieu-lesneven/')).toMatch(/<time datetime="2026-02-12"[^>]*>Mis à jour le 12 février 2026<\/time>/);
    expect(builtFile('/en/espaces/tiers-lieu-lesneven/')).toContain('Updated on 12 February 2026');
    expect(builtFile('/br/espaces/tiers-lieu-lesneven/')).toMatch(/Hizivaet d&#39;an 12 C.hwevrer 2026/);
  });

  it('should warn on the page of a space not updated for more than a year', () => {
    expect(stale.map((s) => s.slug)).toEqual(['papi-ploudalmezeau']);
    expect(builtFile('/espaces/papi-ploudalmezeau/')).toContain(STALE_NOTICE);
    expect(builtFile('/en/espaces/papi-ploudalmezeau/')).toContain('This information is more than a year old: check it with the space before you go.');
    expect(builtFile('/br/espaces/papi-ploudalmezeau/')).toContain('gwiriet ouzhpenn ur bloaz zo');
  });

  it('should not warn on the page of a space updated within the year', () => {
    expect(builtFile('/espaces/tiers-lieu-lesneven/')).not.toContain('stale-notice');
    expect(builtFile('/espaces/tiers-lieu-lesneven/')).not.toContain('plus d&#39;un an');
  });

  it('should flag in words, in the list, exactly the spaces not updated for more than a year', () => {
    const html = builtFile('/espaces/');
    const flagged = [...html.matchAll(/href="\/espaces\/([a-z0-9-]+)\/"[^]*?<\/li>/g)]
      .filter((m) => m[0].includes('Informations à vérifier : mises à jour le'))
      .map((m) => m[1]);

    expect(flagged).toEqual(stale.map((s) => s.slug));
    expect(html).toContain('Informations à vérifier : mises à jour le 17 septembre 2024');
  });

  it('should name the stale spaces’ points on the map as to be checked', () => {
    const html = builtFile('/espaces/carte/');

    expect(html).toMatch(/id="lieu-papi-ploudalmezeau" class="point stale" aria-label="[^"]*, Ploudalmézeau \(informations à vérifier\)"/);
    expect(html).toMatch(/id="lieu-tiers-lieu-lesneven" class="point" aria-label="[^"(]*, Lesneven"/);
  });
});

describe('a space’s Wi-Fi, labels, uses and accessibility features', () => {
  const lesneven = () => builtFile('/espaces/tiers-lieu-lesneven/');
  const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

  it('should say whether the space offers public Wi-Fi', () => {
    expect(text(lesneven())).toContain('Wi-Fi public Oui');
    expect(text(builtFile('/espaces/papi-ploudalmezeau/'))).toContain('Wi-Fi public Non');
    expect(text(builtFile('/espaces/papi-pleyben/'))).toContain('Wi-Fi public Non renseigné');
  });

  it('should list the space’s labels and the uses it has developed', () => {
    for (const value of ['Labels et réseaux', 'Fabrique de territoire', 'Conseiller numérique', 'Usages développés', 'Impression 3D et découpe laser']) {
      expect(lesneven(), value).toContain(value);
    }
  });

  it('should list the accessibility features the space filled in, in plain words', () => {
    const html = text(lesneven());

    expect(html).toContain(
      'Aménagements du lieu Entrée de plain-pied ou avec une rampe Toilettes adaptées aux fauteuils roulants Pas de boucle magnétique Place de stationnement réservée aux personnes handicapées à proximité',
    );
    expect(html).toContain('Ancien garage de plain-pied');
  });

  it('should leave out the features the space did not fill in', () => {
    // Lesneven left adaptedWorkstation empty: neither « Poste adapté » nor « Pas de poste adapté ».
    expect(lesneven()).not.toMatch(/poste adapté/i);
    expect(builtFile('/espaces/papi-pleyben/')).not.toContain('Aménagements du lieu');
  });

  it('should write the features in Breton and English', () => {
    expect(builtFile('/en/espaces/tiers-lieu-lesneven/')).toContain('Step-free entrance or a ramp');
    expect(builtFile('/en/espaces/tiers-lieu-lesneven/')).toContain('No hearing loop');
    expect(builtFile('/br/espaces/tiers-lieu-lesneven/')).toContain('Boukl magnetek ebet');
  });

  it('should pre-render one filter page per label listing only the spaces carrying it', () => {
    const carrying = spaces.filter((s) => (s.labels ?? []).includes('Aidants Connect')).map((s) => s.slug);

    expect(carrying.length).toBeGreaterThan(1);
    expect(distinct(slugsIn(builtFile('/espaces/label/aidants-connect/')))).toEqual(distinct(carrying));
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
