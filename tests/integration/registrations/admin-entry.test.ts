import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';
import { createPerson, type Person } from '../../helpers/people';
import { adminPaths, cancelPathIn, createEvent, eventRows, joinTeam, registrationsOf, removeEvent, removePeople, uniqueEmail, type TestEvent } from './helpers';

// Registrations entered by the team in the admin (« Inscriptions » panel): Anna is an Animateur of
// the space where each atelier is held, Bob an Animateur of no team of theirs, Théo a Technicien.

let cms: TestCms;
let anna: Person;
let bob: Person;
let theo: Person;
const events: TestEvent[] = [];

beforeAll(async () => {
  cms = await getCms();
  [anna, bob, theo] = await Promise.all([createPerson(cms, 'animateur'), createPerson(cms, 'animateur'), createPerson(cms, 'technicien')]);
});

afterEach(async () => {
  for (const event of events.splice(0)) await removeEvent(cms, event);
});

afterAll(async () => {
  await removePeople(cms, [anna, bob, theo]);
});

/** An atelier of Anna's team's space, closed on the site (the team enters registrations anyway). */
async function annasAtelier(data: Record<string, unknown> = {}): Promise<TestEvent> {
  const event = await createEvent(cms, { title: 'Atelier saisi', capacity: 3, registrationsOpen: false, ...data });
  events.push(event);
  await joinTeam(cms, event, [anna.adminId]);
  return event;
}

const enter = (event: TestEvent, who: Person, body: Record<string, unknown>) =>
  cms.request(adminPaths.event(event), { method: 'POST', token: who.adminToken, body });

const fieldsOf = (body: { error?: { details?: { errors?: { path: string[] }[] } } }) => body.error?.details?.errors?.map((e) => e.path.join('.'));

describe('a registration entered by the team', () => {
  it('should confirm it while seats remain, even with the site’s form closed', async () => {
    const event = await annasAtelier();

    const answer = await enter(event, anna, { name: 'Yvonne au guichet', places: 2 });

    expect(answer.status).toBe(201);
    expect(answer.body.data).toMatchObject({ name: 'Yvonne au guichet', places: 2, state: 'confirmee', email: null });
    expect((await registrationsOf(cms, event)).map((row: { state: string }) => row.state)).toEqual(['confirmee']);
  });

  it('should put it on the waiting list when the event is full', async () => {
    const event = await annasAtelier();
    await enter(event, anna, { name: 'Première', places: 3 });

    const answer = await enter(event, anna, { name: 'Seconde', phone: '02 98 00 00 00', places: 1 });

    expect(answer.status).toBe(201);
    expect(answer.body.data).toMatchObject({ state: 'en_attente', waitingPosition: 1 });
  });

  it('should keep seatsLeft and « complet » in step with the seats', async () => {
    const event = await annasAtelier({ registrationsOpen: true });

    await enter(event, anna, { name: 'Toute la famille', places: 3 });

    const rows = await eventRows(cms, event);
    expect(rows.map((row: { seatsLeft: number; eventStatus: string }) => [row.seatsLeft, row.eventStatus])).toEqual([
      [0, 'complet'],
      [0, 'complet'],
    ]);
  });

  it('should mail a registrant with an address the confirmation with the .ics and a cancel link', async () => {
    const event = await annasAtelier();
    const email = uniqueEmail('saisie');

    await enter(event, anna, { name: 'Par téléphone', email, places: 1 });

    const [mail] = await cms.inbox.waitForTo(email);
    expect(mail!.subject).toBe('Inscription confirmée : Atelier saisi');
    expect(cancelPathIn(mail!)).toContain('lang=fr');
    expect(mail!.attachments.map((a) => a.contentType)).toContain('text/calendar');
  });

  it('should mail nothing for a registrant with a phone only', async () => {
    const event = await annasAtelier();
    const name = `Téléphone seul ${uniqueEmail('nom')}`;
    const after = uniqueEmail('apres');

    await enter(event, anna, { name, phone: '06 12 34 56 78', places: 1 });
    // A later registration's mail arrives: any mail for the first would have been queued before it.
    await enter(event, anna, { name: 'Après', email: after, places: 1 });
    await cms.inbox.waitForTo(after);

    expect(cms.inbox.messages.filter((mail) => (mail.text ?? '').includes(name))).toEqual([]);
  });

  it('should let a Technicien enter one', async () => {
    const event = await annasAtelier();

    const answer = await enter(event, theo, { name: 'Saisie technicien', places: 1 });

    expect(answer.status).toBe(201);
  });

  it('should refuse an Animateur of another space, writing nothing', async () => {
    const event = await annasAtelier();

    const answer = await enter(event, bob, { name: 'Intrus', places: 1 });

    expect(answer.status).toBe(403);
    expect(await registrationsOf(cms, event)).toEqual([]);
  });

  it('should refuse a cancelled event naming `event`', async () => {
    const event = await annasAtelier({ eventStatus: 'annule' });

    const answer = await enter(event, anna, { name: 'Trop tard', places: 1 });

    expect(answer.status).toBe(400);
    expect(fieldsOf(answer.body)).toEqual(['event']);
  });

  it('should refuse an event that has ended naming `event`', async () => {
    const event = await annasAtelier({ startsAt: new Date(Date.now() - 7_200_000).toISOString(), endsAt: new Date(Date.now() - 3_600_000).toISOString() });

    const answer = await enter(event, anna, { name: 'Trop tard', places: 1 });

    expect(answer.status).toBe(400);
    expect(fieldsOf(answer.body)).toEqual(['event']);
  });

  it.each([
    ['places', { name: 'Zéro', places: 0 }],
    ['places', { name: 'Beaucoup', places: 999 }],
    ['name', { places: 1 }],
    ['email', { name: 'Mauvaise adresse', email: 'pas-une-adresse', places: 1 }],
  ])('should refuse bad input naming `%s`, writing nothing', async (field, body) => {
    const event = await annasAtelier();

    const answer = await enter(event, anna, body);

    expect(answer.status).toBe(400);
    expect(fieldsOf(answer.body)).toEqual([field]);
    expect(await registrationsOf(cms, event)).toEqual([]);
  });
});

describe('the panel’s list', () => {
  it('should list the event’s registrations to its team, with counts and the right to write', async () => {
    const event = await annasAtelier();
    await enter(event, anna, { name: 'Listée', places: 2, accessibilityNeed: 'fauteuil' });

    const answer = await cms.request(adminPaths.event(event), { token: anna.adminToken });

    expect(answer.status).toBe(200);
    expect(answer.body.data).toMatchObject({
      canWrite: true,
      counts: { capacity: 3, confirmedPlaces: 2, waitingPlaces: 0, waitingRegistrations: 0, started: false, closed: false },
      registrations: [{ name: 'Listée', places: 2, state: 'confirmee', accessibilityNeed: 'fauteuil', attended: null, waitingPosition: null }],
    });
  });

  it('should refuse the list to an Animateur of another space', async () => {
    const event = await annasAtelier();

    const answer = await cms.request(adminPaths.event(event), { token: bob.adminToken });

    expect(answer.status).toBe(403);
  });
});
