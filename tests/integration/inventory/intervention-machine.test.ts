import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminAccount } from '../../helpers/admin-people';
import { getCms, type TestCms } from '../../helpers/cms';
import { sampleData } from '../../helpers/fixtures';
import { UIDS } from '@reseau-epn/platform';

/** An intervention names a machine of its own space, and a machine's system is one of the vocabulary's. */

let cms: TestCms;
let adminToken: string;
let adminId: number;
const created: [string, string][] = [];
let lannilis: string;
let crozon: string;
let lannilisPc: string;
let crozonPc: string;

const INTERVENTIONS = `/content-manager/collection-types/${UIDS.intervention}`;
const MACHINES = `/content-manager/collection-types/${UIDS.machine}`;
const link = (documentId: string) => ({ connect: [{ documentId }] });

async function keep<T extends { documentId: string }>(uid: string, doc: Promise<T>): Promise<string> {
  const { documentId } = await doc;
  created.push([uid, documentId]);
  return documentId;
}

/** What the Content Manager answers to a new intervention, and whether one was written. */
async function createIntervention(data: Record<string, unknown>) {
  const body = { ...sampleData(UIDS.intervention), ...data };
  const answer = await cms.request(INTERVENTIONS, { method: 'POST', token: adminToken, body });
  if (answer.body?.data?.documentId) created.push([UIDS.intervention, answer.body.data.documentId]);
  const written = await cms.strapi.db.query(UIDS.intervention).count({ where: { reference: body.reference } });
  return { status: answer.status, paths: (answer.body?.error?.details?.errors ?? []).map((e: { path: string[] }) => e.path.join('.')), written };
}

beforeAll(async () => {
  cms = await getCms();
  const account = await createAdminAccount(cms.strapi, 'superAdmin', 'Technique');
  adminId = account.id;
  adminToken = (await cms.request('/admin/login', { method: 'POST', body: { email: account.email, password: account.password } })).body.data.token;
  const space = () => cms.strapi.documents(UIDS.espace).create({ locale: 'fr', status: 'published', data: sampleData(UIDS.espace) });
  [lannilis, crozon] = [await keep(UIDS.espace, space()), await keep(UIDS.espace, space())];
  const machine = (espace: string) =>
    cms.strapi.documents(UIDS.machine).create({ data: { label: 'Poste 1', kind: 'poste_fixe', publicUse: true, state: 'en_service', espace } });
  [lannilisPc, crozonPc] = [await keep(UIDS.machine, machine(lannilis)), await keep(UIDS.machine, machine(crozon))];
});

afterAll(async () => {
  for (const [uid, documentId] of created.reverse()) await cms.strapi.documents(uid as typeof UIDS.espace).delete({ documentId });
  await cms.strapi.admin!.services.user.deleteById(adminId);
});

describe('an intervention about a machine', () => {
  it('should be saved when the machine belongs to the intervention’s space', async () => {
    const result = await createIntervention({ space: link(lannilis), machine: link(lannilisPc) });

    expect(result).toEqual({ status: 201, paths: [], written: 1 });
  });

  it('should be refused with 400 naming machine when the machine belongs to another space, writing nothing', async () => {
    const result = await createIntervention({ space: link(lannilis), machine: link(crozonPc) });

    expect(result).toEqual({ status: 400, paths: ['machine'], written: 0 });
  });

  it('should be refused with 400 naming machine when the intervention names no space', async () => {
    const result = await createIntervention({ machine: link(lannilisPc) });

    expect(result).toEqual({ status: 400, paths: ['machine'], written: 0 });
  });

  it('should be refused when only its space changes, away from its machine’s', async () => {
    const intervention = await keep(
      UIDS.intervention,
      cms.strapi.documents(UIDS.intervention).create({ data: { ...sampleData(UIDS.intervention), space: lannilis, machine: lannilisPc } }),
    );

    const answer = await cms.request(`${INTERVENTIONS}/${intervention}`, {
      method: 'PUT',
      token: adminToken,
      body: { space: { connect: [{ documentId: crozon }], disconnect: [] } },
    });
    const stored = await cms.strapi.db
      .query(UIDS.intervention)
      .findOne({ where: { documentId: intervention }, populate: { space: { select: ['documentId'] } } });

    expect([answer.status, stored.space.documentId]).toEqual([400, lannilis]);
  });
});

describe('a machine’s system', () => {
  it('should be refused with 400 naming operatingSystem when it is not one of the vocabulary’s', async () => {
    const answer = await cms.request(MACHINES, {
      method: 'POST',
      token: adminToken,
      body: { label: 'Poste 2', kind: 'poste_fixe', operatingSystem: 'Windows 11', espace: link(lannilis) },
    });

    expect([answer.status, answer.body.error?.details?.errors?.map((e: { path: string[] }) => e.path.join('.'))]).toEqual([400, ['operatingSystem']]);
  });
});
