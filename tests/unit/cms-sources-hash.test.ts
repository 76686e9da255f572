import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cmsSourcesHash } from '../../packages/launcher/src/cms-compile';

/** A repository in miniature: the root's tsconfig and lockfile, and a cms/ with what lives in one. */
let root: string;
let cms: string;

function write(file: string, content: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'reseau-epn-cms-hash-'));
  cms = path.join(root, 'cms');
  write(path.join(root, 'tsconfig.json'), '{}');
  write(path.join(root, 'package-lock.json'), '{"lockfileVersion":3}');
  write(path.join(cms, 'tsconfig.json'), '{"extends":"../tsconfig.json"}');
  write(path.join(cms, 'config', 'server.ts'), 'export default {};');
  write(path.join(cms, 'src', 'index.ts'), 'export default {};');
  write(path.join(cms, 'src', 'api', 'fiche', 'content-types', 'fiche', 'schema.json'), '{"kind":"collectionType"}');
  write(path.join(cms, 'database', 'migrations', '2026.12.02T00.00.00.rename.ts'), 'export async function up() {}');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the CMS sources’ hash (cms/dist is compiled again only when it changes)', () => {
  it('should change when a compiled file is edited, added or removed', () => {
    const before = cmsSourcesHash(cms, root);

    write(path.join(cms, 'src', 'index.ts'), 'export default { register() {} };');
    const edited = cmsSourcesHash(cms, root);
    write(path.join(cms, 'src', 'api', 'fiche', 'content-types', 'fiche', 'schema.json'), '{"kind":"singleType"}');
    const schemaEdited = cmsSourcesHash(cms, root);
    write(path.join(cms, 'database', 'migrations', '2026.12.03T00.00.00.next.ts'), 'export async function up() {}');
    const added = cmsSourcesHash(cms, root);
    rmSync(path.join(cms, 'config', 'server.ts'));
    const removed = cmsSourcesHash(cms, root);

    expect(new Set([before, edited, schemaEdited, added, removed]).size).toBe(5);
  });

  it('should change with the root tsconfig and the lockfile (TypeScript’s version)', () => {
    const before = cmsSourcesHash(cms, root);

    write(path.join(root, 'tsconfig.json'), '{"compilerOptions":{"strict":true}}');
    const tsconfig = cmsSourcesHash(cms, root);
    write(path.join(root, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}');

    expect(new Set([before, tsconfig, cmsSourcesHash(cms, root)]).size).toBe(3);
  });

  it('should stay the same when only runtime files, the build or the admin panel change', () => {
    const before = cmsSourcesHash(cms, root);

    write(path.join(cms, '.env'), 'APP_KEYS=a,b');
    write(path.join(cms, '.tmp', 'data.db'), 'sqlite');
    write(path.join(cms, '.strapi-updater.json'), '{}');
    write(path.join(cms, 'dist', 'src', 'index.js'), 'module.exports = {};');
    write(path.join(cms, 'dist', '.sources-hash'), before);
    write(path.join(cms, 'public', 'uploads', 'photo.png'), 'png');
    write(path.join(cms, 'node_modules', 'x', 'index.js'), '');
    write(path.join(cms, 'src', 'admin', 'app.tsx'), 'export default {};');

    expect(cmsSourcesHash(cms, root)).toBe(before);
  });
});
