import { UIDS } from '@reseau-epn/platform';
import { beforeAll, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';
import { createPerson, type Person } from '../../helpers/people';
import { sample } from './helpers';

// The Content Manager's own Publish and Unpublish buttons are review transitions: they go through
// the engine (roles, history), and the workflow's routes do not fire them.
const FICHE = UIDS.fiche;
let cms: TestCms;
let moderator: Person;

beforeAll(async () => {
  cms = await getCms();
  moderator = await createPerson(cms, 'moderateur');
});

const button = (id: string, action: 'publish' | 'unpublish') =>
  cms.request(`/content-manager/collection-types/${FICHE}/${id}/actions/${action}?locale=fr`, { method: 'POST', body: {}, token: moderator.adminToken });
const state = async (id: string) => (await cms.request(`/workflow/states/${FICHE}/${id}`, { token: moderator.adminToken })).body.data;

async function draft(): Promise<string> {
  return (await cms.strapi.documents(FICHE).create({ locale: 'fr', data: sample(FICHE) })).documentId;
}

describe('the Content Manager’s Publish and Unpublish buttons', () => {
  it('should record Unpublish as a review decision back to draft, with its author', async () => {
    const id = await draft();
    await button(id, 'publish');

    const unpublish = await button(id, 'unpublish');
    const after = await state(id);

    expect(unpublish.status).toBe(200);
    expect(after.state).toBe('brouillon');
    expect(after.history.map((h: { transition: string; actorName: string }) => [h.transition, h.actorName])).toEqual([
      ['publication_directe', expect.stringContaining('moderateur')],
      ['depublication_directe', expect.stringContaining('moderateur')],
    ]);
  });

  it('should record nothing when Publish is pressed again on a published fiche', async () => {
    const id = await draft();
    await button(id, 'publish');

    const again = await button(id, 'publish');

    expect(again.status).toBe(200);
    expect((await state(id)).history).toHaveLength(1);
  });

  it('should refuse firing a button’s transition through the workflow’s routes (400)', async () => {
    const id = await draft();

    const response = await cms.request(`/workflow/states/${FICHE}/${id}/transitions/publication_directe`, {
      method: 'POST',
      body: {},
      token: moderator.adminToken,
    });

    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('Publier');
    expect((await state(id)).state).toBe('brouillon');
  });
});
