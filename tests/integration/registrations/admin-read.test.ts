import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UIDS } from '@reseau-epn/platform';
import { getCms, type TestCms } from '../../helpers/cms';
import { createPerson, type Person } from '../../helpers/people';
import { createEvent, newVisitor, person, postJson, REGISTER, registrationsOf, removeEvent, uniqueEmail, type TestEvent } from './helpers';

// Who reads registrations in the admin: an Animateur those of events held in the spaces of their
// team (an atelier's or a formation's place), a Technicien and a Modérateur all. Nobody creates
// one in the Content Manager: the team enters them through the event's « Inscriptions » panel,
// which goes through the seat count (admin-entry.test.ts).
const LIST = `/content-manager/collection-types/${UIDS.inscription}?page=1&pageSize=100`;

let cms: TestCms;
let animateur: Person;
let technicien: Person;
let atelierInTeam: TestEvent;
let formationInTeam: TestEvent;
let atelierElsewhere: TestEvent;

async function registerOne(event: TestEvent): Promise<string> {
  const answer = await postJson(cms, REGISTER, person(event, uniqueEmail('lecture')), newVisitor());
  expect(answer.status).toBe(201);
  const [row] = await registrationsOf(cms, event);
  return row.documentId as string;
}

async function listed(who: Person): Promise<string[]> {
  const response = await cms.request(LIST, { token: who.adminToken });
  expect(response.status).toBe(200);
  return response.body.results.map((r: { documentId: string }) => r.documentId);
}

let ids: Record<'atelierInTeam' | 'formationInTeam' | 'atelierElsewhere', string>;

beforeAll(async () => {
  cms = await getCms();
  [animateur, technicien] = await Promise.all([createPerson(cms, 'animateur'), createPerson(cms, 'technicien')]);
  atelierInTeam = await createEvent(cms);
  formationInTeam = await createEvent(cms, {}, 'formation');
  atelierElsewhere = await createEvent(cms);
  for (const event of [atelierInTeam, formationInTeam]) {
    await cms.strapi
      .documents(UIDS.espace)
      .update({ documentId: event.spaceId, locale: 'fr', data: { team: [{ member: animateur.adminId, notifyFiches: false }] } });
  }
  ids = {
    atelierInTeam: await registerOne(atelierInTeam),
    formationInTeam: await registerOne(formationInTeam),
    atelierElsewhere: await registerOne(atelierElsewhere),
  };
});

afterAll(async () => {
  for (const event of [atelierInTeam, formationInTeam, atelierElsewhere]) await removeEvent(cms, event);
  for (const who of [animateur, technicien]) {
    await cms.strapi.db.query(UIDS.adminUser).delete({ where: { id: who.adminId } });
    await cms.strapi.db.query(UIDS.user).delete({ where: { email: who.email } });
  }
});

describe('registrations in the admin', () => {
  it("should list to an Animateur the registrations of their team's spaces' ateliers and formations only", async () => {
    const seen = await listed(animateur);

    expect(seen).toEqual(expect.arrayContaining([ids.atelierInTeam, ids.formationInTeam]));
    expect(seen).not.toContain(ids.atelierElsewhere);
  });

  it("should refuse an Animateur a registration of another space's atelier", async () => {
    const response = await cms.request(`/content-manager/collection-types/${UIDS.inscription}/${ids.atelierElsewhere}`, { token: animateur.adminToken });

    expect(response.status).toBe(403);
  });

  it('should list every registration to a Technicien', async () => {
    expect(await listed(technicien)).toEqual(expect.arrayContaining(Object.values(ids)));
  });

  it('should let nobody of the network create a registration in the admin', async () => {
    const response = await cms.request(`/content-manager/collection-types/${UIDS.inscription}`, {
      method: 'POST',
      token: technicien.adminToken,
      body: { name: 'Saisie admin', email: uniqueEmail('admin'), places: 1, state: 'confirmee', atelier: atelierInTeam.documentId },
    });

    expect(response.status).toBe(403);
  });
});
