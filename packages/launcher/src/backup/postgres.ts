import { createRequire } from 'node:module';
import path from 'node:path';
import { CMS_DIR } from '../paths';
import type { PostgresConfig, Report } from './config';
import { runCommand } from './run-command';

/** The part of node-postgres used here. */
interface Client {
  connect(): Promise<unknown>;
  query<Row>(sql: string, values?: unknown[]): Promise<{ rows: Row[] }>;
  escapeIdentifier(name: string): string;
  end(): Promise<void>;
}
type ClientOptions = Pick<PostgresConfig, 'connectionString' | 'host' | 'port' | 'database' | 'user' | 'password'> & {
  ssl?: { rejectUnauthorized: boolean };
  connectionTimeoutMillis: number;
};
type Pg = { Client: new (options: ClientOptions) => Client };

/** The CMS's own PostgreSQL driver (the one knex loads), configured as cms/config/database.ts configures it. */
function connect(config: PostgresConfig): Promise<Client> {
  const pg = createRequire(path.join(CMS_DIR, 'package.json'))('pg') as Pg;
  const client = new pg.Client({
    connectionString: config.connectionString,
    host: config.host,
    port: config.port,
    database: config.database,
    user: config.user,
    password: config.password,
    ssl: config.ssl || undefined,
    connectionTimeoutMillis: 10_000,
  });
  return client.connect().then(
    () => client,
    (error: Error & { code?: string }) => {
      const where = config.connectionString ? 'DATABASE_URL' : `${config.user}@${config.host}:${config.port}`;
      if (error.code === '3D000')
        throw new Error(`La base PostgreSQL « ${config.database} » n’existe pas sur ${where} : créez-la (\`createdb ${config.database}\`), puis relancez.`);
      throw new Error(
        `PostgreSQL ne répond pas sur ${where} (${error.message}) : démarrez le serveur ou corrigez DATABASE_HOST, DATABASE_PORT, DATABASE_USERNAME, DATABASE_PASSWORD (cms/.env), puis relancez.`,
      );
    },
  );
}

/** What pg_dump and pg_restore need to reach the same database (libpq's variables). */
function libpqEnvironment(config: PostgresConfig): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PGHOST: config.host,
    PGPORT: String(config.port),
    PGDATABASE: config.database,
    PGUSER: config.user,
    PGPASSWORD: config.password,
    // libpq cannot use Node's certificate store: with DATABASE_SSL the link is encrypted; a
    // PGSSLMODE set by hand (verify-full with PGSSLROOTCERT) is kept.
    PGSSLMODE: process.env.PGSSLMODE ?? (config.ssl ? 'require' : 'disable'),
    PGCONNECT_TIMEOUT: '10',
  };
}

/** DATABASE_URL wins over the separate variables, as in node-postgres (pg_restore needs one to write to the database). */
const databaseArgument = (config: PostgresConfig) => `--dbname=${config.connectionString ?? config.database}`;

async function tableNames(client: Client, schema: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>('select tablename as name from pg_tables where schemaname = $1 order by tablename', [schema]);
  return rows.map((row) => row.name);
}

async function countRows(client: Client, schema: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await tableNames(client, schema)) {
    const { rows } = await client.query<{ n: string }>(`select count(*) as n from ${client.escapeIdentifier(schema)}.${client.escapeIdentifier(table)}`);
    counts[table] = Number(rows[0].n);
  }
  return counts;
}

/** Reports every tenth of the tables pg_dump or pg_restore went through (their --verbose lines). */
function tableProgress(label: string, total: number, pattern: RegExp, report: Report) {
  let done = 0;
  let shown = -1;
  return (line: string) => {
    if (!pattern.test(line)) return;
    done += 1;
    const tenth = Math.floor((Math.min(done, total) / Math.max(total, 1)) * 10);
    if (tenth > shown) report(`  ${label} : ${done}/${total} tables`);
    shown = Math.max(shown, tenth);
  };
}

/**
 * pg_dump in its custom format, in the snapshot of a transaction that counts the rows first: the
 * counts are those of the dump, even while the CMS writes.
 */
export async function backupPostgres(config: PostgresConfig, to: string, report: Report): Promise<Record<string, number>> {
  const client = await connect(config);
  try {
    await client.query('begin isolation level repeatable read read only');
    const { rows } = await client.query<{ snapshot: string }>('select pg_export_snapshot() as snapshot');
    const counts = await countRows(client, config.schema);
    const args = ['--format=custom', `--snapshot=${rows[0].snapshot}`, `--file=${to}`, '--verbose', databaseArgument(config)];
    // Only the CMS's schema when it has one of its own; "public" is dumped with the database, as
    // restoring a dump limited to it would drop and create "public" itself.
    if (config.schema !== 'public') args.push(`--schema=${config.schema}`);
    const progress = tableProgress('pg_dump', Object.keys(counts).length, /dumping contents of table/, report);
    await runCommand('pg_dump', args, { env: libpqEnvironment(config), onLine: progress });
    await client.query('commit');
    return counts;
  } finally {
    await client.end();
  }
}

/** True when the CMS's schema holds no table (the CMS creates its tables at start). */
export async function isPostgresEmpty(config: PostgresConfig): Promise<boolean> {
  const client = await connect(config);
  try {
    return (await tableNames(client, config.schema)).length === 0;
  } finally {
    await client.end();
  }
}

/**
 * pg_restore in one transaction: it drops what the dump holds and creates it again, and a failure
 * leaves the database as it was. Objects keep no owner or grants of the old server's roles.
 */
export async function restorePostgres(from: string, config: PostgresConfig, tables: number, report: Report): Promise<Record<string, number>> {
  const args = ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '--verbose', databaseArgument(config), from];
  const progress = tableProgress('pg_restore', tables, /processing data for table/, report);
  await runCommand('pg_restore', args, { env: libpqEnvironment(config), onLine: progress });
  const client = await connect(config);
  try {
    return await countRows(client, config.schema);
  } finally {
    await client.end();
  }
}
