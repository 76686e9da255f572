import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NETWORK_ONLY_ESPACE_FIELDS } from '../../../cms/src/api/espace/field-visibility';
import { createAdminAccount } from '../../helpers/admin-people';
import { getCms, type TestCms } from '../../helpers/cms';
import { sampleData } from '../../helpers/fixtures';
import { fullAccessToken } from '../../helpers/tokens';
import { plantNetworkMarkers, type PlantedSpace } from './space-markers';
import { UIDS } from '@reseau-epn/platform';

/**
 * A space's network-only fields (the hardware list, the connection, the team, the referent…)
 * never leave the network: no public response, nor any response to a full-access API token,
 * carries one of their values, whatever a caller populates, selects, sorts or filters on; the
 * machines have no public route at all. The admin panel still shows and saves them.
 */

let cms: TestCms;
let space: PlantedSpace;
let token: string;
const cleanup: (() => Promise<void>)[] = [];

/** What a caller may read on the espace routes: each network field populated or selected. */
function espaceReads(): string[] {
  const perField = NETWORK_ONLY_ESPACE_FIELDS.flatMap((field) => [`populate[${field}][populate]=*`, `fields[0]=name&fields[1]=${field}`]);
  return ['', 'populate=*', 'populate[team][populate][member]=*', 'status=draft', 'locale=all', ...perField];
}

/** What a caller may try on the list only: sorting and filtering on each network field. */
function espaceListQueries(): string[] {
  return NETWORK_ONLY_ESPACE_FIELDS.flatMap((field) => [`sort=${field}`, `filters[${field}][$notNull]=true`]);
}

/** Planted values as filters on their fields (the field, the filter's path, which marker): a filter must not be a way to read them. */
const MARKER_FILTERS: [string, string, (marker: string) => boolean][] = [
  ['connection', '[connection][provider][$eq]', (m) => m.includes('provider')],
  ['machines', '[machines][label][$eq]', (m) => m.includes('label')],
  ['networkDescription', '[networkDescription][$contains]', () => true],
  ['referent', '[referent][email][$eq]', (m) => m.includes('@')],
  ['team', '[team][member][email][$eq]', (m) => m.includes('@')],
];

function markerFilters(): string[] {
  return MARKER_FILTERS.map(([field, path, which]) => `filters${path}=${space.markers[field].find(which)}`);
}

/** The other routes that reach a space: a workshop's place, the loan catalogue's lending point, a help request's space. */
const RELATED = [
  '/api/ateliers?populate[place][populate]=*',
  '/api/ateliers?populate=*',
  '/api/equipements/catalogue',
  '/api/equipements?populate[lendingPoint][populate]=*',
  '/api/interventions?populate[space][populate]=*&populate[machine][populate]=*',
  '/api/interventions?populate=*',
];

async function bodiesOf(paths: string[], auth?: string): Promise<{ path: string; status: number; text: string }[]> {
  const answers = [];
  for (const path of paths) {
    const answer = await cms.request(path, { token: auth });
    answers.push({ path, status: answer.status, text: JSON.stringify(answer.body) });
  }
  return answers;
}

function espacePaths(): string[] {
  const lists = [...espaceReads(), ...espaceListQueries(), ...markerFilters().map(encodeURI)].map((query) => `/api/espaces?${query}`);
  return [...lists, ...espaceReads().map((query) => `/api/espaces/${space.documentId}?${query}`)];
}

function machinePaths(machineId: string): string[] {
  return ['/api/machines', '/api/machines?populate=*', `/api/machines/${machineId}`, `/api/machines?filters[espace][documentId][$eq]=${space.documentId}`];
}

const leaksIn = (answers: { path: string; text: string }[], values: string[]) =>
  answers.flatMap(({ path, text }) => values.filter((value) => text.includes(value)).map((value) => `${path}: ${value}`));

let visitor: { path: string; status: number; text: string }[];
let withToken: { path: string; status: number; text: string }[];
let machineId: string;

beforeAll(async () => {
  cms = await getCms();
  space = await plantNetworkMarkers(cms.strapi);
  cleanup.push(() => space.remove());
  const atelier = await cms.strapi.documents(UIDS.atelier).create({ data: { ...sampleData(UIDS.atelier), place: space.documentId }, status: 'published' });
  cleanup.push(async () => {
    await cms.strapi.documents(UIDS.atelier).delete({ documentId: atelier.documentId });
  });
  const equipement = await cms.strapi.documents(UIDS.equipement).create({ data: { ...sampleData(UIDS.equipement), lendingPoint: space.documentId } });
  cleanup.push(async () => {
    await cms.strapi.documents(UIDS.equipement).delete({ documentId: equipement.documentId });
  });
  const machine = await cms.strapi.db.query(UIDS.machine).findOne({ where: { espace: { documentId: space.documentId } } });
  machineId = machine.documentId;
  const intervention = await cms.strapi.documents(UIDS.intervention).create({
    data: { ...sampleData(UIDS.intervention), space: space.documentId, machine: machineId },
  });
  cleanup.push(async () => {
    await cms.strapi.documents(UIDS.intervention).delete({ documentId: intervention.documentId });
  });
  token = await fullAccessToken(cms);

  const paths = [...espacePaths(), ...RELATED, ...machinePaths(machineId)];
  visitor = await bodiesOf(paths);
  withToken = await bodiesOf(paths, token);
}, 400_000);

afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

describe.each(NETWORK_ONLY_ESPACE_FIELDS.map((field) => [field]))('the network field %s of a space', (field) => {
  it('should hold marker values, so the checks below have something to find', () => {
    expect(space.markers[field]?.length ?? 0).toBeGreaterThan(0);
  });

  it('should be absent from every response to a visitor', () => {
    expect(leaksIn(visitor, space.markers[field])).toEqual([]);
  });

  it('should be absent from every response to a full-access API token', () => {
    expect(leaksIn(withToken, space.markers[field])).toEqual([]);
  });
});

describe('the public espace routes', () => {
  it('should serve the planted space itself, so the absence of its network fields means something', async () => {
    const answer = await cms.request(`/api/espaces/${space.documentId}`);

    expect([answer.status, answer.body.data.slug]).toEqual([200, space.slug]);
  });

  it.each(MARKER_FILTERS.map(([field, path]) => [`${field}${path}`, field]))(
    'should answer a filter %s on the right value as on a wrong one',
    async (_filter, field) => {
      const filter = markerFilters().find((f) => f.startsWith(`filters[${field}]`))!;
      const wrong = filter.replace(/Secret[0-9a-f]{8}/i, 'Secret00000000');

      const [right, guess] = await Promise.all([cms.request(`/api/espaces?${encodeURI(filter)}`), cms.request(`/api/espaces?${encodeURI(wrong)}`)]);

      expect([right.status, right.body]).toEqual([guess.status, guess.body]);
    },
  );
});

describe('the machines', () => {
  it.each([
    ['a visitor', () => visitor],
    ['a full-access API token', () => withToken],
  ])('should have no route that answers %s', (_who, answers) => {
    const served = answers()
      .filter(({ path }) => path.startsWith('/api/machines'))
      .map(({ path, status }) => `${status} ${path}`)
      .filter((line) => !/^(403|404) /.test(line));

    expect(served).toEqual([]);
  });
});

describe('the admin panel', () => {
  let adminToken: string;
  const contentManager = () => `/content-manager/collection-types/${UIDS.espace}/${space.documentId}?locale=fr`;

  beforeAll(async () => {
    const account = await createAdminAccount(cms.strapi, 'superAdmin', 'Inventaire');
    cleanup.push(() => cms.strapi.admin!.services.user.deleteById(account.id));
    adminToken = (await cms.request('/admin/login', { method: 'POST', body: { email: account.email, password: account.password } })).body.data.token;
  });

  it('should show the network fields of a space to the network', async () => {
    const answer = await cms.request(contentManager(), { token: adminToken });
    const text = JSON.stringify(answer.body);

    // Not editSummary: the revisions plugin moves it from the save into the revision it writes.
    expect(['connection', 'networkDescription', 'referent'].filter((field) => !text.includes(space.markers[field][0]))).toEqual([]);
  });

  it('should save a network field of a space', async () => {
    const saved = await cms.request(contentManager(), { method: 'PUT', token: adminToken, body: { networkDescription: 'Pare-feu remplacé en décembre' } });
    const stored = await cms.strapi.documents(UIDS.espace).findOne({ documentId: space.documentId, locale: 'fr' });

    expect([saved.status, stored?.networkDescription]).toEqual([200, 'Pare-feu remplacé en décembre']);
  });
});
