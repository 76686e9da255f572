import type { Core } from '@strapi/strapi';
import { UIDS } from '@reseau-epn/platform';
import { PROJECT_PLUGINS } from './routes';

/** Rows and the highest id of each table: a refused request changes neither. */
export type TableCounts = Map<string, { rows: number; maxId: number }>;

interface ModelMeta {
  uid: string;
  tableName: string;
  attributes: Record<string, { joinTable?: { name: string } }>;
}

/** The project's models: its APIs, its plugins, its components, and the forum's members (users-permissions' users, which the forum extends). */
const isProjectModel = (strapi: Core.Strapi, uid: string) =>
  uid.startsWith('api::') || PROJECT_PLUGINS.some((name) => uid.startsWith(`plugin::${name}.`)) || uid in strapi.components || uid === UIDS.user;

/** The tables of the project's models, with their join tables (relations, components). */
export function projectTables(strapi: Core.Strapi): string[] {
  const metas = [...(strapi.db.metadata as unknown as Map<string, ModelMeta>).values()].filter((meta) => isProjectModel(strapi, meta.uid));
  const tables = metas.flatMap((meta) => [
    meta.tableName,
    ...Object.values(meta.attributes).flatMap((attribute) => (attribute.joinTable ? [attribute.joinTable.name] : [])),
  ]);
  return [...new Set(tables)].sort();
}

/**
 * Every table counted in one statement through knex: the Document Service counts documents, not
 * the rows a half-done write leaves in join and component tables.
 */
export async function countRows(strapi: Core.Strapi, tables: string[]): Promise<TableCounts> {
  const sql = tables.map(() => 'select cast(? as varchar(255)) as t, count(*) as c, max(id) as m from ??').join(' union all ');
  const bindings = tables.flatMap((table) => [table, table]);
  // PostgreSQL plans a union of eighty tables as a parallel query, and starting its two workers
  // took 70–90 ms of each count (5 ms without): most of the fuzz suites' time on PostgreSQL,
  // which counts twice per case. The setting lasts for this transaction only.
  const result =
    strapi.db.dialect.client === 'postgres'
      ? await strapi.db.connection.transaction(async (trx) => {
          await trx.raw('set local max_parallel_workers_per_gather = 0');
          return trx.raw(sql, bindings);
        })
      : await strapi.db.connection.raw(sql, bindings);
  // The cast: PostgreSQL cannot type a bare parameter in a union. better-sqlite3 answers rows, pg a
  // result whose `rows` they are, with counts as strings (bigint).
  const rows: { t: string; c: number | string; m: number | string | null }[] = Array.isArray(result) ? result : result.rows;
  return new Map(rows.map((row) => [row.t, { rows: Number(row.c), maxId: Number(row.m ?? 0) }]));
}

/** Tables whose rows or highest id differ, as `table: before → after`. */
export function changedTables(before: TableCounts, after: TableCounts): string[] {
  return [...before]
    .filter(([table, counts]) => after.get(table)?.rows !== counts.rows || after.get(table)?.maxId !== counts.maxId)
    .map(([table, counts]) => `${table}: ${counts.rows} → ${after.get(table)?.rows}`);
}

/**
 * Removes the rows an accepted request added (ids above the count before it), so that the next
 * case starts from the same database. Through knex: the fuzzer cannot know which document a
 * wrong-but-accepted write created, only which rows appeared.
 */
export async function removeAddedRows(strapi: Core.Strapi, before: TableCounts, after: TableCounts): Promise<void> {
  for (const [table, counts] of after) {
    const previous = before.get(table)?.maxId ?? 0;
    if (counts.maxId > previous) await strapi.db.connection(table).where('id', '>', previous).delete();
  }
}
