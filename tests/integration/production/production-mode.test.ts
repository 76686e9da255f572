import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUIRED_SECRETS } from '../../../packages/launcher/src/env-file';
import { isolatedSettings, productionSecrets, runServe, startProductionCms, type ProductionCms } from './production-child';

/**
 * `npm run serve` (packages/launcher/src/serve.ts): production mode beside `npm start`. The CMS
 * it boots runs in a child process of its own, on a fresh SQLite file, with the secrets set and
 * nothing else asked for; serve.ts itself runs as a child with a secret missing or left at an
 * example value, and must stop before serving anything.
 */
const PASSWORD = 'Production-Acces-2026';
const ADMIN = 'exploitation@reseau.example';

/** The secrets a stderr names, each as a whole word (JWT_SECRET is not ADMIN_JWT_SECRET). */
const namedSecrets = (stderr: string) => REQUIRED_SECRETS.filter((name) => new RegExp(`(?<![A-Z_])${name}(?![A-Z_])`).test(stderr));

async function call(base: string, pathname: string, init: { body?: unknown; token?: string } = {}) {
  const response = await fetch(base + pathname, {
    method: init.body === undefined ? 'GET' : 'POST',
    headers: { ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  return { status: response.status, body: await response.json().catch(() => null) };
}

describe('the CMS as npm run serve starts it, on an empty database', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'reseau-epn-production-'));
  let cms: ProductionCms;
  let adminToken: string;

  beforeAll(async () => {
    cms = await startProductionCms({
      ...isolatedSettings(dataDir),
      ADMIN_EMAIL: ADMIN,
      ADMIN_PASSWORD: PASSWORD,
    });
    adminToken = (await call(cms.url, '/admin/login', { body: { email: ADMIN, password: PASSWORD } })).body.data.token;
  }, 240_000);
  afterAll(async () => {
    await cms?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('should import no demo content when SEED_ON_EMPTY is not set', async () => {
    const totals = await Promise.all(
      ['/api/fiches', '/api/categories', '/api/espaces'].map(async (route) => (await call(cms.url, route)).body.meta.pagination.total),
    );

    expect(totals).toEqual([0, 0, 0]);
  });

  it('should refuse a Super Admin’s change to the content model through the Content-Type Builder', async () => {
    const uid = 'api::essai-production.essai-production';
    const contentType = {
      action: 'create',
      uid,
      status: 'NEW',
      modelType: 'contentType',
      kind: 'collectionType',
      singularName: 'essai-production',
      pluralName: 'essais-production',
      displayName: 'Essai production',
      draftAndPublish: false,
      attributes: [{ action: 'create', name: 'titre', properties: { type: 'string' } }],
    };

    const response = await call(cms.url, '/content-type-builder/update-schema', {
      body: { data: { components: [], contentTypes: [contentType] } },
      token: adminToken,
    });
    const list = await call(cms.url, '/content-type-builder/content-types', { token: adminToken });

    expect(response.status).toBe(403);
    expect(response.body.error.message).toMatch(/disabled in production mode/);
    expect(list.body.data.map((type: { uid: string }) => type.uid)).not.toContain(uid);
  });
});

describe('the CMS as npm run serve starts it, with SEED_ON_EMPTY=true', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'reseau-epn-production-seeded-'));
  let cms: ProductionCms;

  beforeAll(async () => {
    cms = await startProductionCms({
      ...isolatedSettings(dataDir),
      SEED_ON_EMPTY: 'true',
    });
  }, 240_000);
  afterAll(async () => {
    await cms?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('should import the demo content it was asked for', async () => {
    const fiches = await call(cms.url, '/api/fiches');

    expect(fiches.body.meta.pagination.total).toBeGreaterThan(0);
  });
});

describe('npm run serve with a secret missing from both the environment and the .env file', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reseau-epn-serve-secrets-'));
  const envFile = path.join(dir, '.env');
  const { JWT_SECRET: _left, ...inFile } = productionSecrets();
  const written = Object.entries(inFile)
    .map(([name, value]) => `${name}=${value}\n`)
    .join('');
  let result: { code: number | null; stderr: string };

  beforeAll(async () => {
    writeFileSync(envFile, written);
    result = await runServe({ ENV_PATH: envFile });
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('should exit with 1, naming that secret only, with how to generate it', () => {
    expect(result.code).toBe(1);
    expect(namedSecrets(result.stderr)).toEqual(['JWT_SECRET']);
    expect(result.stderr).toMatch(/JWT_SECRET absent : générez-le avec node -e .*randomBytes/);
  });

  it('should generate nothing into the .env file', () => {
    expect(readFileSync(envFile, 'utf8')).toBe(written);
  });
});

describe('npm run serve with APP_KEYS left at the example values', () => {
  let result: { code: number | null; stderr: string };

  beforeAll(async () => {
    result = await runServe({ ...productionSecrets(), APP_KEYS: 'toBeModified1,toBeModified2', ENV_PATH: path.join(os.tmpdir(), 'reseau-epn-absent.env') });
  }, 120_000);

  it('should exit with 1, naming APP_KEYS', () => {
    expect(result.code).toBe(1);
    expect(namedSecrets(result.stderr)).toEqual(['APP_KEYS']);
  });
});
