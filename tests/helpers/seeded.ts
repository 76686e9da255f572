import { importSeed, type SeedReport } from '../../content-seed/src';
import { getCms, type TestCms } from './cms';

/** The import date of the test run's seed: fixed, so relative dates are known. */
export const SEED_NOW = new Date('2026-11-25T09:00:00Z');

let seeded: Promise<{ cms: TestCms; report: SeedReport }> | undefined;

/** The shared CMS with the project's seed imported once per run. */
export function getSeededCms(): Promise<{ cms: TestCms; report: SeedReport }> {
  seeded ??= getCms().then(async (cms) => ({ cms, report: await importSeed(cms.strapi, { now: SEED_NOW, log: () => {} }) }));
  return seeded;
}
