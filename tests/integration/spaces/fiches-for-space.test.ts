import { randomBytes } from 'node:crypto';
import { UIDS } from '@reseau-epn/platform';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EXPLORER } from '../../../cms/src/bootstrap/admin-roles';
import { getCms, type TestCms } from '../../helpers/cms';
import { createPerson, type Person } from '../../helpers/people';
import { spaceFixtures, uniqueSoftware } from './fiches-helpers';

// A space's team sees the published fiches about what the space runs (admin route of the
// « Fiches pour cet espace » panel), and hears by mail when such a fiche is published.
let cms: TestCms;
let fixtures: ReturnType<typeof spaceFixtures>;
let animateur: Person;
let moderateur: Person;
let outsider: { adminToken: string; adminId: number; roleId: number };

/** An admin user whose role may read fiches, but not spaces. */
async function createOutsider(): Promise<typeof outsider> {
  const id = randomBytes(4).toString('hex');
  const admin = cms.strapi.admin!.services;
  const role = await admin.role.create({ name: `Sans espaces ${id}`, description: 'Lit les fiches, pas les espaces' });
  await admin.role.assignPermissions(role.id, [{ action: `${EXPLORER}read`, subject: UIDS.fiche, properties: {}, conditions: [] }]);
  const email = `sans-espaces.${id}@secret.example`;
  const password = `Pw-${id}-Reseau1`;
  const user = await admin.user.create({ firstname: 'Sans', lastname: id, email, password, isActive: true, roles: [role.id] });
  const login = await cms.request('/admin/login', { method: 'POST', body: { email, password } });
  return { adminToken: login.body.data.token, adminId: user.id, roleId: role.id };
}

const panel = (space: string, token?: string, query = '') => cms.request(`/fiches-for-space/${space}${query}`, { token });
const publishButton = (fiche: string) =>
  cms.request(`/content-manager/collection-types/${UIDS.fiche}/${fiche}/actions/publish?locale=fr`, { method: 'POST', body: {}, token: moderateur.adminToken });

beforeAll(async () => {
  cms = await getCms();
  fixtures = spaceFixtures(cms);
  animateur = await createPerson(cms, 'animateur');
  moderateur = await createPerson(cms, 'moderateur');
  outsider = await createOutsider();
});

afterEach(() => fixtures.cleanUp());

afterAll(async () => {
  const admin = cms.strapi.admin!.services;
  await admin.user.deleteById(outsider.adminId);
  await admin.role.deleteByIds([outsider.roleId]);
});

describe('the « Fiches pour cet espace » route', () => {
  it('should list the published fiches about the systems of the space and of its machines, with their pages', async () => {
    const software = [uniqueSoftware('Logiciel')];
    const space = await fixtures.space({ systems: ['Linux'], software, team: [{ adminId: animateur.adminId, notifyFiches: false }] });
    // Once a space lists machines, its systems are theirs (cms/src/spaces/derived-inventory.ts).
    await fixtures.machine(space, 'Linux');
    await fixtures.machine(space, 'Android');
    const aboutDeclared = await fixtures.fiche({ systems: ['Linux'], software, status: 'published' });
    const aboutMachine = await fixtures.fiche({ systems: ['Android'], software, status: 'published' });
    const draft = await fixtures.fiche({ systems: ['Linux'], software });
    const otherSystem = await fixtures.fiche({ systems: ['iOS'], software, status: 'published' });

    const response = await panel(space, animateur.adminToken);
    const titles = response.body.data.map((fiche: { title: string }) => fiche.title);

    expect(response.status).toBe(200);
    expect(titles).toEqual(expect.arrayContaining([aboutDeclared.title, aboutMachine.title]));
    expect(titles).not.toContain(draft.title);
    expect(titles).not.toContain(otherSystem.title);
    expect(response.body.data.find((fiche: { title: string }) => fiche.title === aboutDeclared.title)).toEqual({
      documentId: aboutDeclared.documentId,
      title: aboutDeclared.title,
      summary: 'Résumé',
      siteUrl: expect.stringMatching(/\/fiches\/fiche-[^/]+\/$/),
      editPath: `/content-manager/collection-types/${UIDS.fiche}/${aboutDeclared.documentId}?plugins[i18n][locale]=fr`,
    });
  });

  it('should refuse an admin user who may not read spaces (403)', async () => {
    const space = await fixtures.space({ systems: ['Linux'] });

    const response = await panel(space, outsider.adminToken);

    expect(response.status).toBe(403);
  });

  it('should refuse a caller who is not signed in to the admin (401)', async () => {
    const space = await fixtures.space({ systems: ['Linux'] });

    const response = await panel(space);

    expect(response.status).toBe(401);
  });

  it('should answer 404 for a space that does not exist', async () => {
    const response = await panel('aucun-espace-de-ce-nom', animateur.adminToken);

    expect(response.status).toBe(404);
  });

  it('should refuse a language the network does not write, naming the field (400)', async () => {
    const space = await fixtures.space({ systems: ['Linux'] });

    const response = await panel(space, animateur.adminToken, '?locale=de');

    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['locale']);
  });
});

describe('the mail to the teams when a fiche about their spaces is published', () => {
  let software: string[];
  let both: Person;
  let optedOut: Person;
  let elsewhere: Person;
  const people = () => [both.email, optedOut.email, elsewhere.email];

  beforeAll(async () => {
    both = await createPerson(cms, 'technicien');
    optedOut = await createPerson(cms, 'animateur');
    elsewhere = await createPerson(cms, 'animateur');
  });

  afterEach(() => cms.strapi.db.query(UIDS.workflowNotification).deleteMany({ where: { to: { $in: people() } } }));

  /**
   * Two spaces with the software, running ChromeOS (one through a machine), and one with the
   * software on another system, with their teams.
   */
  async function network() {
    software = [uniqueSoftware('Publie')];
    const first = await fixtures.space({
      systems: ['ChromeOS'],
      software,
      team: [
        { adminId: both.adminId, notifyFiches: true },
        { adminId: optedOut.adminId, notifyFiches: false },
      ],
    });
    const second = await fixtures.space({ software, team: [{ adminId: both.adminId, notifyFiches: true }] });
    await fixtures.machine(second, 'ChromeOS');
    await fixtures.space({ systems: ['Windows'], software, team: [{ adminId: elsewhere.adminId, notifyFiches: true }] });
    return [first, second];
  }

  /** The first mail to `person` whose subject is `subject`, once it has arrived. */
  const mailTo = (person: Person, subject: string) =>
    cms.inbox.waitForMatch((mail) => mail.subject === subject && mail.to !== undefined && [mail.to].flat().some((to) => to.text.includes(person.email)));

  it('should mail an opted-in member « Nouvelle fiche » with the fiche, its summary, its page and their concerned spaces', async () => {
    await network();
    const fiche = await fixtures.fiche({ systems: ['ChromeOS'], software });

    const published = await publishButton(fiche.documentId);
    const mail = await mailTo(both, `Nouvelle fiche pour votre espace : ${fiche.title}`);

    expect(published.status).toBe(200);
    expect(mail.text).toContain(`« ${fiche.title} »\nRésumé`);
    expect(mail.text).toMatch(/Lire la fiche : http\S+\/fiches\/fiche-[^/\s]+\/\n/);
    expect(mail.text?.match(/^- EPN de test .+ : http\S+\/content-manager\/collection-types\/api::espace\.espace\/\S+$/gm)).toHaveLength(2);
  });

  it('should queue one mail per opted-in member of the concerned spaces, and none for the others', async () => {
    await network();
    const fiche = await fixtures.fiche({ systems: ['ChromeOS'], software });

    await publishButton(fiche.documentId);
    await mailTo(both, `Nouvelle fiche pour votre espace : ${fiche.title}`);
    const queued = await cms.strapi.db.query(UIDS.workflowNotification).findMany({ where: { origin: { $contains: fiche.documentId } } });

    expect(queued.map((row: { to: string }) => row.to)).toEqual([both.email]);
  });

  it('should say « Fiche mise à jour » when a fiche already on the site is published again', async () => {
    await network();
    const fiche = await fixtures.fiche({ systems: ['ChromeOS'], software });
    await publishButton(fiche.documentId);
    await mailTo(both, `Nouvelle fiche pour votre espace : ${fiche.title}`);

    await cms.strapi.documents(UIDS.fiche).update({ documentId: fiche.documentId, locale: 'fr', data: { summary: 'Résumé revu' } });
    const again = await publishButton(fiche.documentId);
    const mail = await mailTo(both, `Fiche mise à jour pour votre espace : ${fiche.title}`);

    expect(again.status).toBe(200);
    expect(mail.text).toContain('Résumé revu');
  });

  it('should mail nobody for a general fiche (no system, no software)', async () => {
    await network();
    const general = await fixtures.fiche({});
    const specific = await fixtures.fiche({ systems: ['ChromeOS'], software });

    await publishButton(general.documentId);
    await publishButton(specific.documentId);
    await mailTo(both, `Nouvelle fiche pour votre espace : ${specific.title}`);
    const queued = await cms.strapi.db.query(UIDS.workflowNotification).findMany({ where: { origin: { $contains: general.documentId } } });

    expect(queued).toEqual([]);
  });
});
