import { beforeAll, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';
import { createEspace, sampleData } from '../../helpers/fixtures';
import { createPerson, type Person } from '../../helpers/people';
import type { Inbox } from '../../helpers/smtp';
import { fire, sample, setCreator } from './helpers';
import { UIDS } from '@reseau-epn/platform';

const PRET = UIDS.pret;
let cms: TestCms;
let borrower: Person;
let technicien: Person;
let moderator: Person;
let spaceId: string;
let inbox: Inbox;

beforeAll(async () => {
  cms = await getCms();
  [borrower, technicien, moderator] = await Promise.all([createPerson(cms, 'animateur'), createPerson(cms, 'technicien'), createPerson(cms, 'moderateur')]);
  spaceId = (await createEspace(cms.strapi)).documentId;
  inbox = cms.inbox;
});

async function newEquipment(): Promise<string> {
  return (await cms.strapi.documents(UIDS.equipement).create({ data: sample(UIDS.equipement) })).documentId;
}

async function newLoan(equipment: string, startDate: string, endDate: string, email = 'emprunteur@secret.example'): Promise<string> {
  const doc = await cms.strapi.documents(PRET).create({
    data: { ...sampleData(PRET), equipment, borrowingSpace: spaceId, startDate, endDate, requester: { name: 'Emprunteur', email } },
  } as never);
  await setCreator(cms, PRET, doc.documentId, borrower.adminId);
  return doc.documentId;
}

describe('equipment loans', () => {
  it('should lend, hand over and take back an item, telling the borrower it is accepted', async () => {
    const item = await newEquipment();
    const loan = await newLoan(item, '2027-01-04', '2027-01-08', 'accepte@secret.example');

    const states = [];
    for (const name of ['accepter', 'remettre', 'rendre']) states.push((await fire(cms, technicien.jwt, PRET, loan, name)).body.data.state);

    expect(states).toEqual(['accepte', 'en_cours', 'rendu']);
    const mail = await inbox.waitForMatch((m) => Boolean(m.subject?.includes('accepté') && m.text?.includes('2027-01-04')));
    expect(mail?.to).toMatchObject({ text: 'accepte@secret.example' });
  });

  it('should refuse accepting a loan that overlaps an accepted one on the same item, with a 409', async () => {
    const item = await newEquipment();
    const first = await newLoan(item, '2027-02-01', '2027-02-10');
    const second = await newLoan(item, '2027-02-10', '2027-02-12');
    await fire(cms, technicien.jwt, PRET, first, 'accepter');

    const response = await fire(cms, technicien.jwt, PRET, second, 'accepter');

    expect(response.status).toBe(409);
    expect(response.body.error.message).toContain('chevauchent');
    expect((await cms.strapi.documents(PRET).findOne({ documentId: second }))!.state).toBe('demande');
  });

  it('should accept loans of the same item on dates that do not overlap', async () => {
    const item = await newEquipment();
    const first = await newLoan(item, '2027-03-01', '2027-03-05');
    const second = await newLoan(item, '2027-03-06', '2027-03-08');

    const responses = [await fire(cms, technicien.jwt, PRET, first, 'accepter'), await fire(cms, technicien.jwt, PRET, second, 'accepter')];

    expect(responses.map((r) => r.status)).toEqual([200, 200]);
  });

  it('should require a reason to refuse, and let the borrower cancel their own request', async () => {
    const item = await newEquipment();
    const refused = await newLoan(item, '2027-04-01', '2027-04-02');
    const cancelled = await newLoan(item, '2027-04-03', '2027-04-04');

    const withoutReason = await fire(cms, technicien.jwt, PRET, refused, 'refuser');
    const withReason = await fire(cms, technicien.jwt, PRET, refused, 'refuser', 'Le vidéoprojecteur part en réparation');
    const cancel = await fire(cms, borrower.jwt, PRET, cancelled, 'annuler');
    const borrowerAccepts = await fire(cms, borrower.jwt, PRET, cancelled, 'accepter');

    expect([withoutReason.status, withReason.body.data.state, cancel.body.data.state]).toEqual([400, 'refuse', 'annule']);
    expect(borrowerAccepts.status).toBe(400);
  });

  it('should send the borrower of an overdue loan a reminder, and list it on the dashboard', async () => {
    const item = await newEquipment();
    const loan = await newLoan(item, '2026-01-05', '2026-01-09', 'retard@secret.example');
    await fire(cms, technicien.jwt, PRET, loan, 'accepter');
    await fire(cms, technicien.jwt, PRET, loan, 'remettre');

    const sent = await cms.strapi.plugin('workflow').service('overdue-reminders').run();
    const dashboard = await cms.request('/workflow/dashboard', { token: moderator.adminToken });

    expect(sent).toBeGreaterThanOrEqual(1);
    const reminder = await inbox.waitForMatch((m) => Boolean(m.subject?.includes('en retard')) && (m.to as { text: string }).text === 'retard@secret.example');
    expect(reminder.text).toContain('2026-01-09');
    expect(dashboard.body.data.loans.overdue.map((l: { documentId: string }) => l.documentId)).toContain(loan);
  });
});
