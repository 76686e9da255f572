import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UIDS } from '@reseau-epn/platform';
import { getCms, type TestCms } from '../../helpers/cms';
import { createPerson, type Person } from '../../helpers/people';
import { sample } from './helpers';

/**
 * The workflow's routes take a content type's uid from the path. A name every object inherits
 * (`__proto__`, `constructor`, `toString`) once found a « machine » there, and the transition run
 * on it failed with a 500; it names no circuit, as an unknown uid does: 404 naming `uid`.
 */
let cms: TestCms;
let moderator: Person;
let documentId: string;

beforeAll(async () => {
  cms = await getCms();
  moderator = await createPerson(cms, 'moderateur');
  documentId = (await cms.strapi.documents(UIDS.intervention).create({ data: sample(UIDS.intervention) })).documentId;
});

afterAll(async () => {
  await cms.strapi.documents(UIDS.intervention).delete({ documentId });
});

describe('a workflow route on a uid that names no circuit', () => {
  it.each(['__proto__', 'constructor', 'toString'])('should answer a transition on « %s » with a 404 naming uid, recording nothing', async (uid) => {
    const response = await cms.request(`/api/workflow/${uid}/${documentId}/transitions/prendre_en_charge?populate=*`, {
      method: 'POST',
      body: {},
      token: moderator.jwt,
    });
    const recorded = await cms.strapi.db.query(UIDS.workflowTransition).count({ where: { targetDocumentId: documentId } });

    expect(response.status).toBe(404);
    expect(response.body.error.message).toMatch(/^uid : /);
    expect(response.body.error.details).toEqual({ param: 'uid' });
    expect(recorded).toBe(0);
  });

  it('should answer the state of a document under « __proto__ » with a 404 naming uid', async () => {
    const response = await cms.request(`/api/workflow/__proto__/${documentId}?populate=*`, { token: moderator.jwt });

    expect(response.status).toBe(404);
    expect(response.body.error.message).toMatch(/^uid : /);
  });
});
