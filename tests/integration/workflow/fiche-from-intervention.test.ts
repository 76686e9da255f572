import { randomBytes } from 'node:crypto';
import { UIDS } from '@reseau-epn/platform';
import { beforeAll, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';
import { createPerson, type Person } from '../../helpers/people';
import { fire, sample } from './helpers';

const INTERVENTION = UIDS.intervention;
let cms: TestCms;
let technicien: Person;

beforeAll(async () => {
  cms = await getCms();
  technicien = await createPerson(cms, 'technicien');
});

/** A resolved intervention with this title. */
async function resolvedIntervention(title: string): Promise<string> {
  const { documentId } = await cms.strapi.documents(INTERVENTION).create({ data: sample(INTERVENTION, { title }) });
  for (const [name, comment] of [['prendre_en_charge'], ['demarrer'], ['resoudre', 'Bourrage retiré.']]) {
    expect((await fire(cms, technicien.jwt, INTERVENTION, documentId, name!, comment)).status, name).toBe(200);
  }
  return documentId;
}

const createFiche = (documentId: string) => cms.request(`/api/workflow/interventions/${documentId}/fiche`, { method: 'POST', token: technicien.jwt });

describe('« Créer une fiche » from an intervention', () => {
  it('should give fiches made from interventions with the same title distinct slugs, next to a slug taken by hand', async () => {
    const title = `Imprimante bloquee ${randomBytes(4).toString('hex')}`;
    const base = title.toLowerCase().replaceAll(' ', '-');
    // A fiche written by hand already took « base-2 », which counting the slugs would hand out again.
    await cms.strapi.documents(UIDS.fiche).create({ locale: 'fr', data: sample(UIDS.fiche, { slug: `${base}-2` }) });
    const [first, second] = [await resolvedIntervention(title), await resolvedIntervention(title)];

    const responses = [await createFiche(first), await createFiche(second)];

    expect(responses.map((r) => r.status)).toEqual([201, 201]);
    const slugs = responses.map((r) => r.body.data.slug as string);
    expect(new Set([...slugs, `${base}-2`]).size).toBe(3);
    expect(slugs.every((slug) => slug.startsWith(base))).toBe(true);
  });
});
