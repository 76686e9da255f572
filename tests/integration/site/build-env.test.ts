import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSiteBuildProcess } from '../../../packages/launcher/src/site-build-process';

/** Secrets a CMS process holds (cms/.env), with values to look for in what the build sees. */
const SECRETS: Record<string, string> = {
  APP_KEYS: 'app-key-secret-1,app-key-secret-2',
  ADMIN_JWT_SECRET: 'admin-jwt-secret-value',
  JWT_SECRET: 'jwt-secret-value',
  API_TOKEN_SALT: 'api-token-salt-value',
  DATABASE_PASSWORD: 'database-password-value',
  SMTP_PASS: 'smtp-password-value',
  PREVIEW_SECRET: 'preview-secret-value',
};
const SETTINGS = { SITE_URL: 'https://epn.example', SITE_TILE_URL: 'https://tiles.example/{z}/{x}/{y}.png' };

let dir: string;
let seen: Record<string, string>;
const saved = new Map<string, string | undefined>();

/** Runs, through the site build's own launcher, a script that writes down the environment it got. */
beforeAll(async () => {
  for (const name of [...Object.keys(SECRETS), ...Object.keys(SETTINGS)]) saved.set(name, process.env[name]);
  Object.assign(process.env, SECRETS, SETTINGS);
  dir = mkdtempSync(path.join(tmpdir(), 'build-env-'));
  const script = path.join(dir, 'report-env.cjs');
  writeFileSync(script, "require('node:fs').writeFileSync(process.argv[2], JSON.stringify(process.env));\n");
  await runSiteBuildProcess(script, [path.join(dir, 'env.json')], {
    cwd: dir,
    quiet: true,
    settings: { CMS_URL: 'http://127.0.0.1:1337', CMS_TOKEN: 'read-only-token', ASTRO_CACHE_DIR: dir },
  });
  seen = JSON.parse(readFileSync(path.join(dir, 'env.json'), 'utf8')) as Record<string, string>;
});

afterAll(() => {
  for (const [name, value] of saved) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('the environment of the site build', () => {
  it('should hold none of the CMS process’s secrets, by name or by value', () => {
    const text = JSON.stringify(seen);

    expect(Object.keys(SECRETS).filter((name) => name in seen)).toEqual([]);
    expect(Object.values(SECRETS).filter((value) => text.includes(value))).toEqual([]);
  });

  it('should hold the site’s settings and what the build is given', () => {
    expect(seen).toMatchObject({ ...SETTINGS, CMS_URL: 'http://127.0.0.1:1337', CMS_TOKEN: 'read-only-token', ASTRO_CACHE_DIR: dir, PATH: process.env.PATH });
  });
});
