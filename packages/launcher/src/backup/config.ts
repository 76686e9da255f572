import path from 'node:path';
import { CMS_DIR, ROOT } from '../paths';
import { cmsEnvironment, settingsFile } from './settings';

export interface SqliteConfig {
  client: 'sqlite';
  filename: string;
}

export interface PostgresConfig {
  client: 'postgres';
  connectionString?: string;
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
  ssl: false | { rejectUnauthorized: boolean };
  schema: string;
}

export type DatabaseConfig = SqliteConfig | PostgresConfig;

/** What a backup reads and a restore writes: the CMS's database, its uploads and its settings. */
export interface Installation {
  database: DatabaseConfig;
  /** The local upload provider's folder: cms/public/uploads. */
  uploadsDir: string;
  /** The .env the CMS loads (cms/.env or ENV_PATH). */
  settingsFile: string;
}

/** Progress lines for a person watching: the CLI prints them, the tests may keep them. */
export type Report = (line: string) => void;

export const CLIENT_NAMES = { sqlite: 'SQLite', postgres: 'PostgreSQL' } as const;

/** The repository's git-ignored data folder (DATA_DIR), where the SQLite database and the outbox live. */
export function dataDir(env: NodeJS.ProcessEnv): string {
  return path.resolve(CMS_DIR, env.DATA_DIR || path.join(ROOT, 'data'));
}

/**
 * The database the CMS connects to, read as cms/config/database.ts reads it (same variables, same
 * defaults). A relative SQLite path is taken from cms/, where the CMS runs.
 */
export function databaseConfig(env: NodeJS.ProcessEnv): DatabaseConfig {
  const client = env.DATABASE_CLIENT || 'sqlite';
  if (client === 'sqlite') {
    return { client, filename: path.resolve(CMS_DIR, env.DATABASE_FILENAME || path.join(dataDir(env), 'cms.db')) };
  }
  if (client === 'postgres') {
    return {
      client,
      connectionString: env.DATABASE_URL || undefined,
      host: env.DATABASE_HOST || '127.0.0.1',
      port: Number(env.DATABASE_PORT || 5432),
      database: env.DATABASE_NAME || 'reseau_epn',
      user: env.DATABASE_USERNAME || 'postgres',
      password: env.DATABASE_PASSWORD ?? '',
      ssl: env.DATABASE_SSL === 'true' && { rejectUnauthorized: env.DATABASE_SSL_REJECT_UNAUTHORIZED !== 'false' },
      schema: env.DATABASE_SCHEMA || 'public',
    };
  }
  throw new Error(`DATABASE_CLIENT « ${client} » n’est pas pris en charge : indiquez « sqlite » (par défaut) ou « postgres ».`);
}

/** The installation the CMS would run on with this environment and its settings file. */
export function currentInstallation(env: NodeJS.ProcessEnv = process.env): Installation {
  return {
    database: databaseConfig(cmsEnvironment(env)),
    uploadsDir: path.join(CMS_DIR, 'public', 'uploads'),
    settingsFile: settingsFile(env),
  };
}
