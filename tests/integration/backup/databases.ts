import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { databaseConfig, type DatabaseConfig } from '../../../packages/launcher/src/backup/config';
import { openSqlite } from '../../../packages/launcher/src/backup/sqlite';
import { postgresSettings, withPostgres } from '../../helpers/postgres';

/** Every row of every table, each table's rows in a stable order, to compare two databases whole. */
export type Tables = Record<string, unknown[]>;

/** The database the shared CMS runs on (a temporary SQLite file, or test:postgres's database). */
export const liveDatabase = (): DatabaseConfig => databaseConfig(process.env);

const byContent = (rows: unknown[]) => rows.map((row) => [JSON.stringify(row), row] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const sorted = (rows: unknown[]) => byContent(rows).map(([, row]) => row);

/** All tables SQLite or PostgreSQL lists, its own bookkeeping (sqlite_sequence) included. */
export async function readTables(config: DatabaseConfig): Promise<Tables> {
  if (config.client === 'sqlite') {
    const db = openSqlite(config.filename, { readonly: true });
    try {
      const names = (db.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((row) => row.name);
      return Object.fromEntries(names.map((name) => [name, sorted(db.prepare(`select * from "${name}"`).all())]));
    } finally {
      db.close();
    }
  }
  return withPostgres(
    config.database,
    async (client) => {
      const { rows } = await client.query<{ name: string }>('select tablename as name from pg_tables where schemaname = $1', [config.schema]);
      const tables: Tables = {};
      for (const { name } of rows) {
        tables[name] = sorted((await client.query(`select * from ${client.escapeIdentifier(config.schema)}.${client.escapeIdentifier(name)}`)).rows);
      }
      return tables;
    },
    config,
  );
}

/**
 * Waits until two reads a moment apart find the same rows: mails queued by the activity are sent
 * after the answers, and their rows change then.
 */
export async function settledTables(config: DatabaseConfig): Promise<Tables> {
  let previous = await readTables(config);
  for (let attempt = 0; attempt < 50; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const current = await readTables(config);
    if (isDeepStrictEqual(current, previous)) return current;
    previous = current;
  }
  throw new Error('the database kept changing for 10 s');
}

/**
 * Runs SQL statements, in order, on a database the CMS is not running on: plain SQL both clients
 * read alike (identifiers in double quotes; PostgreSQL's in the database's search path).
 */
export async function execute(config: DatabaseConfig, statements: string[]): Promise<void> {
  if (config.client === 'sqlite') {
    const db = openSqlite(config.filename);
    try {
      for (const statement of statements) db.prepare(statement).run();
    } finally {
      db.close();
    }
    return;
  }
  await withPostgres(
    config.database,
    async (client) => {
      for (const statement of statements) await client.query(statement);
    },
    config,
  );
}

/** Deletes a table's rows, so that a database differs from its backup. */
export async function emptyTable(config: DatabaseConfig, table: string): Promise<void> {
  await execute(config, [`delete from "${table}"`]);
}

/** The settings that point a CMS of a child process at `config` (cms/config/database.ts reads them). */
export function databaseSettings(config: DatabaseConfig): Record<string, string> {
  if (config.client === 'sqlite') return { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: config.filename };
  return postgresSettings(config.database, config);
}

export interface EmptyDatabase {
  config: DatabaseConfig;
  drop(): Promise<void>;
}

/** A new, empty database of the live one's kind: a file in `dir`, or a database on the same server. */
export async function emptyDatabase(dir: string): Promise<EmptyDatabase> {
  const live = liveDatabase();
  const name = `restauration_${randomBytes(4).toString('hex')}`;
  if (live.client === 'sqlite') return { config: { client: 'sqlite', filename: path.join(dir, `${name}.db`) }, drop: async () => {} };
  await withPostgres('postgres', (client) => client.query(`create database ${name}`), live);
  return {
    config: { ...live, database: name },
    drop: () => withPostgres('postgres', (client) => client.query(`drop database if exists ${name} with (force)`), live).then(() => {}),
  };
}

/** A database of the other kind, for the archive to be refused by (nothing listens on port 9). */
export function otherKindOfDatabase(dir: string): DatabaseConfig {
  return liveDatabase().client === 'sqlite'
    ? { client: 'postgres', host: '127.0.0.1', port: 9, database: 'autre', user: 'postgres', password: '', ssl: false, schema: 'public' }
    : { client: 'sqlite', filename: path.join(dir, 'autre.db') };
}
