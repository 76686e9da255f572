import { beforeAll, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';
import { sampleData } from '../../helpers/fixtures';
import { createPerson, type Person } from '../../helpers/people';
import { fullAccessToken } from '../../helpers/tokens';
import { fire, sample, setCreator } from './helpers';
import { UIDS } from '@reseau-epn/platform';

const FICHE = UIDS.fiche;
let cms: TestCms;
let author: Person;
let otherAnimateur: Person;
let moderator: Person;

beforeAll(async () => {
  cms = await getCms();
  [author, otherAnimateur, moderator] = await Promise.all([createPerson(cms, 'animateur'), createPerson(cms, 'animateur'), createPerson(cms, 'moderateur')]);
});

/** A draft the author wrote in the admin panel: its author and its creator. */
async function draftFiche(): Promise<string> {
  const doc = await cms.strapi.documents(FICHE).create({ locale: 'fr', data: sample(FICHE, { author: author.adminId }) });
  await setCreator(cms, FICHE, doc.documentId, author.adminId);
  return doc.documentId;
}

const publicStatus = async (documentId: string) => (await cms.request(`/api/fiches/${documentId}`)).status;

describe('fiche review', () => {
  it('should go from draft to published through review, with a request for changes on the way', async () => {
    const id = await draftFiche();

    const steps = [
      await fire(cms, author.jwt, FICHE, id, 'soumettre'),
      await fire(cms, moderator.jwt, FICHE, id, 'demander_modifications', 'Ajoutez une capture de l’écran d’erreur.'),
      await fire(cms, author.jwt, FICHE, id, 'soumettre'),
      await fire(cms, moderator.jwt, FICHE, id, 'approuver', 'Merci !'),
    ];

    expect(steps.map((s) => [s.status, s.body.data.state])).toEqual([
      [200, 'en_relecture'],
      [200, 'modifications_demandees'],
      [200, 'en_relecture'],
      [200, 'publiee'],
    ]);
    expect(await publicStatus(id)).toBe(200);
  });

  it('should keep the history: who, when, from, to, comment', async () => {
    const id = await draftFiche();
    await fire(cms, author.jwt, FICHE, id, 'soumettre', 'Première version');

    const response = await cms.request(`/api/workflow/${FICHE}/${id}`, { token: moderator.jwt });

    expect(response.status).toBe(200);
    expect(response.body.data.history).toEqual([
      expect.objectContaining({
        transition: 'soumettre',
        from: 'brouillon',
        to: 'en_relecture',
        comment: 'Première version',
        actorName: expect.stringContaining('animateur'),
      }),
    ]);
    expect(Date.parse(response.body.data.history[0].createdAt)).not.toBeNaN();
    expect(response.body.data.transitions.map((t: { name: string }) => t.name)).toEqual(['demander_modifications', 'approuver']);
  });

  it('should refuse an Animateur approving, naming what they may do', async () => {
    const id = await draftFiche();
    await fire(cms, author.jwt, FICHE, id, 'soumettre');

    const response = await fire(cms, author.jwt, FICHE, id, 'approuver');

    expect(response.status).toBe(403);
    expect(response.body.error.message).toContain('Transitions possibles : aucune');
    expect(await publicStatus(id)).toBe(404);
  });

  it('should refuse an Animateur submitting another author’s fiche', async () => {
    const id = await draftFiche();

    const response = await fire(cms, otherAnimateur.jwt, FICHE, id, 'soumettre');

    expect(response.status).toBe(403);
    expect(response.body.error.message).toContain('auteur');
  });

  it('should refuse a transition from the wrong state with a 400 naming the allowed ones', async () => {
    const id = await draftFiche();

    const response = await fire(cms, moderator.jwt, FICHE, id, 'archiver');

    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('Transitions possibles : soumettre');
    expect(response.body.error.details.allowed).toEqual(['soumettre']);
  });

  it('should refuse an unknown transition', async () => {
    const id = await draftFiche();

    const response = await fire(cms, moderator.jwt, FICHE, id, 'publier-tout-de-suite');

    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('inconnue');
  });

  it('should refuse asking for changes without a comment, and change nothing', async () => {
    const id = await draftFiche();
    await fire(cms, author.jwt, FICHE, id, 'soumettre');

    const response = await fire(cms, moderator.jwt, FICHE, id, 'demander_modifications');
    const state = await cms.request(`/api/workflow/${FICHE}/${id}`, { token: moderator.jwt });

    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('commentaire');
    expect(state.body.data.state).toBe('en_relecture');
    expect(state.body.data.history).toHaveLength(1);
  });

  it('should unpublish an archived fiche', async () => {
    const id = await draftFiche();
    await fire(cms, author.jwt, FICHE, id, 'soumettre');
    await fire(cms, moderator.jwt, FICHE, id, 'approuver');

    const response = await fire(cms, moderator.jwt, FICHE, id, 'archiver');

    expect(response.body.data.state).toBe('archivee');
    expect(await publicStatus(id)).toBe(404);
  });

  it('should refuse changing the state field directly over REST, naming the field', async () => {
    const id = await draftFiche();

    const response = await cms.request(`/api/fiches/${id}?locale=fr`, {
      method: 'PUT',
      body: { data: { reviewState: 'publiee' } },
      token: await fullAccessToken(cms),
    });

    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['reviewState']);
  });

  it('should refuse the workflow routes to a visitor and to a member without a network role', async () => {
    const id = await draftFiche();

    const visitor = await fire(cms, '', FICHE, id, 'soumettre');

    expect([401, 403]).toContain(visitor.status);
  });
});

describe('fiche review in the admin panel', () => {
  it('should refuse an Animateur editing another author’s fiche', async () => {
    const created = await cms.request(`/content-manager/collection-types/${FICHE}?locale=fr`, {
      method: 'POST',
      body: sampleData(FICHE),
      token: author.adminToken,
    });

    const edit = await cms.request(`/content-manager/collection-types/${FICHE}/${created.body.data.documentId}?locale=fr`, {
      method: 'PUT',
      body: { title: 'Titre réécrit par un autre' },
      token: otherAnimateur.adminToken,
    });

    expect(created.status).toBe(201);
    expect(edit.status).toBe(403);
  });

  it('should refuse the author editing their fiche once it is in review', async () => {
    const created = await cms.request(`/content-manager/collection-types/${FICHE}?locale=fr`, {
      method: 'POST',
      body: sampleData(FICHE),
      token: author.adminToken,
    });
    const id = created.body.data.documentId;
    await cms.request(`/workflow/states/${FICHE}/${id}/transitions/soumettre`, { method: 'POST', body: {}, token: author.adminToken });

    const edit = await cms.request(`/content-manager/collection-types/${FICHE}/${id}?locale=fr`, {
      method: 'PUT',
      body: { title: 'Retouche pendant la relecture' },
      token: author.adminToken,
    });

    expect(edit.status).toBe(403);
  });

  it('should record the Content Manager’s Publish button as a review decision', async () => {
    const id = await draftFiche();

    const publish = await cms.request(`/content-manager/collection-types/${FICHE}/${id}/actions/publish?locale=fr`, {
      method: 'POST',
      body: {},
      token: moderator.adminToken,
    });
    const state = await cms.request(`/workflow/states/${FICHE}/${id}`, { token: moderator.adminToken });

    expect(publish.status).toBe(200);
    expect(state.body.data.state).toBe('publiee');
    expect(state.body.data.history.map((h: { transition: string }) => h.transition)).toEqual(['publication_directe']);
  });
});
