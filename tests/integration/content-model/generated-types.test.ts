import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CMS_DIR, getCms } from '../../helpers/cms';
import type * as TypescriptUtils from '@strapi/typescript-utils';

/**
 * Strapi's generated types (cms/types/generated) are committed: the plugins, the seed and the
 * tests type `strapi.documents(uid)` with them. This test regenerates them from the running
 * app's schemas with Strapi's own generator, the one `strapi ts:generate-types` calls, so a
 * schema changed without regenerating fails here rather than in a type-check that still passes
 * on yesterday's shapes.
 */

// Strapi's packages are loaded through their CommonJS builds under vitest (see helpers/cms.ts).
const { generators } = createRequire(import.meta.url)('@strapi/typescript-utils') as typeof TypescriptUtils;

const ARTIFACTS = ['contentTypes', 'components'] as const;
const COMMITTED_DIR = path.join(CMS_DIR, 'types', 'generated');
/** Where the generator writes under its `pwd`: `<rootDir>/generated`, as in the app. */
const ROOT_DIR = 'types';
const HOW_TO_FIX = 'run `cd cms && npx strapi ts:generate-types` and commit';

/**
 * Empty when the generated file equals the committed one; otherwise what to do and the first line
 * where they part (the files are long: a whole diff would bury the instruction).
 */
function staleness(file: string, generated: string, committed: string): string {
  if (generated === committed) return '';
  const [g, c] = [generated.split('\n'), committed.split('\n')];
  const found = g.findIndex((text, i) => text !== c[i]);
  const line = found === -1 ? g.length : found;
  const where = `line ${line + 1}: generated ${JSON.stringify(g[line] ?? '<end>')}, committed ${JSON.stringify(c[line] ?? '<end>')}`;
  return `cms/types/generated/${file} is out of date with the schemas (${where}): ${HOW_TO_FIX}`;
}

let scratch = '';
let reports: Record<string, unknown>;

beforeAll(async () => {
  const { strapi } = await getCms();
  scratch = await mkdtemp(path.join(os.tmpdir(), 'reseau-epn-types-'));
  reports = await generators.generate({
    strapi,
    pwd: scratch,
    rootDir: ROOT_DIR,
    logger: { silent: true },
    artifacts: { contentTypes: true, components: true },
  });
});

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('generated Strapi types', () => {
  it.each(ARTIFACTS)('should have generated %s from the running app', (artifact) => {
    // The generator logs a failed artifact (silenced here) and leaves it out of its reports.
    expect(Object.keys(reports), `Strapi's generator failed on ${artifact}`).toContain(artifact);
  });

  it.each(ARTIFACTS)('should match the committed cms/types/generated/%s.d.ts', async (artifact) => {
    const file = `${artifact}.d.ts`;
    const generated = await readFile(path.join(scratch, ROOT_DIR, 'generated', file), 'utf8');
    const committed = await readFile(path.join(COMMITTED_DIR, file), 'utf8');

    expect(staleness(file, generated, committed)).toBe('');
  });
});
