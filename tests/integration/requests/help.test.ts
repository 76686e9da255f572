import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UIDS } from '@reseau-epn/platform';
import { getCms, type TestCms } from '../../helpers/cms';
import { createEspace } from '../../helpers/fixtures';
import { createTechnician, type Technician } from './helpers';
import { newVisitor, postForm, postJson, trackingPathIn, uniqueEmail } from './helpers';

let cms: TestCms;
let technician: Technician;
let spaceId: string;
const created: string[] = [];

const fields = (email: string, extra: Record<string, string> = {}) => ({
  locale: 'fr',
  space: spaceId,
  name: 'Yann Demandeur',
  email,
  phone: '02 98 11 22 33',
  description: 'L’imprimante du fond ne répond plus.\nElle clignote en orange.',
  machine: 'Imprimante HP du fond',
  urgency: 'haute',
  website: '',
  ...extra,
});

const interventionsOf = (email: string) =>
  cms.strapi.db.query(UIDS.intervention).findMany({ where: { requester: { email } }, populate: ['requester', 'space'] });

beforeAll(async () => {
  cms = await getCms();
  technician = await createTechnician(cms);
  spaceId = (await createEspace(cms.strapi)).documentId;
});

afterAll(async () => {
  for (const documentId of created) await cms.strapi.documents(UIDS.intervention).delete({ documentId });
  await cms.strapi.documents(UIDS.espace).delete({ documentId: spaceId });
  await cms.strapi.db.query(UIDS.adminUser).delete({ where: { id: technician.id } });
});

describe('the help request form', () => {
  it('should create an intervention in state nouvelle and send the browser to the confirmation page with a 303', async () => {
    const email = uniqueEmail('aide');
    const answer = await postForm(cms, '/api/interventions/demandes', fields(email), newVisitor());
    const [row] = await interventionsOf(email);
    created.push(row.documentId);
    expect(answer.status).toBe(303);
    expect(answer.location).toBe('http://localhost:4321/aide/confirmation/');
    expect(row).toMatchObject({
      state: 'nouvelle',
      priority: 'haute',
      requester: { name: 'Yann Demandeur', phone: '02 98 11 22 33' },
      space: { documentId: spaceId },
    });
    expect(row.reference).toMatch(/^INT-\d{4}-\d{3,}$/);
    expect(row.description).toContain('Imprimante HP du fond');
  });

  it('should redirect to the confirmation page of the form’s language', async () => {
    const email = uniqueEmail('aide-br');
    const answer = await postForm(cms, '/api/interventions/demandes', fields(email, { locale: 'br' }), newVisitor());
    created.push((await interventionsOf(email))[0].documentId);
    expect(answer.location).toBe('http://localhost:4321/br/aide/confirmation/');
  });

  it('should mail the requester a confirmation with a tracking link, and notify the technicians', async () => {
    const email = uniqueEmail('aide-mail');
    const answer = await postJson(cms, '/api/interventions/demandes', fields(email), newVisitor());
    created.push((await interventionsOf(email))[0].documentId);
    const [confirmation] = await cms.inbox.waitForTo(email);
    const notice = await cms.inbox.waitForMatch(
      (m) => m.to !== undefined && JSON.stringify(m.to).includes(technician.email) && m.subject?.includes(answer.body.data.reference) === true,
    );
    expect(answer.status).toBe(201);
    expect(confirmation!.subject).toBe(`Demande d’aide ${answer.body.data.reference} reçue`);
    expect(trackingPathIn(confirmation!.text ?? '')).toMatch(/^\/api\/interventions\/suivi\?token=/);
    expect(notice.text).toContain('Imprimante HP du fond');
  });

  it('should answer 400 naming every wrong field, and write nothing', async () => {
    const email = 'pas-une-adresse';
    const answer = await postJson(
      cms,
      '/api/interventions/demandes',
      fields(email, { name: '', description: 'x'.repeat(4001), urgency: 'demain' }),
      newVisitor(),
    );
    const paths = answer.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'));
    expect(answer.status).toBe(400);
    expect(paths.sort()).toEqual(['description', 'email', 'name', 'urgency']);
    expect(await interventionsOf(email)).toHaveLength(0);
  });

  it('should answer a browser’s refused form post with a page naming the fields in its language', async () => {
    const answer = await postForm(cms, '/api/interventions/demandes', fields('x@', { locale: 'en', name: '' }), newVisitor());
    expect(answer.status).toBe(400);
    expect(answer.text).toContain('<html lang="en">');
    expect(answer.text).toContain('href="http://localhost:4321/en/aide/#aide-email"');
    expect(answer.text).toContain('Email address');
    expect(answer.text).toContain('href="http://localhost:4321/en/aide/#aide-name"');
  });

  it('should refuse a space that is not in the directory', async () => {
    const answer = await postJson(cms, '/api/interventions/demandes', fields(uniqueEmail('aide-espace'), { space: 'inconnu123' }), newVisitor());
    expect(answer.status).toBe(400);
    expect(answer.body.error.details.errors[0].path).toEqual(['space']);
  });

  it('should accept a filled honeypot like a success and create nothing', async () => {
    const email = uniqueEmail('robot');
    const answer = await postForm(cms, '/api/interventions/demandes', fields(email, { website: 'http://spam.example' }), newVisitor());
    expect(answer.status).toBe(303);
    expect(await interventionsOf(email)).toHaveLength(0);
  });

  it('should answer 429 with Retry-After once an address posted too often', async () => {
    const ip = newVisitor();
    const statuses: number[] = [];
    // The default limit is 10 an hour per address; invalid posts count as much as valid ones.
    for (let i = 0; i < 11; i += 1) statuses.push((await postJson(cms, '/api/interventions/demandes', { locale: 'fr' }, ip)).status);
    const response = await fetch(`${cms.url}/api/interventions/demandes`, { method: 'POST', headers: { 'x-forwarded-for': ip } });
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(400));
    expect(statuses[10]).toBe(429);
    expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});
