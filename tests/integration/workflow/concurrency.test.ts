import { beforeAll, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';
import { sampleData } from '../../helpers/fixtures';
import { createPerson, type Person } from '../../helpers/people';
import { fire, sample } from './helpers';
import { UIDS } from '@reseau-epn/platform';

const PRET = UIDS.pret;
const ATTEMPTS = 20;
let cms: TestCms;
let technicien: Person;

beforeAll(async () => {
  cms = await getCms();
  technicien = await createPerson(cms, 'technicien');
});

describe(`${ATTEMPTS} concurrent acceptances of overlapping loans of one item (${process.env.DATABASE_CLIENT ?? 'sqlite'})`, () => {
  it('should accept exactly one and answer the others 409', async () => {
    const item = (await cms.strapi.documents(UIDS.equipement).create({ data: sample(UIDS.equipement) })).documentId;
    const loans: string[] = [];
    for (let i = 0; i < ATTEMPTS; i += 1) {
      const day = String(10 + (i % 5)).padStart(2, '0');
      loans.push(
        (await cms.strapi.documents(PRET).create({ data: { ...sampleData(PRET), equipment: item, startDate: `2027-05-${day}`, endDate: '2027-05-20' } }))
          .documentId,
      );
    }

    const responses = await Promise.all(loans.map((loan) => fire(cms, technicien.jwt, PRET, loan, 'accepter')));

    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(ATTEMPTS - 1);
    expect(responses.find((r) => r.status === 409)!.body.error.message).toContain('chevauchent');
    const accepted = await cms.strapi.db.query(PRET).count({ where: { equipment: { documentId: item }, state: { $in: ['accepte', 'en_cours'] } } });
    expect(accepted).toBe(1);
  });
});

describe(`a reschedule racing ${ATTEMPTS - 1} acceptances onto the same item and dates (${process.env.DATABASE_CLIENT ?? 'sqlite'})`, () => {
  it('should let exactly one of them hold the item', async () => {
    const newItem = async () => (await cms.strapi.documents(UIDS.equipement).create({ data: sample(UIDS.equipement) })).documentId as string;
    const [elsewhere, contested] = [await newItem(), await newItem()];
    const moved = (await cms.strapi.documents(PRET).create({ data: sample(PRET, { equipment: elsewhere, startDate: '2027-06-10', endDate: '2027-06-12' }) }))
      .documentId;
    expect((await fire(cms, technicien.jwt, PRET, moved, 'accepter')).status).toBe(200);
    const requests: string[] = [];
    for (let i = 1; i < ATTEMPTS; i += 1) {
      requests.push(
        (await cms.strapi.documents(PRET).create({ data: sample(PRET, { equipment: contested, startDate: '2027-06-10', endDate: '2027-06-12' }) })).documentId,
      );
    }

    const responses = await Promise.all([
      cms.request(`/api/workflow/${PRET}/${moved}/transitions/reprogrammer`, {
        method: 'POST',
        body: { data: { equipment: contested } },
        token: technicien.jwt,
      }),
      ...requests.map((loan) => fire(cms, technicien.jwt, PRET, loan, 'accepter')),
    ]);

    expect(responses.map((r) => r.status).filter((s) => s === 200)).toHaveLength(1);
    const holding = await cms.strapi.db.query(PRET).count({ where: { equipment: { documentId: contested }, state: { $in: ['accepte', 'en_cours'] } } });
    expect(holding).toBe(1);
  });
});
