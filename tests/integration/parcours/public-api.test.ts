import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLECTIONS, populateParams, UIDS } from '@reseau-epn/platform';
import { getCms, type TestCms } from '../../helpers/cms';
import { createEvent, newVisitor, person, postJson, REGISTER, removeEvent, uniqueEmail, type TestEvent } from '../registrations/helpers';
import { createParcours, removeDocuments } from './helpers';

let cms: TestCms;
let formation: TestEvent;
let fiche: string;
let path: string;
const email = uniqueEmail('public-api');
const FICHE_BODY = 'Corps de la fiche qui ne doit pas suivre la formation';

beforeAll(async () => {
  cms = await getCms();
  const created = await cms.strapi.documents(UIDS.fiche).create({
    locale: 'fr',
    status: 'published',
    data: { title: 'Fiche liée', slug: `fiche-liee-${Date.now()}`, summary: 'Résumé de la fiche liée', body: FICHE_BODY },
  });
  fiche = created.documentId;
  formation = await createEvent(cms, { title: 'Formation publique', fiches: [fiche] }, 'formation');
  path = await createParcours(cms, 'Parcours public', [formation.documentId]);
  await postJson(cms, REGISTER, person(formation, email, { name: 'Personne Inscrite', phone: '06 99 88 77 66' }), newVisitor());
});

afterAll(async () => {
  await removeDocuments(cms, UIDS.parcours, [path]);
  await removeEvent(cms, formation);
  await removeDocuments(cms, UIDS.fiche, [fiche]);
});

/** The public answer the site's snapshot reads for a collection (no token). */
async function publicAnswer(name: keyof typeof COLLECTIONS) {
  const query = new URLSearchParams({ locale: 'fr', 'pagination[pageSize]': '100' });
  for (const [key, value] of populateParams(COLLECTIONS[name])) query.set(key, value);
  return cms.request<{ data: Record<string, unknown>[] }>(`/api/${name}?${query}`);
}

describe('the public API of formations and parcours', () => {
  it('should give a formation’s fiches as title, slug and summary, without their body', async () => {
    const { body } = await publicAnswer('formations');
    const mine = body.data.find((entry) => entry.documentId === formation.documentId)!;
    expect((mine.fiches as Record<string, unknown>[]).map((f) => Object.keys(f).sort())).toEqual([['documentId', 'id', 'slug', 'summary', 'title']]);
  });

  it('should carry no registrant’s data in formations', async () => {
    const { status, body } = await publicAnswer('formations');
    expect({ status, text: JSON.stringify(body) }).toEqual({
      status: 200,
      text: expect.not.stringMatching(/Personne Inscrite|06 99 88 77 66|public-api\.|facilitatorMembers/),
    });
  });

  it('should give a parcours its formations by title and slug only', async () => {
    const { body } = await publicAnswer('parcours-formations');
    const mine = body.data.find((entry) => entry.documentId === path)!;
    expect(mine.formations).toEqual([{ id: expect.any(Number), documentId: formation.documentId, title: 'Formation publique', slug: formation.slug }]);
  });

  it('should carry no registrant’s data in parcours', async () => {
    const { status, body } = await publicAnswer('parcours-formations');
    expect({ status, text: JSON.stringify(body) }).toEqual({ status: 200, text: expect.not.stringMatching(/Personne Inscrite|06 99 88 77 66|public-api\./) });
  });
});
