import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UIDS } from '@reseau-epn/platform';
import { getCms, type TestCms } from '../../helpers/cms';
import { createEspace } from '../../helpers/fixtures';
import { fullAccessToken } from '../../helpers/tokens';
import { errorPaths, postAtelier, putAtelier, removeAtelier } from './helpers';

let cms: TestCms;
let token: string;
let atelierId: string;
let spaceId: string;
const members: { id: number; email: string }[] = [];

const VENUE = { name: 'Salle polyvalente', address: 'Place de la Mairie', postalCode: '29470', commune: 'Loperhet', latitude: 48.3767, longitude: -4.3064 };

/** A network member: an admin user whose email must stay private. */
async function createMember(firstname: string, lastname: string) {
  const email = `animation.${randomBytes(4).toString('hex')}@secret.example`;
  const user = await cms.strapi.admin!.services.user.create({ firstname, lastname, email, isActive: false, roles: [] });
  members.push({ id: user.id, email });
  return user.id as number;
}

beforeAll(async () => {
  cms = await getCms();
  token = await fullAccessToken(cms);
  spaceId = (await createEspace(cms.strapi)).documentId;
  const ids = [await createMember('Annick', 'Guéguen'), await createMember('Gaëlle', 'Le Bras')];
  const created = await cms.strapi.documents(UIDS.atelier).create({
    locale: 'fr',
    status: 'published',
    data: {
      title: 'Atelier au marché',
      slug: `atelier-au-marche-${Date.now()}`,
      startsAt: '2027-02-10T09:00:00.000Z',
      endsAt: '2027-02-10T11:00:00.000Z',
      audience: 'personnes_precarite',
      eventStatus: 'prevu',
      facilitatorMembers: ids,
      venue: VENUE,
    },
  });
  atelierId = created.documentId;
});

afterAll(async () => {
  await removeAtelier(cms, atelierId);
  await cms.strapi.documents(UIDS.espace).delete({ documentId: spaceId, locale: '*' });
  for (const member of members) await cms.strapi.admin!.services.user.deleteById(member.id);
});

describe('facilitators who are members', () => {
  it('should show their names in the public answer', async () => {
    const response = await cms.request(`/api/ateliers/${atelierId}`);

    expect(response.body.data.facilitatorNames).toBe('Annick Guéguen, Gaëlle Le Bras');
  });

  it('should leave the members out of the answer with populate=*', async () => {
    const response = await cms.request(`/api/ateliers/${atelierId}?populate=*`);

    const text = JSON.stringify(response.body);
    expect({ status: response.status, members: 'facilitatorMembers' in response.body.data, emails: members.filter((m) => text.includes(m.email)) }).toEqual({
      status: 200,
      members: false,
      emails: [],
    });
  });

  it.each(['populate[facilitatorMembers]=*', 'populate[facilitatorMembers][fields][0]=email'])('should refuse %s without showing an email', async (query) => {
    const response = await cms.request(`/api/ateliers/${atelierId}?${query}`);

    const text = JSON.stringify(response.body);
    expect({ status: response.status, emails: members.filter((m) => text.includes(m.email)) }).toEqual({ status: 400, emails: [] });
  });

  it('should replace names sent in the data by those of the members', async () => {
    await putAtelier(cms, token, atelierId, { facilitatorNames: 'Quelqu’un d’autre' });

    const rows = await cms.strapi.db.query(UIDS.atelier).findMany({ where: { documentId: atelierId }, select: ['facilitatorNames'] });
    expect(new Set(rows.map((row: { facilitatorNames: string }) => row.facilitatorNames))).toEqual(new Set(['Annick Guéguen, Gaëlle Le Bras']));
  });
});

describe('hors les murs', () => {
  it('should show the venue and its coordinates in the public answer', async () => {
    const response = await cms.request(`/api/ateliers/${atelierId}?populate[venue]=true`);

    expect(response.body.data.venue).toMatchObject({ name: 'Salle polyvalente', commune: 'Loperhet', latitude: 48.3767, longitude: -4.3064 });
  });

  it('should refuse a venue and a place together with a 400 naming venue', async () => {
    const response = await postAtelier(cms, token, { venue: VENUE, place: spaceId });

    expect({ status: response.status, paths: errorPaths(response.body) }).toEqual({ status: 400, paths: ['venue'] });
  });

  it('should refuse a place added to an event held hors les murs', async () => {
    const response = await putAtelier(cms, token, atelierId, { place: spaceId });

    expect({ status: response.status, paths: errorPaths(response.body) }).toEqual({ status: 400, paths: ['venue'] });
  });

  it('should refuse a latitude without its longitude', async () => {
    const response = await postAtelier(cms, token, { venue: { ...VENUE, longitude: null } });

    expect({ status: response.status, paths: errorPaths(response.body) }).toEqual({ status: 400, paths: ['venue.longitude'] });
  });
});
