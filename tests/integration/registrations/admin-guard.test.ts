import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { UIDS } from '@reseau-epn/platform';
import { getCms, type TestCms } from '../../helpers/cms';
import { createPerson, type Person } from '../../helpers/people';
import { adminPaths, createEvent, joinTeam, registrationsOf, removeEvent, removePeople, type TestEvent } from './helpers';

// The Content Manager may change what does not touch seats (attendance, a name, a phone, a need):
// seats, the state and the event change through the « Inscriptions » panel only.

let cms: TestCms;
let anna: Person;
const events: TestEvent[] = [];

beforeAll(async () => {
  cms = await getCms();
  anna = await createPerson(cms, 'animateur');
});

afterEach(async () => {
  for (const event of events.splice(0)) await removeEvent(cms, event);
});

afterAll(async () => {
  await removePeople(cms, [anna]);
});

const editPath = (documentId: string) => `/content-manager/collection-types/${UIDS.inscription}/${documentId}`;
const fieldsOf = (body: { error?: { details?: { errors?: { path: string[] }[] } } }) => body.error?.details?.errors?.map((e) => e.path.join('.'));

/** An atelier of Anna's team with one registration entered by the team; the registration's documentId. */
async function oneRegistration(): Promise<{ event: TestEvent; documentId: string }> {
  const event = await createEvent(cms, { capacity: 5 });
  events.push(event);
  await joinTeam(cms, event, [anna.adminId]);
  const answer = await cms.request(adminPaths.event(event), { method: 'POST', token: anna.adminToken, body: { name: 'Gardée', places: 1 } });
  expect(answer.status).toBe(201);
  return { event, documentId: answer.body.data.documentId };
}

/** What the Content Manager's edit view sends: the whole entry, relations unchanged. */
async function editViewBody(documentId: string, changes: Record<string, unknown>) {
  const current = await cms.request(editPath(documentId), { token: anna.adminToken });
  expect(current.status).toBe(200);
  const { name, phone, places, state, accessibilityNeed, attended, language } = current.body.data;
  return { name, phone, places, state, accessibilityNeed, attended, language, atelier: { connect: [], disconnect: [] }, ...changes };
}

describe('the Content Manager on registrations', () => {
  it.each([
    ['places', 3],
    ['state', 'annulee'],
  ])('should refuse a change of `%s` naming the field, changing nothing', async (field, value) => {
    const { event, documentId } = await oneRegistration();

    const answer = await cms.request(editPath(documentId), { method: 'PUT', token: anna.adminToken, body: await editViewBody(documentId, { [field]: value }) });

    expect(answer.status).toBe(400);
    expect(fieldsOf(answer.body)).toEqual([field]);
    expect((await registrationsOf(cms, event)).map((row: { places: number; state: string }) => [row.places, row.state])).toEqual([[1, 'confirmee']]);
  });

  it('should refuse moving a registration to another event, naming `atelier`', async () => {
    const { documentId } = await oneRegistration();
    const other = await createEvent(cms);
    events.push(other);

    const answer = await cms.request(editPath(documentId), {
      method: 'PUT',
      token: anna.adminToken,
      body: await editViewBody(documentId, { atelier: { connect: [{ documentId: other.documentId }], disconnect: [] } }),
    });

    expect(answer.status).toBe(400);
    expect(fieldsOf(answer.body)).toEqual(['atelier']);
  });

  it('should save attendance changed by the team', async () => {
    const { event, documentId } = await oneRegistration();

    const answer = await cms.request(editPath(documentId), { method: 'PUT', token: anna.adminToken, body: await editViewBody(documentId, { attended: true }) });

    expect(answer.status).toBe(200);
    expect((await registrationsOf(cms, event)).map((row: { attended: boolean }) => row.attended)).toEqual([true]);
  });

  it('should refuse a deletion by a Super Admin through the Document Service', async () => {
    const { event, documentId } = await oneRegistration();

    await expect(cms.strapi.documents(UIDS.inscription).delete({ documentId })).rejects.toThrow('panneau Inscriptions');
    expect(await registrationsOf(cms, event)).toHaveLength(1);
  });
});
