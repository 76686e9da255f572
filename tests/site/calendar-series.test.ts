/**
 * Series, « hors-les-murs » venues, facilitators and the wider audiences (issue 15) in the built
 * fixture site: the weekly series crosses the change to summer time with one session cancelled,
 * the monthly one has two sessions past at SITE_NOW, the Plouguerneau atelier is hors les murs.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { builtFile, builtFiles, siteDir } from './helpers';

const WEEKLY = '/calendrier/ateliers/tablette-pas-a-pas-bellevue/';
const MONTHLY = '/calendrier/formations/analyse-de-pratiques-mensuelle/';
const OUTSIDE = '/calendrier/ateliers/permanence-numerique-plouguerneau/';

const list = () => builtFile('/calendrier/');
/** The list entry (or grid line) that links to `href`, up to the end of its <li>. */
const entryOf = (html: string, href: string) => {
  const at = html.indexOf(`href="${href}"`);
  return at < 0 ? '' : html.slice(html.lastIndexOf('<li', at), html.indexOf('</li>', at));
};
/** The session line of an event page, by its day. */
const sessionLine = (html: string, day: string) => html.slice(html.indexOf(`id="seance-${day}"`), html.indexOf('</li>', html.indexOf(`id="seance-${day}"`)));
const vevents = (path: string) => new ICAL.Component(ICAL.parse(builtFile(path))).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

describe('a series in the calendar list', () => {
  it('should list each session as its own entry, numbered and linked to its line on the event page', () => {
    const entry = entryOf(list(), `${WEEKLY}#seance-2027-03-30`);

    expect(entry).toMatch(/Tablette pas à pas, en six séances<\/span> · séance 4\/6<\/a>/);
    expect(entry).toContain('mardi 30 mars 2027, de 14:00 à 16:00');
  });

  it('should show a cancelled session struck, with « Séance annulée » in words', () => {
    const entry = entryOf(list(), `${WEEKLY}#seance-2027-03-23`);

    expect(entry).toMatch(/<li class="event cancelled"/);
    expect(entry).toMatch(/<strong class="session-cancelled"[^>]*>Séance annulée<\/strong>/);
  });

  it('should give a cancelled session no places for the « Places disponibles » filter', () => {
    expect(entryOf(list(), `${WEEKLY}#seance-2027-03-23`)).toMatch(/data-places(?!=)/);
    expect(entryOf(list(), `${WEEKLY}#seance-2027-03-16`)).toMatch(/data-places="disponibles"/);
  });

  it('should drop the sessions already over, and keep the ones to come', () => {
    expect(list()).not.toContain(`${MONTHLY}#seance-2026-10-01`);
    expect(list()).not.toContain(`${MONTHLY}#seance-2026-11-05`);
    expect(list()).toContain(`${MONTHLY}#seance-2026-12-03`);
  });

  it('should list the monthly series once a month, each session in its week', () => {
    const sessions = [...list().matchAll(new RegExp(`href="${MONTHLY}#seance-([\\d-]+)"`, 'g'))].map((m) => m[1]);

    expect(sessions).toEqual(['2026-12-03', '2027-01-07', '2027-02-04', '2027-03-04']);
  });
});

describe('a series in the month views', () => {
  it("should put each session in its day's cell, numbered", () => {
    const html = builtFile('/calendrier/mois/2027-03/');
    const cell = html.slice(html.indexOf('datetime="2027-03-30"'), html.indexOf('datetime="2027-03-31"'));

    expect(cell).toContain(`href="${WEEKLY}#seance-2027-03-30"`);
    expect(cell).toMatch(/14:00/);
    expect(cell).toContain('· séance 4/6');
  });

  it('should strike the cancelled session and say so', () => {
    const html = builtFile('/calendrier/mois/2027-03/');
    const cell = html.slice(html.indexOf('datetime="2027-03-23"'), html.indexOf('datetime="2027-03-24"'));

    expect(cell).toMatch(/<li class="cancelled"/);
    expect(cell).toMatch(/<strong[^>]*>Séance annulée<\/strong>/);
  });
});

describe("a series' page", () => {
  it('should say how many sessions, from the first to the last', () => {
    expect(builtFile(WEEKLY)).toMatch(/<p class="when"[^>]*><time[^>]*>6 séances, du mardi 9 mars 2027 au mardi 13 avril 2027<\/time>/);
  });

  it('should list every session with its date and time', () => {
    const days = [...builtFile(WEEKLY).matchAll(/<li id="seance-([\d-]+)"/g)].map((m) => m[1]);

    expect(days).toEqual(['2027-03-09', '2027-03-16', '2027-03-23', '2027-03-30', '2027-04-06', '2027-04-13']);
    expect(sessionLine(builtFile(WEEKLY), '2027-03-30')).toContain('mardi 30 mars 2027, de 14:00 à 16:00');
  });

  it('should mark the cancelled session with its note', () => {
    const line = sessionLine(builtFile(WEEKLY), '2027-03-23');

    expect(line).toMatch(/Séance annulée<\/strong>/);
    expect(line).toContain('Salle prise par les élections : pas de séance cette semaine.');
  });

  it('should highlight the next session, not a past one', () => {
    const html = builtFile(MONTHLY);

    expect(html.match(/aria-current="date"/g)).toHaveLength(1);
    expect(sessionLine(html, '2026-12-03')).toMatch(/class="next"[^>]*aria-current="date"/);
    expect(sessionLine(html, '2026-12-03')).toContain('Prochaine séance');
  });

  it('should translate the sessions in English', () => {
    expect(builtFile(`/en${WEEKLY}`)).toContain('Session cancelled');
  });
});

describe("a series on its space's page", () => {
  it('should give the date of its next session, not of its first one, already past', () => {
    const html = builtFile('/espaces/epn-landerneau/');
    const item = html.slice(html.indexOf(`href="${MONTHLY}"`), html.indexOf('</li>', html.indexOf(`href="${MONTHLY}"`)));

    expect(item).toContain('datetime="2026-12-03T08:30:00.000Z"');
    expect(item).toContain('jeudi 3 décembre 2026');
  });
});

describe('the feeds of a series', () => {
  it("should give every session in the event's own .ics, cancelled included", () => {
    const events = vevents('/calendrier/ateliers/tablette-pas-a-pas-bellevue.ics');

    expect(events.map((e) => e.component.getFirstPropertyValue('status'))).toEqual([
      'CONFIRMED',
      'CONFIRMED',
      'CANCELLED',
      'CONFIRMED',
      'CONFIRMED',
      'CONFIRMED',
    ]);
  });

  it('should keep the weekly series at 14:00 Paris across the change to summer time', () => {
    const events = vevents('/calendrier/ateliers/tablette-pas-a-pas-bellevue.ics');

    expect(events.map((e) => `${e.startDate.toString()} ${e.startDate.utcOffset()}`)).toEqual([
      '2027-03-09T14:00:00 3600',
      '2027-03-16T14:00:00 3600',
      '2027-03-23T14:00:00 3600',
      '2027-03-30T14:00:00 7200',
      '2027-04-06T14:00:00 7200',
      '2027-04-13T14:00:00 7200',
    ]);
  });

  it('should keep the monthly series at 09:30 Paris from summer time to winter time', () => {
    const [october, november] = vevents('/calendrier/formations/analyse-de-pratiques-mensuelle.ics');

    expect([october.startDate.toString(), october.startDate.utcOffset()]).toEqual(['2026-10-01T09:30:00', 7200]);
    expect([november.startDate.toString(), november.startDate.utcOffset()]).toEqual(['2026-11-05T09:30:00', 3600]);
  });

  it('should leave out of the subscribed feed the sessions that ended more than 30 days before the build', () => {
    const uids = vevents('/calendrier/formations.ics').map((e) => e.uid);

    expect(uids).not.toContain('m7q2analysepratiques0001-2026-10-01@reseau-epn');
    expect(uids).toContain('m7q2analysepratiques0001-2026-11-05@reseau-epn');
  });

  it('should name the series in each session of the feed', () => {
    const sessions = vevents('/calendrier.ics').filter((e) => e.uid.startsWith('k3v8tabletteseriebrest01-'));

    expect(sessions).toHaveLength(6);
    expect(new Set(sessions.map((e) => e.component.getFirstPropertyValue('x-reseau-epn-series')))).toEqual(new Set(['k3v8tabletteseriebrest01@reseau-epn']));
  });
});

describe('a hors-les-murs event', () => {
  it('should show its venue instead of a space on its page', () => {
    const html = builtFile(OUTSIDE);

    expect(html).toMatch(/Lieu :<\/dt>\s*<dd[^>]*>\s*<strong class="outside"[^>]*>Hors les murs<\/strong>/);
    expect(html).toContain('Salle des associations');
    expect(html).toContain('2 rue du Verger, 29880 Plouguerneau');
  });

  it('should place its venue on the drawn map, without tiles from elsewhere', () => {
    const html = builtFile(OUTSIDE);
    const map = html.slice(html.indexOf('<figure class="venue-map"'), html.indexOf('</figure>', html.indexOf('<figure class="venue-map"')));

    expect(map).toMatch(/<title[^>]*>Plan : Salle des associations, Plouguerneau<\/title>/);
    expect(map).toMatch(/<circle class="dot"/);
    expect(map).not.toMatch(/<image|href="https?:/);
  });

  it('should say « Hors les murs » and its commune in the calendar list', () => {
    expect(entryOf(list(), OUTSIDE)).toMatch(/Hors les murs :<\/span> <strong[^>]*>Plouguerneau<\/strong>/);
  });

  it("should be found under its venue's commune in the filter", () => {
    expect(list()).toMatch(/<option value="plouguerneau"[^>]*>Plouguerneau<\/option>/);
    expect(entryOf(list(), OUTSIDE)).toMatch(/data-commune="plouguerneau"/);
  });

  it('should be located at its venue in its .ics', () => {
    expect(vevents('/calendrier/ateliers/permanence-numerique-plouguerneau.ics')[0].location).toBe(
      'Salle des associations, 2 rue du Verger, 29880 Plouguerneau',
    );
  });
});

describe('facilitators and audiences', () => {
  it('should name the members and the free-text facilitators together, each once', () => {
    expect(builtFile(WEEKLY)).toMatch(/Animé par :<\/dt>\s*<dd[^>]*>Gwenaëlle Morvan, Erwan Tanguy, bénévoles de l&#39;association Handi&#39;Clic<\/dd>/);
    expect(builtFile(OUTSIDE)).toMatch(/Animé par :<\/dt>\s*<dd[^>]*>Morgane Le Bris \(Secours populaire\)<\/dd>/);
  });

  it("should never publish a member facilitator's account, even when a snapshot carries it", () => {
    const everything = builtFiles()
      .filter((file) => /\.(html|json|ics|xml|csv)$/.test(file))
      .map((file) => readFileSync(path.join(siteDir(), file), 'utf8'))
      .join('\n');

    expect(everything).not.toContain('gwenaelle.morvan.admin@prive.example');
    expect(everything).not.toContain('adminuser0000000000000007');
  });

  it('should offer the new audiences in the filter, in every language', () => {
    expect(list()).toMatch(/<option value="personnes_handicap"[^>]*>Personnes en situation de handicap<\/option>/);
    expect(list()).toMatch(/<option value="personnes_precarite"[^>]*>Personnes en situation de précarité<\/option>/);
    expect(builtFile('/en/calendrier/')).toMatch(/<option value="personnes_handicap"[^>]*>People with disabilities<\/option>/);
    expect(builtFile('/br/calendrier/')).toMatch(/<option value="personnes_precarite"[^>]*>Tud en dienez<\/option>/);
  });
});
