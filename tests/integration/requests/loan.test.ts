import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UIDS } from '@reseau-epn/platform';
import { getCms, type TestCms } from '../../helpers/cms';
import { createEspace, PRIVATE_CONTACT, sampleData } from '../../helpers/fixtures';
import { newVisitor, postForm, postJson, uniqueEmail } from './helpers';

let cms: TestCms;
let spaceId: string;
let equipmentId: string;
let atelierId: string;
let acceptedId: string;

const request = (email: string, extra: Record<string, string> = {}) => ({
  locale: 'fr',
  equipment: equipmentId,
  space: spaceId,
  name: 'Gwenn Emprunteuse',
  email,
  startDate: '2030-03-10',
  endDate: '2030-03-12',
  ...extra,
});
const loansOf = (email: string) =>
  cms.strapi.db.query(UIDS.pret).findMany({ where: { requester: { email } }, populate: ['requester', 'atelier', 'equipment'] });

beforeAll(async () => {
  cms = await getCms();
  spaceId = (await createEspace(cms.strapi)).documentId;
  equipmentId = (await cms.strapi.documents(UIDS.equipement).create({ data: { ...sampleData(UIDS.equipement), lendingPoint: spaceId } })).documentId;
  atelierId = (await cms.strapi.documents(UIDS.atelier).create({ locale: 'fr', status: 'published', data: sampleData(UIDS.atelier) })).documentId;
  // A loan already accepted, 2030-03-01 → 2030-03-05: created as a request, then decided.
  acceptedId = (
    await cms.strapi.documents(UIDS.pret).create({
      data: { ...sampleData(UIDS.pret), equipment: equipmentId, startDate: '2030-03-01', endDate: '2030-03-05', requester: { ...PRIVATE_CONTACT } },
    })
  ).documentId;
  await cms.strapi.db.query(UIDS.pret).update({ where: { documentId: acceptedId }, data: { state: 'accepte' } });
});

afterAll(async () => {
  const loans = await cms.strapi.db.query(UIDS.pret).findMany({ where: { equipment: { documentId: equipmentId } } });
  for (const loan of loans) await cms.strapi.documents(UIDS.pret).delete({ documentId: loan.documentId });
  await cms.strapi.documents(UIDS.equipement).delete({ documentId: equipmentId });
  await cms.strapi.documents(UIDS.atelier).delete({ documentId: atelierId });
  await cms.strapi.documents(UIDS.espace).delete({ documentId: spaceId });
});

describe('the loan request form', () => {
  it('should create a loan in state demande, tied to an atelier, its requester kept', async () => {
    const email = uniqueEmail('pret');
    const answer = await postJson(cms, '/api/prets/demandes', request(email, { event: `atelier:${atelierId}`, phone: '0298000000' }), newVisitor());
    const [loan] = await loansOf(email);
    expect(answer.status).toBe(201);
    expect(answer.body.data).toEqual({ reference: loan.reference, state: 'demande' });
    expect(loan).toMatchObject({ state: 'demande', startDate: '2030-03-10', endDate: '2030-03-12', requester: { name: 'Gwenn Emprunteuse', email } });
    expect(loan.atelier.documentId).toBe(atelierId);
    expect(loan.equipment.documentId).toBe(equipmentId);
  });

  it('should send a browser without JavaScript to the confirmation page with a 303', async () => {
    const email = uniqueEmail('pret-form');
    const answer = await postForm(cms, '/api/prets/demandes', request(email, { locale: 'en', startDate: '2030-04-01', endDate: '2030-04-02' }), newVisitor());
    expect(answer.status).toBe(303);
    expect(answer.location).toBe('http://localhost:4321/en/materiel/confirmation/');
    expect(await loansOf(email)).toHaveLength(1);
  });

  it('should mail the requester a receipt', async () => {
    const email = uniqueEmail('pret-mail');
    const answer = await postJson(cms, '/api/prets/demandes', request(email, { startDate: '2030-05-01', endDate: '2030-05-02' }), newVisitor());
    const [mail] = await cms.inbox.waitForTo(email);
    expect(mail!.subject).toBe(`Demande de prêt ${answer.body.data.reference} reçue`);
  });

  it('should refuse at once, with 409 and a French message, dates overlapping an accepted loan', async () => {
    const email = uniqueEmail('pret-chevauche');
    const answer = await postJson(cms, '/api/prets/demandes', request(email, { startDate: '2030-03-05', endDate: '2030-03-07' }), newVisitor());
    expect(answer.status).toBe(409);
    expect(answer.body.error.message).toMatch(/est déjà prêté du 2030-03-01 au 2030-03-05 : ces dates se chevauchent/);
    expect(await loansOf(email)).toHaveLength(0);
  });

  it('should answer 400 naming each wrong field, and write nothing', async () => {
    const email = uniqueEmail('pret-400');
    const answer = await postJson(cms, '/api/prets/demandes', request(email, { email: 'non', startDate: '2030-02-30', event: 'concert:1' }), newVisitor());
    const paths = answer.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'));
    expect(answer.status).toBe(400);
    expect(paths.sort()).toEqual(['email', 'event', 'startDate']);
  });

  it('should refuse an end before the start', async () => {
    const answer = await postJson(
      cms,
      '/api/prets/demandes',
      request(uniqueEmail('pret-ordre'), { startDate: '2030-06-05', endDate: '2030-06-01' }),
      newVisitor(),
    );
    expect(answer.status).toBe(400);
    expect(answer.body.error.details.errors[0].path).toEqual(['endDate']);
  });

  it('should refuse an unknown item', async () => {
    const answer = await postJson(cms, '/api/prets/demandes', request(uniqueEmail('pret-inconnu'), { equipment: 'inconnu42' }), newVisitor());
    expect(answer.status).toBe(400);
    expect(answer.body.error.details.errors[0].path).toEqual(['equipment']);
  });

  it('should accept a filled honeypot like a success and create nothing', async () => {
    const email = uniqueEmail('pret-robot');
    const answer = await postForm(cms, '/api/prets/demandes', request(email, { website: 'x' }), newVisitor());
    expect(answer.status).toBe(303);
    expect(await loansOf(email)).toHaveLength(0);
  });
});

describe('the equipment catalogue', () => {
  it('should list each item with its lending point, its communauté de communes and its busy dates', async () => {
    const answer = await cms.request('/api/equipements/catalogue');
    const item = answer.body.data.find((i: { documentId: string }) => i.documentId === equipmentId);
    expect(answer.status).toBe(200);
    expect(item.lendingPoint).toMatchObject({ documentId: spaceId, commune: 'Brest', intercommunality: 'brest_metropole' });
    expect(item.busy).toContainEqual({ startDate: '2030-03-01', endDate: '2030-03-05' });
  });

  it('should not show a request that is not accepted as busy', async () => {
    const answer = await cms.request('/api/equipements/catalogue');
    const item = answer.body.data.find((i: { documentId: string }) => i.documentId === equipmentId);
    expect(item.busy).toEqual([{ startDate: '2030-03-01', endDate: '2030-03-05' }]);
  });

  it('should name no borrower, requester or loan reference', async () => {
    const answer = await fetch(`${cms.url}/api/equipements/catalogue`).then((r) => r.text());
    for (const secret of [PRIVATE_CONTACT.email, PRIVATE_CONTACT.name, PRIVATE_CONTACT.phone, 'PRET-', 'requester', 'Gwenn'])
      expect(answer).not.toContain(secret);
  });

  it('should keep the content API closed on loans', async () => {
    expect((await cms.request('/api/prets')).status).toBe(403);
  });
});
