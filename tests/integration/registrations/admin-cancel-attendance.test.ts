import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';
import { createPerson, type Person } from '../../helpers/people';
import { adminPaths, createEvent, joinTeam, registrationsOf, removeEvent, removePeople, uniqueEmail, type TestEvent } from './helpers';

// Cancellation and attendance by the team: Anna is an Animateur of the space where each atelier
// is held, Bob an Animateur of another space's team, Théo a Technicien.

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

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

async function annasAtelier(data: Record<string, unknown> = {}): Promise<TestEvent> {
  const event = await createEvent(cms, { title: 'Atelier de l’équipe', capacity: 1, ...data });
  events.push(event);
  await joinTeam(cms, event, [anna.adminId]);
  return event;
}

/** An atelier that started an hour ago and ends in an hour. */
const startedAtelier = () => annasAtelier({ startsAt: hoursFromNow(-1), endsAt: hoursFromNow(1) });

async function enter(event: TestEvent, body: Record<string, unknown>): Promise<string> {
  const answer = await cms.request(adminPaths.event(event), { method: 'POST', token: anna.adminToken, body: { places: 1, ...body } });
  expect(answer.status).toBe(201);
  return answer.body.data.documentId as string;
}

const mark = (event: TestEvent, who: Person, documentId: string, attended: boolean | null) =>
  cms.request(adminPaths.attendance(event), { method: 'POST', token: who.adminToken, body: { attendance: [{ documentId, attended }] } });

const fieldsOf = (body: { error?: { details?: { errors?: { path: string[] }[] } } }) => body.error?.details?.errors?.map((e) => e.path.join('.'));
const stateOf = async (event: TestEvent, documentId: string) =>
  (await registrationsOf(cms, event)).find((row: { documentId: string }) => row.documentId === documentId)?.state;

describe('a cancellation by the team', () => {
  it('should cancel the registration and move the first waiting person up', async () => {
    const event = await annasAtelier();
    const seated = await enter(event, { name: 'Assise' });
    const waiting = await enter(event, { name: 'En attente', email: uniqueEmail('attente') });

    const answer = await cms.request(adminPaths.cancel(seated), { method: 'POST', token: anna.adminToken });

    expect(answer.status).toBe(200);
    expect([await stateOf(event, seated), await stateOf(event, waiting)]).toEqual(['annulee', 'confirmee']);
  });

  it('should mail the person moved up', async () => {
    const event = await annasAtelier();
    const seated = await enter(event, { name: 'Assise' });
    const email = uniqueEmail('montee');
    await enter(event, { name: 'En attente', email });

    await cms.request(adminPaths.cancel(seated), { method: 'POST', token: anna.adminToken });

    const mail = await cms.inbox.waitForMatch(
      (m) => m.to !== undefined && JSON.stringify(m.to).includes(email) && m.subject === 'Une place s’est libérée : Atelier de l’équipe',
    );
    expect(mail.attachments.map((a) => a.contentType)).toContain('text/calendar');
  });

  it('should mail the cancelled registrant who has an address', async () => {
    const event = await annasAtelier();
    const email = uniqueEmail('annulee');
    const seated = await enter(event, { name: 'Assise', email });

    await cms.request(adminPaths.cancel(seated), { method: 'POST', token: anna.adminToken });

    const mail = await cms.inbox.waitForMatch((m) => JSON.stringify(m.to).includes(email) && m.subject === 'Inscription annulée : Atelier de l’équipe');
    expect(mail.subject).toBe('Inscription annulée : Atelier de l’équipe');
  });

  it('should refuse an Animateur of another space, cancelling nothing', async () => {
    const event = await annasAtelier();
    const seated = await enter(event, { name: 'Assise' });

    const answer = await cms.request(adminPaths.cancel(seated), { method: 'POST', token: bob.adminToken });

    expect(answer.status).toBe(403);
    expect(await stateOf(event, seated)).toBe('confirmee');
  });

  it('should let a Technicien cancel', async () => {
    const event = await annasAtelier();
    const seated = await enter(event, { name: 'Assise' });

    const answer = await cms.request(adminPaths.cancel(seated), { method: 'POST', token: theo.adminToken });

    expect(answer.status).toBe(200);
  });
});

describe('attendance', () => {
  it('should be saved once the event has started', async () => {
    const event = await startedAtelier();
    const seated = await enter(event, { name: 'Présente' });

    const answer = await mark(event, anna, seated, true);

    expect(answer.status).toBe(200);
    expect((await registrationsOf(cms, event)).map((row: { attended: boolean | null }) => row.attended)).toEqual([true]);
  });

  it('should be refused before the event starts, naming `event`', async () => {
    const event = await annasAtelier();
    const seated = await enter(event, { name: 'Trop tôt' });

    const answer = await mark(event, anna, seated, true);

    expect(answer.status).toBe(400);
    expect(fieldsOf(answer.body)).toEqual(['event']);
    expect((await registrationsOf(cms, event)).map((row: { attended: boolean | null }) => row.attended)).toEqual([null]);
  });

  it('should be refused for a waiting registration, naming `attended`', async () => {
    const event = await startedAtelier();
    await enter(event, { name: 'Assise' });
    const waiting = await enter(event, { name: 'En attente' });

    const answer = await mark(event, anna, waiting, true);

    expect(answer.status).toBe(400);
    expect(fieldsOf(answer.body)).toEqual(['attendance.0.attended']);
  });

  it('should be refused to an Animateur of another space', async () => {
    const event = await startedAtelier();
    const seated = await enter(event, { name: 'Présente' });

    const answer = await mark(event, bob, seated, true);

    expect(answer.status).toBe(403);
  });

  it('should let a Technicien mark it', async () => {
    const event = await startedAtelier();
    const seated = await enter(event, { name: 'Présente' });

    const answer = await mark(event, theo, seated, false);

    expect(answer.status).toBe(200);
  });
});
