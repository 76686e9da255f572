/**
 * `npm run test:postgres`: the integration suites against PostgreSQL. Creates a throw-away
 * database, runs vitest's integration project on it, and drops it. Without a reachable server
 * it says so in one line and exits 0, so a machine without PostgreSQL still passes.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { postgresSettings, postgresUnreachable, TEST_POSTGRES, withPostgres } from './helpers/postgres';

/**
 * Suites whose outcome does not depend on the test database: the first start, the invitation
 * mail and production mode (`npm run serve`) run the CMS in child processes on SQLite files of
 * their own (production mode: about a minute here); the topology test runs its CMS
 * instances on a PostgreSQL database of its own (under `npm test` already); four of the site's
 * suites build Astro sites, from snapshot files (build-env, incremental) or from the CMS's REST
 * answers (rebuild, private-inventory), which the suites run here check on PostgreSQL already
 * (privacy, content model, public cache, the snapshot's uploads). Run here they would repeat
 * themselves: about 3.5 minutes of CI building sites. Naming files on the command line runs
 * exactly those.
 */
const SAME_ON_EVERY_DATABASE = [
  'tests/integration/admin/**',
  'tests/integration/production/**',
  'tests/integration/site/{build-env,incremental,rebuild,private-inventory}.test.ts',
  'tests/integration/topology/**',
];

/**
 * The fuzz suite's share of its SQLite runs (FUZZ_RUNS, tests/integration/fuzz/runner.ts): every
 * route and every kind of value still goes to PostgreSQL, whose typing differs, but a fifth as
 * many cases: the whole search took 42 minutes there on a loaded machine, against about 5 on
 * SQLite. The ids and bodies PostgreSQL refused have named regression tests
 * (validation/relation-ids, security/body-parsing).
 */
const FUZZ_RUNS_ON_POSTGRES = '0.2';

async function main(): Promise<number> {
  const unreachable = await postgresUnreachable();
  if (unreachable) {
    console.log(`test:postgres skipped: ${unreachable}.`);
    return 0;
  }

  const database = `reseau_epn_test_${randomBytes(4).toString('hex')}`;
  await withPostgres('postgres', (client) => client.query(`create database ${database}`));
  console.log(`test:postgres: database ${database} on ${TEST_POSTGRES.host}:${TEST_POSTGRES.port}`);
  try {
    const args = process.argv.slice(2);
    const exclusions = args.some((arg) => !arg.startsWith('-')) ? [] : SAME_ON_EVERY_DATABASE.flatMap((glob) => ['--exclude', glob]);
    const result = spawnSync('npx', ['vitest', 'run', '--config', 'tests/vitest.config.mts', '--project', 'integration', ...exclusions, ...args], {
      stdio: 'inherit',
      env: {
        FUZZ_RUNS: FUZZ_RUNS_ON_POSTGRES,
        ...process.env,
        ...postgresSettings(database),
      },
    });
    return result.status ?? 1;
  } finally {
    await withPostgres('postgres', (client) => client.query(`drop database if exists ${database} with (force)`));
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`test:postgres failed before the tests ran: ${error.message}`);
    process.exit(1);
  },
);
