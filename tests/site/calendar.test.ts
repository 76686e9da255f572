import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { SITE_FIXTURE, SITE_NOW } from './global-setup';
import { builtFile, builtFiles, siteUrl } from './helpers';

interface SnapshotEvent {
  documentId: string;
  slug: string;
  startsAt: string;
  endsAt: string;
  eventStatus: string;
  place: { networkDescription?: string } | null;
  /** A series' sessions (absent from the events written before series). */
  sessions?: { day: string; startsAt: string; endsAt: string }[];
}
const snapshot = JSON.parse(readFileSync(SITE_FIXTURE, 'utf8')) as { collections: Record<'ateliers' | 'formations', { fr: SnapshotEvent[] }> };
const ateliers = snapshot.collections.ateliers.fr;
const formations = snapshot.collections.formations.fr;
/** What each VEVENT stands for: a one-off event, or one session of a series (its own UID, its own times). */
const vevents = (events: SnapshotEvent[]) =>
  events.flatMap((e) =>
    e.sessions?.length
      ? e.sessions.map((s) => ({ uid: `${e.documentId}-${s.day}@reseau-epn`, startsAt: s.startsAt, endsAt: s.endsAt }))
      : [{ uid: `${e.documentId}@reseau-epn`, startsAt: e.startsAt, endsAt: e.endsAt }],
  );
const byUid = new Map(vevents([...ateliers, ...formations]).map((v) => [v.uid, v]));

const icsPaths = () => builtFiles().filter((file) => file.endsWith('.ics'));
const veventsOf = (path: string) => new ICAL.Component(ICAL.parse(builtFile(path))).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
const octets = (line: string) => Buffer.byteLength(line, 'utf8');
/** The HTML of one element with this id (a week's section, a table…), up to its closing tag. */
const sectionOf = (html: string, id: string) => html.slice(html.indexOf(`id="${id}"`), html.indexOf('</section>', html.indexOf(`id="${id}"`)));

describe('the calendar as iCalendar files', () => {
  it('should publish one .ics per event and the three feeds', () => {
    const paths = icsPaths();

    expect(paths).toHaveLength(ateliers.length + formations.length + 3);
    expect(paths).toEqual(
      expect.arrayContaining(['/calendrier.ics', '/calendrier/ateliers.ics', '/calendrier/formations.ics', `/calendrier/ateliers/${ateliers[0].slug}.ics`]),
    );
  });

  it('should end every line with CRLF and fold lines to at most 75 octets', () => {
    for (const path of icsPaths()) {
      const text = builtFile(path);
      expect(text.endsWith('\r\n'), path).toBe(true);
      expect(text.replace(/\r\n/g, ''), path).not.toMatch(/[\r\n]/);
      expect(
        text.split('\r\n').filter((line) => octets(line) > 75),
        path,
      ).toEqual([]);
    }
  });

  it('should carry the Europe/Paris VTIMEZONE in every file', () => {
    for (const path of icsPaths()) {
      const calendar = new ICAL.Component(ICAL.parse(builtFile(path)));
      expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid'), path).toBe('Europe/Paris');
    }
  });

  it('should give every event and session the start and end of the snapshot, as Europe/Paris times', () => {
    for (const path of icsPaths()) {
      for (const event of veventsOf(path)) {
        const source = byUid.get(event.uid)!;
        expect(event.startDate.zone.tzid, path).toBe('Europe/Paris');
        expect(event.startDate.toJSDate().toISOString(), path).toBe(new Date(source.startsAt).toISOString());
        expect(event.endDate.toJSDate().toISOString(), path).toBe(new Date(source.endsAt).toISOString());
      }
    }
  });

  it('should show a 13:00 UTC winter event at 14:00 Paris time', () => {
    const [event] = veventsOf('/calendrier/ateliers/decouvrir-sa-tablette-pleyben.ics');

    expect(event.startDate.toString()).toBe('2026-11-28T14:00:00');
    expect(event.startDate.utcOffset()).toBe(3600);
  });

  it('should put the events of each kind in its own feed, and all of them in /calendrier.ics', () => {
    const since = new Date(SITE_NOW).getTime() - 30 * 86_400_000;
    const recent = (events: SnapshotEvent[]) =>
      vevents(events)
        .filter((v) => new Date(v.endsAt).getTime() >= since)
        .map((v) => v.uid)
        .sort();

    expect(
      veventsOf('/calendrier/ateliers.ics')
        .map((e) => e.uid)
        .sort(),
    ).toEqual(recent(ateliers));
    expect(
      veventsOf('/calendrier/formations.ics')
        .map((e) => e.uid)
        .sort(),
    ).toEqual(recent(formations));
    expect(
      veventsOf('/calendrier.ics')
        .map((e) => e.uid)
        .sort(),
    ).toEqual(recent([...ateliers, ...formations]));
  });

  it('should mark the cancelled atelier CANCELLED and the full one as complet', () => {
    const cancelled = new ICAL.Component(ICAL.parse(builtFile('/calendrier/ateliers/initiation-impression-3d-lesneven.ics'))).getFirstSubcomponent('vevent')!;
    const full = new ICAL.Component(ICAL.parse(builtFile('/calendrier/ateliers/atelier-photo-smartphone-crozon.ics'))).getFirstSubcomponent('vevent')!;

    expect(cancelled.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(full.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(full.getFirstProperty('categories')!.getValues()).toContain('Complet');
  });

  it('should describe an event with its place, page and plain-text description', () => {
    const [event] = veventsOf('/calendrier/ateliers/atelier-photo-smartphone-crozon.ics');

    expect(event.location).toBe("Cyberbase de la Presqu'île, 9 rue de Reims, 29160 Crozon");
    expect(event.component.getFirstPropertyValue('url')).toBe('http://localhost:4321/calendrier/ateliers/atelier-photo-smartphone-crozon/');
    expect(event.description).toContain('Inscription : Gratuit');
    expect(event.description).not.toMatch(/<\/?p>|\*\*/);
  });

  it("should never carry a space's internal network description", () => {
    const secrets = [...ateliers, ...formations].map((e) => e.place?.networkDescription).filter((s): s is string => Boolean(s));
    const everything = icsPaths()
      .map((path) => builtFile(path).replace(/\r\n /g, ''))
      .join('\n');

    expect(secrets.length).toBeGreaterThan(0);
    expect(secrets.filter((secret) => everything.includes(secret.slice(0, 40)))).toEqual([]);
  });

  it('should serve the feeds as text/calendar', async () => {
    const response = await fetch(`${siteUrl()}/calendrier.ics`);

    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
  });
});

describe('the calendar list', () => {
  const html = () => builtFile('/calendrier/');

  it('should group upcoming events by ISO week, in order', () => {
    const weeks = [...html().matchAll(/<h2 id="semaine-([\dW-]+)"[^>]*>([^<]+)<\/h2>/g)].map((m) => [m[1], m[2]]);

    expect(weeks[0]).toEqual(['2026-W48', 'Du lundi 23 novembre au dimanche 29 novembre 2026']);
    expect(weeks[1]).toEqual(['2026-W49', 'Du lundi 30 novembre au dimanche 6 décembre 2026']);
    expect(sectionOf(html(), 'semaine-2026-W49')).toContain('/calendrier/ateliers/atelier-photo-smartphone-crozon/');
  });

  it('should show each event with its type, Paris date and time, place, commune and audience', () => {
    const week = sectionOf(html(), 'semaine-2026-W48');

    expect(week).toMatch(/<p class="kind"[^>]*>Atelier/);
    expect(week).toContain('samedi 28 novembre 2026, de 14:00 à 16:00');
    expect(week).toMatch(/Ti an Holl, <strong[^>]*>Pleyben<\/strong>/);
    expect(week).toMatch(/Public :<\/span> Seniors/);
  });

  it('should say in words that an event is full or cancelled', () => {
    expect(sectionOf(html(), 'semaine-2026-W49')).toMatch(/<strong class="status status-complet"[^>]*>Complet<\/strong>/);
    expect(sectionOf(html(), 'semaine-2026-W51')).toMatch(/<strong class="status status-annule"[^>]*>Annulé<\/strong>/);
  });

  it('should offer labelled filters by type, audience and commune', () => {
    for (const name of ['type', 'public', 'commune']) {
      expect(html()).toMatch(new RegExp(`<label for="filtre-${name}"[^>]*>[^<]+</label>\\s*<select id="filtre-${name}" name="${name}"`));
    }
    expect(html()).toMatch(/<option value="le-relecq-kerhuon"[^>]*>Le Relecq-Kerhuon<\/option>/);
    expect(html()).toMatch(/<option value="personnes_allophones"[^>]*>Personnes allophones<\/option>/);
  });

  it('should link the feeds from the page and announce them in its head', () => {
    const head = html().slice(0, html().indexOf('</head>'));

    expect(head).toMatch(/<link rel="alternate" type="text\/calendar" title="[^"]+" href="\/calendrier\.ics">/);
    expect(html()).toMatch(/<a href="\/calendrier\/formations\.ics"[^>]*>/);
  });

  it('should translate audiences in English', () => {
    expect(builtFile('/en/calendrier/')).toMatch(/Audience:<\/span> Older people/);
  });
});

describe('the month views', () => {
  it('should build a month page in every language for every month holding events', () => {
    for (const prefix of ['', '/br', '/en']) {
      for (const month of ['2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04'])
        expect(builtFile(`${prefix}/calendrier/mois/${month}/`)).toContain('<table');
    }
  });

  it('should lay the month out as a table with a caption and day headers', () => {
    const html = builtFile('/calendrier/mois/2026-12/');

    expect(html).toMatch(/<caption[^>]*>Ateliers et formations de décembre 2026/);
    expect(html.match(/<th scope="col"/g)).toHaveLength(7);
    expect(html).toMatch(/<span class="visually-hidden"[^>]*>lundi<\/span>/);
  });

  it("should link each event from its day's cell", () => {
    const html = builtFile('/calendrier/mois/2026-12/');
    const cell = html.slice(html.indexOf('datetime="2026-12-04"'), html.indexOf('datetime="2026-12-05"'));

    expect(cell).toContain('href="/calendrier/ateliers/atelier-photo-smartphone-crozon/"');
    expect(cell).toMatch(/14:00/);
  });

  it('should link the previous and next months', () => {
    const html = builtFile('/calendrier/mois/2026-12/');

    expect(html).toMatch(/<a href="\/calendrier\/mois\/2026-11\/" rel="prev"[^>]*>/);
    expect(html).toMatch(/<a href="\/calendrier\/mois\/2027-01\/" rel="next"[^>]*>/);
  });

  it('should have no previous link before the first month', () => {
    expect(builtFile('/calendrier/mois/2026-10/')).not.toContain('rel="prev"');
  });
});

describe('an event page', () => {
  const html = () => builtFile('/calendrier/ateliers/atelier-photo-smartphone-crozon/');

  it('should show the title, date and time in Paris, and the status', () => {
    expect(html()).toMatch(/<h1[^>]*>Atelier photo smartphone : réussir ses photos de paysage<\/h1>/);
    expect(html()).toContain('vendredi 4 décembre 2026, de 14:00 à 16:30');
    expect(html()).toMatch(/Statut :<\/dt>\s*<dd[^>]*>Complet<\/dd>/);
  });

  it('should link the place to its page in the directory', () => {
    expect(html()).toMatch(/<a href="\/espaces\/epn-crozon\/"[^>]*>Cyberbase de la Presqu&#39;île<\/a>/);
    expect(html()).toContain('9 rue de Reims, 29160 Crozon');
  });

  it('should list facilitators, audience, level, capacity and registration', () => {
    for (const fact of [
      /Animé par :<\/dt>\s*<dd[^>]*>Yannick Le Floc&#39;h/,
      /Public :<\/dt>\s*<dd[^>]*>Tout public/,
      /Niveau :<\/dt>\s*<dd[^>]*>Débutant/,
      /Places :<\/dt>\s*<dd[^>]*>8 places/,
      /Inscription :<\/dt>\s*<dd[^>]*>Gratuit, sur inscription/,
    ]) {
      expect(html()).toMatch(fact);
    }
  });

  it('should render the Markdown description', () => {
    expect(html()).toMatch(/<p>La presqu’île offre des paysages superbes/);
  });

  it('should offer its .ics file', () => {
    expect(html()).toMatch(/<a class="ics" href="\/calendrier\/ateliers\/atelier-photo-smartphone-crozon\.ics"[^>]*>Ajouter à mon agenda \(\.ics\)<\/a>/);
  });

  it('should exist for formations under /calendrier/formations/', () => {
    expect(builtFile('/calendrier/formations/gerer-un-parc-de-postes-publics/')).toMatch(/Niveau :<\/dt>\s*<dd[^>]*>Avancé/);
  });

  it('should fall back to French in Breton, with the note and a Breton link to the place', () => {
    const br = builtFile('/br/calendrier/ateliers/atelier-photo-smartphone-crozon/');

    expect(br).toContain('class="notice"');
    expect(br).toMatch(/<h1 lang="fr"[^>]*>/);
    expect(br).toContain('href="/br/espaces/epn-crozon/"');
  });
});
