import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';
import { createEvent, newVisitor, person, postForm, postJson, REGISTER, registrationsOf, removeEvent, uniqueEmail, type TestEvent } from './helpers';

let cms: TestCms;
let open: TestEvent;
let closed: TestEvent;
let cancelled: TestEvent;

beforeAll(async () => {
  cms = await getCms();
  open = await createEvent(cms, { title: 'Premiers pas sur tablette', registrationLimit: 3 });
  closed = await createEvent(cms, { registrationsOpen: false });
  cancelled = await createEvent(cms, { eventStatus: 'annule' }, 'formation');
});

afterAll(async () => {
  for (const event of [open, closed, cancelled]) await removeEvent(cms, event);
});

const fieldsNamed = (body: { error: { details: { errors: { path: string[] }[] } } }) => body.error.details.errors.map((e) => e.path[0]);

describe('registering for an event', () => {
  it('should answer an API client 201 and record a confirmed registration', async () => {
    const email = uniqueEmail('json');
    const answer = await postJson(cms, REGISTER, person(open, email, { places: '2', accessibilityNeed: 'Fauteuil roulant' }), newVisitor());
    const rows = await registrationsOf(cms, open);
    expect(answer).toMatchObject({ status: 201, body: { data: { received: true } } });
    expect(rows.find((row: { email: string }) => row.email === email)).toMatchObject({
      state: 'confirmee',
      places: 2,
      language: 'fr',
      accessibilityNeed: 'Fauteuil roulant',
    });
  });

  it('should send a browser’s form post to the confirmation page of its language with a 303', async () => {
    const answer = await postForm(cms, REGISTER, person(open, uniqueEmail('form'), { locale: 'br' }), newVisitor());
    expect([answer.status, answer.location]).toEqual([303, 'http://localhost:4321/br/calendrier/inscription/confirmation/']);
  });

  it('should take a registration by phone alone', async () => {
    const answer = await postJson(cms, REGISTER, person(open, '', { phone: '06 12 34 56 78', name: 'Sans Courriel' }), newVisitor());
    const rows = await registrationsOf(cms, open);
    expect(answer.status).toBe(201);
    expect(rows.filter((row: { phone: string }) => row.phone === '06 12 34 56 78')).toHaveLength(1);
  });

  it('should give the same answer for an address already registered, without adding places', async () => {
    const email = uniqueEmail('twice');
    const first = await postJson(cms, REGISTER, person(open, email), newVisitor());
    const second = await postJson(cms, REGISTER, person(open, email, { places: '3' }), newVisitor());
    const mine = (await registrationsOf(cms, open)).filter((row: { email: string }) => row.email === email);
    expect(second).toEqual(first);
    expect(mine.map((row: { places: number }) => row.places)).toEqual([1]);
  });

  it('should tell the owner of a known address by mail that nothing changed', async () => {
    const email = uniqueEmail('known');
    await postJson(cms, REGISTER, person(open, email), newVisitor());
    await postJson(cms, REGISTER, person(open, email, { locale: 'en' }), newVisitor());
    const mails = await cms.inbox.waitForTo(email, 2);
    expect(mails.map((mail) => mail.subject).sort()).toEqual([
      'Inscription confirmée : Premiers pas sur tablette',
      'You are already registered: Premiers pas sur tablette',
    ]);
  });

  it('should mail a confirmation with the event as a parseable .ics in Europe/Paris', async () => {
    const email = uniqueEmail('ics');
    await postJson(cms, REGISTER, person(open, email), newVisitor());
    const [mail] = await cms.inbox.waitForTo(email);
    const ics = mail!.attachments.find((file) => file.contentType.startsWith('text/calendar'))!;
    const calendar = new ICAL.Component(ICAL.parse(ics.content.toString('utf8')));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Paris');
    expect(events[0]!.getFirstPropertyValue('summary')).toBe('Premiers pas sur tablette');
    expect(events[0]!.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Paris');
    expect(events[0]!.getFirstPropertyValue('uid')).toBe(`${open.documentId}@reseau-epn`);
  });

  it('should put the personal cancel link in the confirmation mail', async () => {
    const email = uniqueEmail('link');
    await postJson(cms, REGISTER, person(open, email), newVisitor());
    const [mail] = await cms.inbox.waitForTo(email);
    expect(mail!.text).toMatch(/\/api\/inscriptions\/annulation\?token=[A-Za-z0-9._-]+&lang=fr/);
  });

  it('should accept a filled honeypot like a success and record nothing', async () => {
    const email = uniqueEmail('robot');
    const answer = await postJson(cms, REGISTER, person(open, email, { website: 'http://spam.example' }), newVisitor());
    const rows = await registrationsOf(cms, open);
    expect(answer.status).toBe(201);
    expect(rows.filter((row: { email: string }) => row.email === email)).toHaveLength(0);
  });
});

describe('refusing a registration', () => {
  it('should name email and phone when neither is given', async () => {
    const answer = await postJson(cms, REGISTER, person(open, ''), newVisitor());
    expect(answer.status).toBe(400);
    expect(fieldsNamed(answer.body)).toEqual(['email', 'phone']);
  });

  it('should name places beyond the event’s limit per registration', async () => {
    const answer = await postJson(cms, REGISTER, person(open, uniqueEmail('many'), { places: '4' }), newVisitor());
    expect(answer.status).toBe(400);
    expect(fieldsNamed(answer.body)).toEqual(['places']);
  });

  it('should name the event when its registrations are closed', async () => {
    const answer = await postJson(cms, REGISTER, person(closed, uniqueEmail('closed')), newVisitor());
    expect([answer.status, fieldsNamed(answer.body)]).toEqual([400, ['event']]);
  });

  it('should name the event when it is cancelled', async () => {
    const answer = await postJson(cms, REGISTER, person(cancelled, uniqueEmail('cancelled')), newVisitor());
    expect([answer.status, fieldsNamed(answer.body)]).toEqual([400, ['event']]);
  });

  it('should record nothing when refused', async () => {
    await postJson(cms, REGISTER, person(closed, uniqueEmail('closed')), newVisitor());
    expect(await registrationsOf(cms, closed)).toEqual([]);
  });

  it('should answer a form post with a page linking each field of the event page’s form', async () => {
    const answer = await postForm(cms, REGISTER, person(open, '', { places: '9' }), newVisitor());
    expect(answer.status).toBe(400);
    expect(answer.text).toContain('href="http://localhost:4321/calendrier/#inscription-email"');
    expect(answer.text).toContain('href="http://localhost:4321/calendrier/#inscription-phone"');
  });

  it('should link the refused places to the event page’s form', async () => {
    const answer = await postForm(cms, REGISTER, person(open, uniqueEmail('page'), { places: '9' }), newVisitor());
    expect(answer.text).toContain(`href="http://localhost:4321/calendrier/ateliers/${open.slug}/#inscription-places"`);
  });

  it('should answer 429 once an address has posted too often', async () => {
    const visitor = newVisitor();
    const statuses: number[] = [];
    for (let i = 0; i < 11; i += 1) statuses.push((await postJson(cms, REGISTER, person(closed, uniqueEmail('flood')), visitor)).status);
    expect(statuses.slice(-2)).toEqual([400, 429]);
  });
});
