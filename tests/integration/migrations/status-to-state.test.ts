import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChildCms } from '../../helpers/child-cms';
import { databaseSettings, emptyDatabase, execute, readTables, type EmptyDatabase, type Tables } from '../backup/databases';
import { isolatedSettings, startProductionCms } from '../production/production-child';

/**
 * cms/database/migrations/…rename-status-to-state: the workflow's and the forum's state attribute
 * was `status` (the name Strapi 5 gives the draft/published dimension) and is now `state`. A
 * database of an older install, its column still `status`, keeps every state after an upgrade,
 * whether the CMS starts as `npm start` starts it (compiled at start) or as `npm run serve` does
 * (from cms/dist). The old database is the new one taken back: its columns renamed to `status`, the
 * migration forgotten, rows written with the old column. On a database of its own, of the kind
 * the run uses (SQLite, or PostgreSQL under test:postgres).
 */
const TABLES = ['interventions', 'prets', 'sujets', 'messages'] as const;
const MIGRATION = '2026.12.02T00.00.00.rename-status-to-state.js';

/** One row of each table, and the state it must keep: none is the default of its type. */
const ROWS: Record<(typeof TABLES)[number], { documentId: string; state: string; columns: Record<string, string> }> = {
  interventions: { documentId: 'ancienne-intervention', state: 'en_cours', columns: { reference: 'INT-2025-001', title: 'Imprimante hors ligne' } },
  prets: { documentId: 'ancien-pret', state: 'rendu', columns: { reference: 'PRET-2025-001' } },
  sujets: { documentId: 'ancien-sujet', state: 'publie', columns: { title: 'Un ancien sujet', slug: 'un-ancien-sujet' } },
  messages: { documentId: 'ancien-message', state: 'masque', columns: { body: 'Un ancien message' } },
};

const quoted = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** The database as an install from before the rename left it, with one row in each table. */
function backToStatus(): string[] {
  return [
    ...TABLES.map((table) => `alter table "${table}" rename column "state" to "status"`),
    `delete from "strapi_migrations" where "name" = ${quoted(MIGRATION)}`,
    ...TABLES.map((table) => {
      const { documentId, state, columns } = ROWS[table];
      const values = { document_id: documentId, status: state, ...columns };
      return `insert into "${table}" (${Object.keys(values)
        .map((name) => `"${name}"`)
        .join(', ')}) values (${Object.values(values).map(quoted).join(', ')})`;
    }),
  ];
}

/** Each table's columns named `status` or `state`, and the state of its old row. */
function statesIn(tables: Tables) {
  return Object.fromEntries(
    TABLES.map((table) => {
      const rows = tables[table] as Record<string, unknown>[];
      const row = rows.find((r) => r.document_id === ROWS[table].documentId);
      return [table, { columns: Object.keys(rows[0] ?? {}).filter((name) => name === 'status' || name === 'state'), state: row?.state }];
    }),
  );
}

const expected = Object.fromEntries(TABLES.map((table) => [table, { columns: ['state'], state: ROWS[table].state }]));

describe('the migration of `status` to `state`', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reseau-epn-migration-'));
  let database: EmptyDatabase;
  let settings: Record<string, string>;

  beforeAll(async () => {
    for (const start of ['start', 'serve']) mkdirSync(path.join(dir, start));
    database = await emptyDatabase(dir);
    settings = { ...databaseSettings(database.config), SEED_ON_EMPTY: 'false' };
  });
  afterAll(async () => {
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('should leave a fresh database as the content model makes it', async () => {
    const cms = await startChildCms(path.join(dir, 'start'), settings);
    await cms.stop();

    const tables = await readTables(database.config);
    expect(tables.strapi_migrations).toEqual([expect.objectContaining({ name: MIGRATION })]);
    for (const table of TABLES) expect(await columnsOf(table)).toContain('state');
  }, 240_000);

  it('should keep the old states when the CMS starts as npm run serve starts it', async () => {
    await execute(database.config, backToStatus());

    const cms = await startProductionCms({ ...isolatedSettings(path.join(dir, 'serve')), ...settings });
    await cms.stop();

    expect(statesIn(await readTables(database.config))).toEqual(expected);
  }, 240_000);

  it('should keep the old states when the CMS starts as npm start starts it', async () => {
    await execute(database.config, [...TABLES.map((table) => `delete from "${table}"`), ...backToStatus()]);

    const cms = await startChildCms(path.join(dir, 'start'), settings);
    await cms.stop();

    expect(statesIn(await readTables(database.config))).toEqual(expected);
  }, 240_000);

  /** A table's column names, read from an empty table too (its rows would not say). */
  async function columnsOf(table: string): Promise<string[]> {
    await execute(database.config, [`insert into "${table}" ("document_id") values ('colonnes')`]);
    const [row] = (await readTables(database.config))[table] as Record<string, unknown>[];
    await execute(database.config, [`delete from "${table}" where "document_id" = 'colonnes'`]);
    return Object.keys(row ?? {});
  }
});
