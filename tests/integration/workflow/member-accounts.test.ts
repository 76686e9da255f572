import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';
import { fire, sample, setCreator } from './helpers';
import { UIDS } from '@reseau-epn/platform';

// A member (users-permissions) stands for the admin account of the same email only once they
// have confirmed that address and are not blocked: anyone can sign up with a team member's email.
const PRET = UIDS.pret;
const MEMBERS = UIDS.user;
let cms: TestCms;
let animateur: { id: number; email: string };
let loan: string;
let advanced: Record<string, unknown>;

const settings = () => cms.strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });

beforeAll(async () => {
  cms = await getCms();
  // With sign-up confirmation on, Strapi refuses an unconfirmed member's token before the
  // workflow sees it: turned off here, so the tests prove the workflow's own matching.
  advanced = (await settings().get()) as Record<string, unknown>;
  await settings().set({ value: { ...advanced, email_confirmation: false } });
  const role = await cms.strapi.db.query(UIDS.adminRole).findOne({ where: { code: 'reseau-animateur' } });
  const email = `animatrice.${randomBytes(4).toString('hex')}@secret.example`;
  const admin = await cms.strapi.admin!.services.user.create({
    firstname: 'Animatrice',
    email,
    password: 'Pw-animatrice-Reseau1',
    isActive: true,
    roles: [role.id],
  });
  animateur = { id: admin.id, email };
  loan = (await cms.strapi.documents(PRET).create({ data: sample(PRET) })).documentId;
  await setCreator(cms, PRET, loan, animateur.id);
});

afterAll(async () => {
  await settings().set({ value: advanced });
});

/** A member of the Animateur API role with the Animateur's email, and a token for them. */
async function memberWithTheSameEmail(flags: { confirmed: boolean; blocked?: boolean }): Promise<string> {
  const role = await cms.strapi.db.query(UIDS.role).findOne({ where: { type: 'animateur' } });
  const member = await cms.strapi.db.query(MEMBERS).create({
    data: { username: `intrus-${randomBytes(4).toString('hex')}`, email: animateur.email, provider: 'local', role: role.id, blocked: false, ...flags },
  });
  return cms.strapi.plugin('users-permissions').service('jwt').issue({ id: member.id });
}

const remove = (email: string) => cms.strapi.db.query(MEMBERS).deleteMany({ where: { email } });

describe('members matched to admin accounts by email', () => {
  it('should give an unconfirmed member nothing of the Animateur whose email they used', async () => {
    const jwt = await memberWithTheSameEmail({ confirmed: false });

    const [state, cancel] = [await cms.request(`/api/workflow/${PRET}/${loan}`, { token: jwt }), await fire(cms, jwt, PRET, loan, 'annuler')];

    await remove(animateur.email);
    expect([state.status, cancel.status]).toEqual([403, 403]);
    expect((await cms.strapi.documents(PRET).findOne({ documentId: loan }))!.state).toBe('demande');
  });

  it('should let the confirmed member read the Animateur’s own loan', async () => {
    const jwt = await memberWithTheSameEmail({ confirmed: true });

    const state = await cms.request(`/api/workflow/${PRET}/${loan}`, { token: jwt });

    await remove(animateur.email);
    expect(state.status).toBe(200);
  });
});
