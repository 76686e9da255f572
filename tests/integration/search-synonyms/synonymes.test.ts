import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UIDS } from '@reseau-epn/platform';
import { importSeed } from '../../../content-seed/src';
import { getCms, type TestCms } from '../../helpers/cms';
import { createPerson, type Person } from '../../helpers/people';

const SYNONYME = UIDS.synonyme;
const CM = `/content-manager/collection-types/${SYNONYME}`;

let cms: TestCms;
let moderateur: Person;
const created: string[] = [];
// Unique words, so that this file's groups are told apart from any other file's.
const mark = `essai${Date.now().toString(36)}`;

// The shared CMS boots in about 5 s alone; on a loaded 2-core machine it took over 180 s.
beforeAll(async () => {
  cms = await getCms();
  moderateur = await createPerson(cms, 'moderateur');
}, 600_000);

afterAll(async () => {
  for (const documentId of created) await cms.strapi.documents(SYNONYME).delete({ documentId, locale: '*' });
});

describe('search synonyms', () => {
  it('should let anyone read the groups', async () => {
    const { documentId } = await cms.strapi.documents(SYNONYME).create({ locale: 'fr', data: { words: `${mark}, ordi, PC`, note: 'Essai' } });
    created.push(documentId);

    const response = await cms.request(`/api/synonymes?locale=fr&filters[documentId][$eq]=${documentId}`);

    expect([response.status, response.body.data.map((g: { words: string }) => g.words)]).toEqual([200, [`${mark}, ordi, PC`]]);
  });

  it('should let a Modérateur write a group through the admin', async () => {
    const response = await cms.request(`${CM}?locale=fr`, { method: 'POST', token: moderateur.adminToken, body: { words: `${mark}, courriel, mail` } });
    created.push(response.body.data?.documentId);

    expect([response.status, response.body.data?.words]).toEqual([201, `${mark}, courriel, mail`]);
  });

  it('should refuse a group without words, naming the field', async () => {
    const response = await cms.request(`${CM}?locale=fr`, { method: 'POST', token: moderateur.adminToken, body: { note: 'Sans mots' } });
    const paths = (response.body.error?.details?.errors ?? []).map((e: { path: string[] }) => e.path.join('.'));

    expect([response.status, paths]).toEqual([400, ['words']]);
  });

  it('should seed each group once, however many times the seed runs', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'reseau-epn-synonymes-'));
    mkdirSync(path.join(dir, 'synonymes'));
    const words = `${mark} seed, wifi, sans-fil`;
    writeFileSync(
      path.join(dir, 'synonymes', 'wifi.json'),
      JSON.stringify({ words, note: 'Essai', translations: { br: { words: `${mark} seed, wifi, hep neudenn` } } }),
    );

    await importSeed(cms.strapi, { dir, log: () => {} });
    await importSeed(cms.strapi, { dir, log: () => {} });
    const groups = await cms.strapi.documents(SYNONYME).findMany({ locale: 'fr', filters: { words } });
    created.push(...groups.map((g) => g.documentId));
    const breton = await cms.strapi.documents(SYNONYME).findMany({ locale: 'br', filters: { documentId: groups[0]?.documentId } });

    expect([groups.length, breton.map((g) => g.words)]).toEqual([1, [`${mark} seed, wifi, hep neudenn`]]);
  });
});
