import { afterAll, beforeAll } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';
import { createFuzzWorld, type FuzzWorld } from './callers';
import { projectRoutes, type FuzzRoute } from './routes';
import { projectTables } from './row-counts';

export interface FuzzSetup {
  cms: TestCms;
  routes: FuzzRoute[];
  tables: string[];
  /** The callers and documents, made in beforeAll and removed in afterAll. */
  world(): FuzzWorld;
}

/**
 * A fuzz file's shared setup. Awaited at the top of the file, before vitest collects its tests,
 * so that each route is a test of its own: the routes come from the live CMS, which getCms()
 * boots once for the whole run.
 */
export async function setUpFuzz(): Promise<FuzzSetup> {
  const cms = await getCms();
  let world: FuzzWorld | undefined;
  beforeAll(async () => {
    world = await createFuzzWorld(cms);
  });
  afterAll(async () => {
    await world?.cleanup();
  });
  return {
    cms,
    routes: projectRoutes(cms.strapi),
    tables: projectTables(cms.strapi),
    world: () => world!,
  };
}
