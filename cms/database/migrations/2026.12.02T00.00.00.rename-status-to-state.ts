import type { Core } from '@strapi/strapi';
import { UIDS } from '@reseau-epn/platform';

type Database = Core.Strapi['db'];
type Transaction = NonNullable<Parameters<Database['getSchemaConnection']>[0]>;

/**
 * The workflow's and the forum's state attribute was called `status`, the name Strapi 5 gives the
 * draft/published dimension: the Content Manager dropped it from the documents it edits and
 * refused their saves. It is now `state` on interventions, loans, topics and posts; this moves
 * an existing database's column before Strapi compares its tables with the content model (which
 * would otherwise add an empty `state` and drop `status`, and every state with it).
 *
 * Only a table holding `status` and no `state` is changed: a fresh database has no tables yet,
 * and a database already moved has nothing left to do. Strapi runs it once, in a transaction,
 * from cms/dist/database/migrations (`useTypescriptMigrations`, cms/config/database.ts).
 */
const RENAMED = [UIDS.intervention, UIDS.pret, UIDS.sujet, UIDS.message] as const;

export async function up(trx: Transaction, db: Database): Promise<void> {
  // A schema builder runs one statement: a new one for each (and within DATABASE_SCHEMA on PostgreSQL).
  const schema = () => db.getSchemaConnection(trx);
  // The tables as the content model names them (interventions, prets, sujets, messages).
  for (const table of RENAMED.map((uid) => db.metadata.get(uid).tableName)) {
    if (!(await schema().hasTable(table))) continue;
    if (!(await schema().hasColumn(table, 'status')) || (await schema().hasColumn(table, 'state'))) continue;
    await schema().alterTable(table, (columns) => columns.renameColumn('status', 'state'));
  }
}
