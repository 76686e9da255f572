import { describe, expect, it } from 'vitest';
import { builtFile } from './helpers';

/**
 * Registering on an event's page (issue 15), in the fixture site built on 2026-11-25
 * (tests/fixtures/site-snapshot.json): Portsall's atelier is open with 3 places left, Crozon's is
 * full, Bellevue's closed the day before the build, Lesneven's is cancelled, Châteaulin's takes
 * registrations elsewhere, and Pleyben's has no registration field at all, as older snapshots.
 */
const OPEN = '/calendrier/ateliers/arnaques-sms-mails-portsall/';
const FULL = '/calendrier/ateliers/atelier-photo-smartphone-crozon/';
const CLOSED = '/calendrier/ateliers/securiser-ses-comptes-en-ligne-bellevue/';
const CANCELLED = '/calendrier/ateliers/initiation-impression-3d-lesneven/';
const ELSEWHERE = '/calendrier/ateliers/cv-avec-libreoffice-chateaulin/';
const NO_FIELDS = '/calendrier/ateliers/decouvrir-sa-tablette-pleyben/';
const FORM = /<form class="request"[^>]* method="post" action="http:\/\/localhost:1337\/api\/inscriptions\/demandes"/;

/** The form's part of a page: from the registration section to its end. */
const section = (html: string) => /<section id="inscription"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';

describe('the registration form of an event open for registration', () => {
  it.each([OPEN, `/br${OPEN}`, `/en${OPEN}`])('should post a plain form to the CMS at %s', (path) => {
    expect(builtFile(path)).toMatch(FORM);
  });

  it('should carry the event, its kind and the page’s language as hidden fields', () => {
    const html = section(builtFile(`/en${OPEN}`));
    expect(html).toContain('<input type="hidden" name="locale" value="en"');
    expect(html).toContain('<input type="hidden" name="kind" value="atelier"');
    expect(html).toContain('<input type="hidden" name="event" value="gn6zxnamh22mq8zr6c34cm55"');
  });

  it('should label every field with the id the CMS’s error page links to', () => {
    const html = section(builtFile(OPEN));
    expect(html).toMatch(/<section id="inscription"[^>]* aria-labelledby="inscription-event"[^>]*><h2 id="inscription-event"/);
    for (const field of ['name', 'email', 'phone', 'places', 'accessibilityNeed']) {
      expect(html, field).toMatch(new RegExp(`<label for="inscription-${field}"[^>]*>`));
      expect(html, field).toMatch(new RegExp(`id="inscription-${field}" name="${field}"`));
    }
  });

  it('should say in the labels that an email address or a phone number is enough', () => {
    const html = section(builtFile(OPEN));
    expect(html).toMatch(/<legend[^>]*>Pour vous joindre : une adresse électronique ou un téléphone, au moins l&#39;un des deux<\/legend>/);
    expect(html).toMatch(/<label for="inscription-email"[^>]*>Adresse électronique \(ou un téléphone\)<\/label>/);
    expect(html).toMatch(/<label for="inscription-phone"[^>]*>Téléphone \(ou une adresse électronique\)<\/label>/);
  });

  it('should offer from 1 to the event’s limit of places per registration', () => {
    const html = section(builtFile(OPEN));
    const options = [...html.matchAll(/<option value="(\d+)"/g)].map((m) => m[1]);
    expect(options).toEqual(['1', '2']);
  });

  it('should carry the hidden honeypot', () => {
    expect(section(builtFile(OPEN))).toMatch(/<input id="inscription-website" name="website" type="text" tabindex="-1" autocomplete="off"/);
  });

  it('should tell the places left', () => {
    expect(section(builtFile(OPEN))).toContain('3 places restantes');
  });

  it('should tell the places left in Breton and English too', () => {
    expect(section(builtFile(`/en${OPEN}`))).toContain('3 places left');
    expect(section(builtFile(`/br${OPEN}`))).toContain('3 lec&#39;h a chom');
  });
});

describe('the registration states of an event page', () => {
  it('should offer the waiting list when the event is full', () => {
    const html = section(builtFile(FULL));
    expect(html).toContain("Complet : inscription sur liste d'attente".replace("'", '&#39;'));
    expect(html).toMatch(FORM);
    expect(html).toMatch(/<button type="submit"[^>]*>S&#39;inscrire sur la liste d&#39;attente<\/button>/);
  });

  it('should say « Inscriptions closes » without a form past the closing date', () => {
    const html = section(builtFile(CLOSED));
    expect(html).toContain('Inscriptions closes');
    expect(html).not.toContain('<form');
  });

  it.each([
    ['cancelled', CANCELLED],
    ['registering elsewhere', ELSEWHERE],
    ['from a snapshot without the registration fields', NO_FIELDS],
  ])('should show no registration section for an event %s', (_, path) => {
    const html = builtFile(path);
    expect(html).not.toContain('id="inscription"');
    expect(html).not.toContain('/api/inscriptions/demandes');
  });
});

describe('the registration confirmation page', () => {
  it.each([
    ['/calendrier/inscription/confirmation/', 'Demande reçue : vérifiez votre boîte mail'],
    ['/br/calendrier/inscription/confirmation/', 'Goulenn resevet : sellit ouzh ho poest-lizheroù'],
    ['/en/calendrier/inscription/confirmation/', 'Request received: check your mailbox'],
  ])('should be built at %s', (path, title) => {
    expect(builtFile(path)).toMatch(new RegExp(`<h1[^>]*>${title}</h1>`));
  });

  it('should be kept out of search engines', () => {
    expect(builtFile('/calendrier/inscription/confirmation/')).toContain('<meta name="robots" content="noindex">');
  });
});

describe('the calendar list and its filters', () => {
  /** The list item of an event on the calendar page (its opening tag holds the filters' keys). */
  const itemOf = (slug: string) =>
    builtFile('/calendrier/')
      .split('<li class="event"')
      .find((item) => item.includes(`/${slug}/`)) ?? '';

  it('should mark an event with places left as « places disponibles » for the filter', () => {
    expect(itemOf('arnaques-sms-mails-portsall')).toMatch(/^[^>]* data-places="disponibles"/);
  });

  it('should say « Complet » on a full event and leave it out of « places disponibles »', () => {
    const item = itemOf('atelier-photo-smartphone-crozon');
    expect(item).toMatch(/<strong class="status status-complet"[^>]*>Complet<\/strong>/);
    expect(item).not.toContain('data-places="disponibles"');
  });

  it('should offer the « places disponibles » filter', () => {
    expect(builtFile('/calendrier/')).toMatch(
      /<select id="filtre-places" name="places"[^>]*>[\s\S]*?<option value="disponibles"[^>]*>Places disponibles<\/option>/,
    );
  });
});
