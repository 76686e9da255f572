import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { UIDS } from '@reseau-epn/platform';
import { ADMIN_LAYOUTS } from '../../../cms/src/admin-layouts';
import { applyAdminLayouts } from '../../../cms/src/admin-layouts/apply';
import { ficheLayout } from '../../../cms/src/admin-layouts/content-types/fiche';
import { getCms, type TestCms } from '../../helpers/cms';
import { deleteAdmin, superAdminToken } from '../digest/helpers';
import { readConfiguration, writeConfiguration } from './helpers';

// A configuration changed in the admin (« Configurer la vue ») is replaced by the declared one at
// the next start, with a warning naming what was replaced: the start-up applies it again here.
let cms: TestCms;
let admin: { token: string; id: number };

beforeAll(async () => {
  cms = await getCms();
  admin = await superAdminToken(cms);
});

afterEach(() => {
  vi.restoreAllMocks();
});

afterAll(async () => {
  await applyAdminLayouts(cms.strapi, [ficheLayout]);
  await deleteAdmin(cms, admin.id);
});

async function changeByHand() {
  const configuration = await readConfiguration(cms, UIDS.fiche, admin.token);
  configuration.metadatas.title.edit.label = 'Intitulé';
  configuration.layouts.list = ['title', 'updatedAt'];
  const response = await writeConfiguration(cms, UIDS.fiche, admin.token, configuration);
  if (response.status !== 200) throw new Error(`hand change refused: ${response.status}`);
}

/** What a restart does to the configuration: the Content Manager's own sync, then ours. */
async function restart() {
  await cms.strapi.plugin('content-manager').service('components').syncConfigurations();
  await cms.strapi.plugin('content-manager').service('content-types').syncConfigurations();
  await applyAdminLayouts(cms.strapi, ADMIN_LAYOUTS);
}

const warnings = () => {
  const warn = vi.spyOn(cms.strapi.log, 'warn');
  return () => warn.mock.calls.map((call) => String(call[0])).filter((message) => message.includes('[admin-layouts]'));
};

describe('a configuration changed by hand in the admin', () => {
  it('should be replaced by the declared one at the next start', async () => {
    await changeByHand();
    await applyAdminLayouts(cms.strapi, [ficheLayout]);
    const { metadatas, layouts } = await readConfiguration(cms, UIDS.fiche, admin.token);
    expect(metadatas.title.edit.label).toBe('Titre');
    expect(layouts.list).toEqual(['title', 'category', 'reviewState', 'author', 'updatedAt']);
  });

  it('should log the type and the fields that were replaced', async () => {
    await changeByHand();
    const logged = warnings();
    await applyAdminLayouts(cms.strapi, [ficheLayout]);
    expect(logged()).toEqual([expect.stringMatching(/api::fiche\.fiche : configuration modifiée à la main \(.*metadatas\.title\.edit\.label.*\) remplacée/)]);
    expect(logged()[0]).toContain('layouts.list');
  });

  it('should not warn at a restart when nothing was changed by hand', async () => {
    await applyAdminLayouts(cms.strapi, [ficheLayout]);
    const logged = warnings();
    await restart();
    expect(logged()).toEqual([]);
  });
});
