import { existsSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { CMS_DIR } from '../paths';
import type { Report, SqliteConfig } from './config';
import { megabytes } from './uploads';

/** The part of better-sqlite3 used here (the package ships no types). */
interface Statement {
  all(...params: unknown[]): unknown[];
  get(...params: unknown[]): unknown;
  run(...params: unknown[]): unknown;
}
interface BackupProgress {
  totalPages: number;
  remainingPages: number;
}
export interface SqliteDatabase {
  prepare(sql: string): Statement;
  backup(destination: string, options?: { progress?: (progress: BackupProgress) => number | undefined }): Promise<BackupProgress>;
  close(): void;
}
type SqliteConstructor = new (filename: string, options?: { readonly?: boolean; fileMustExist?: boolean }) => SqliteDatabase;

/** The CMS's own SQLite driver (the one knex loads), so the file formats always agree. */
export function openSqlite(file: string, options: { readonly?: boolean } = {}): SqliteDatabase {
  const Database = createRequire(path.join(CMS_DIR, 'package.json'))('better-sqlite3') as SqliteConstructor;
  return new Database(file, { ...options, fileMustExist: true });
}

/** The database's own tables, in name order (SQLite's internal ones left out). */
export function sqliteTableNames(db: SqliteDatabase): string[] {
  const rows = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\' order by name").all();
  return (rows as { name: string }[]).map((row) => row.name);
}

/** Rows per table of a database file. */
export function countSqliteRows(file: string): Record<string, number> {
  const db = openSqlite(file, { readonly: true });
  try {
    const counts: Record<string, number> = {};
    for (const table of sqliteTableNames(db)) {
      counts[table] = (db.prepare(`select count(*) as n from "${table.replaceAll('"', '""')}"`).get() as { n: number }).n;
    }
    return counts;
  } finally {
    db.close();
  }
}

/** Reports every tenth of the pages copied. */
function pageProgress(label: string, report: Report) {
  let shown = -1;
  return ({ totalPages, remainingPages }: BackupProgress) => {
    const tenth = Math.floor(((totalPages - remainingPages) / totalPages) * 10);
    if (tenth > shown && tenth > 0) report(`  ${label} : ${tenth * 10} %`);
    shown = Math.max(shown, tenth);
    return undefined;
  };
}

/** better-sqlite3's largest step: every remaining page at once. */
const ALL_PAGES = 0x7fffffff;

/**
 * SQLite's online backup: a consistent copy while the CMS may be running. The pages are copied in
 * one step, since a write by another connection between two steps makes SQLite start the copy
 * over, and a busy CMS could keep it from ever ending; the CMS's writes wait for that step
 * (rollback journal, within its busy timeout), well under a second for a hundred megabytes.
 * Returns the copy's rows per table.
 */
export async function backupSqlite(config: SqliteConfig, to: string, report: Report): Promise<Record<string, number>> {
  if (!existsSync(config.filename)) {
    throw new Error(
      `La base SQLite ${config.filename} n’existe pas : vérifiez DATABASE_FILENAME ou DATA_DIR (cms/.env), ou démarrez le CMS une première fois (npm start).`,
    );
  }
  report(`  copie de ${config.filename} (${megabytes(statSync(config.filename).size)})…`);
  const source = openSqlite(config.filename);
  try {
    await source.backup(to, { progress: () => ALL_PAGES });
  } finally {
    source.close();
  }
  return countSqliteRows(to);
}

/** True when the file is missing, empty, or holds no table (the CMS creates its tables at start). */
export function isSqliteEmpty(config: SqliteConfig): boolean {
  if (!existsSync(config.filename) || statSync(config.filename).size === 0) return true;
  const db = openSqlite(config.filename, { readonly: true });
  try {
    return sqliteTableNames(db).length === 0;
  } finally {
    db.close();
  }
}

/**
 * Writes the archive's database over the configured file through the same backup API, in the
 * other direction: SQLite replaces the content in one transaction and leaves the file whole if it
 * fails, and a leftover journal of the old file is handled by SQLite rather than left behind.
 */
export async function restoreSqlite(from: string, config: SqliteConfig, report: Report): Promise<Record<string, number>> {
  mkdirSync(path.dirname(config.filename), { recursive: true });
  const source = openSqlite(from, { readonly: true });
  try {
    await source.backup(config.filename, { progress: pageProgress('écriture de la base', report) });
  } finally {
    source.close();
  }
  return countSqliteRows(config.filename);
}
