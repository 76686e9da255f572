import { beforeAll, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';
import { sampleData } from '../../helpers/fixtures';
import { createPerson, type Person } from '../../helpers/people';
import { UIDS } from '@reseau-epn/platform';

// A fiche's review state is not content (the revisions' untrackedFields): review decisions make
// no version, so the published version stays its writer's, on the site's history too.
const FICHE = UIDS.fiche;
let cms: TestCms;
let author: Person;
let moderator: Person;

beforeAll(async () => {
  cms = await getCms();
  [author, moderator] = await Promise.all([createPerson(cms, 'animateur'), createPerson(cms, 'moderateur')]);
});

const decide = (person: Person, id: string, transition: string, comment?: string) =>
  cms.request(`/workflow/states/${FICHE}/${id}/transitions/${transition}`, { method: 'POST', body: comment ? { comment } : {}, token: person.adminToken });

describe('revisions of a fiche through its review', () => {
  it('should keep only the author’s saves, and credit the author with the version the Modérateur approved', async () => {
    const created = await cms.request(`/content-manager/collection-types/${FICHE}?locale=fr`, {
      method: 'POST',
      body: sampleData(FICHE),
      token: author.adminToken,
    });
    const id = created.body.data.documentId as string;
    const decisions = [
      await decide(author, id, 'soumettre'),
      await decide(moderator, id, 'demander_modifications', 'Précisez la cause.'),
      await cms.request(`/content-manager/collection-types/${FICHE}/${id}?locale=fr`, {
        method: 'PUT',
        body: { body: 'La cause, précisée.' },
        token: author.adminToken,
      }),
      await decide(author, id, 'soumettre'),
      await decide(moderator, id, 'approuver'),
    ];

    const revisions = await cms.request(`/revisions/${FICHE}/${id}?locale=fr`, { token: moderator.adminToken });
    const history = await cms.request(`/api/revisions/history/${FICHE}/${id}?locale=fr`);
    const authorName = revisions.body.data[0].authorName;

    expect(decisions.map((d) => d.status)).toEqual([200, 200, 200, 200, 200]);
    expect(revisions.body.data).toHaveLength(2);
    expect(new Set(revisions.body.data.map((r: { authorName: string }) => r.authorName))).toEqual(new Set([authorName]));
    expect(authorName).toMatch(/^animateur /);
    expect(history.body.data.versions.map((v: { authorName: string }) => v.authorName)).toEqual([authorName]);
  });
});
