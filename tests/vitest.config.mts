import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Kept in tests/ so the repository's root holds only the workspaces; paths are from the root.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
          environment: 'node',
          // One Strapi boots per run (about 10 s) and is shared by every file: the files run one
          // after the other in a single process that keeps its module cache.
          pool: 'forks',
          maxWorkers: 1,
          isolate: false,
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/e2e/**/*.test.ts', 'tests/a11y/**/*.test.ts'],
          environment: 'node',
          // The site is built once from tests/fixtures/site-snapshot.json and served for every file;
          // the XSS corpus gets a build of its own. The global setup starts both builds and returns,
          // so they run on the second core while the unit and integration projects run on the first
          // (every project's global setup runs before any test file, and this project's files come
          // last); build-ready.ts holds each file until the shared build has ended.
          globalSetup: ['tests/site/global-setup.ts'],
          setupFiles: ['tests/site/build-ready.ts'],
          pool: 'forks',
          maxWorkers: 1,
          // One module cache for every file, as in the integration project: each file re-importing
          // Playwright and the site's modules cost about 40 s of CI (import 62 s against 2 s).
          isolate: false,
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e-admin',
          include: ['tests/e2e-admin/**/*.test.ts'],
          environment: 'node',
          // The real admin panel in Chromium, served by a Strapi of its own with the site builder
          // (tests/README.md). The global setup starts the admin bundle's build, only when its inputs
          // changed, and returns; the files wait for it (build-ready.ts), then share one CMS, one after
          // the other in one process.
          globalSetup: ['tests/e2e-admin/global-setup.ts'],
          setupFiles: ['tests/e2e-admin/build-ready.ts'],
          pool: 'forks',
          maxWorkers: 1,
          isolate: false,
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
