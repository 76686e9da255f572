import type { Core } from '@strapi/strapi';

/**
 * « This mail, for this key and period, is sent once »: a unique row claimed in the transaction
 * that queues the mail. The day-before reminders of registrations, the monthly reminder of
 * spaces' teams and the cancelled event's mails each keep a table of such rows.
 *
 * A unique row rather than a « sentAt » column set by a conditional update: both claim
 * atomically, but the row keeps the content types free of fields nobody edits (they would show
 * in the admin, the generated types and every read), and the unique index, not a prior read,
 * decides between two runs, two instances or a restart racing for the same key. Bookkeeping,
 * not content: database models (as Strapi's own webhooks and core store are), with no Content
 * Manager entry, API route, generated type or place in exports.
 */

type ColumnType = 'integer' | 'string';
type ValueOf<T extends ColumnType> = T extends 'integer' ? number : string;

export interface MailClaimsSpec<K extends Record<string, ColumnType>> {
  /** The model's uid, `cms::<area>.<name>`. */
  uid: `cms::${string}`;
  tableName: string;
  /** The columns whose values are claimed once together (one unique index over them). */
  key: K;
  /** The unique index's name: an existing table keeps its own, so an upgrade keeps its claims. */
  indexName: string;
  /**
   * What a key column added to an existing table holds in the rows it already had (SQLite adds
   * a NOT NULL column only with a default); its owner rewrites those rows before reading them.
   */
  upgradeDefaults?: { [C in keyof K]?: ValueOf<K[C]> };
}

export type ClaimKey<K extends Record<string, ColumnType>> = { [C in keyof K]: ValueOf<K[C]> };

/** What a claimed transaction gave: its result, or that another run holds the claim. */
export type ClaimOutcome<T> = { claimed: true; value: T } | { claimed: false };

export interface MailClaims<K extends Record<string, ColumnType>> {
  uid: string;
  /** Called in `register`: the database creates its tables from the models known at bootstrap. */
  register(strapi: Core.Strapi): void;
  /** The claims among those matching `where` (each key column: one value or a list). */
  find(strapi: Core.Strapi, where: { [C in keyof K]?: ValueOf<K[C]> | readonly ValueOf<K[C]>[] }): Promise<ClaimKey<K>[]>;
  /**
   * Claims `key`, then runs `queue` in the same transaction, so that the claim and the mail
   * stand or fall together. `{ claimed: false }` when the key was claimed already, by this run
   * or another one racing for it; any other failure is thrown.
   */
  once<T>(strapi: Core.Strapi, key: ClaimKey<K>, now: Date, queue: () => Promise<T>): Promise<ClaimOutcome<T>>;
}

export function defineMailClaims<K extends Record<string, ColumnType>>(spec: MailClaimsSpec<K>): MailClaims<K> {
  const columns = Object.keys(spec.key) as (keyof K & string)[];
  const model = {
    uid: spec.uid,
    singularName: spec.tableName,
    tableName: spec.tableName,
    attributes: {
      id: { type: 'increments' },
      // Plain columns (not relations), so that the key can be one unique index.
      ...Object.fromEntries(
        columns.map((column) => {
          const defaultTo = spec.upgradeDefaults?.[column];
          return [column, { type: spec.key[column], column: { notNullable: true, ...(defaultTo === undefined ? {} : { defaultTo }) } }];
        }),
      ),
      queuedAt: { type: 'datetime' },
    },
    indexes: [{ name: spec.indexName, columns, type: 'unique' }],
  };
  const rows = (strapi: Core.Strapi) => strapi.db.query(spec.uid);
  const select = (where: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(where).map(([column, value]) => [column, Array.isArray(value) ? { $in: [...value] } : value]));

  const claims: MailClaims<K> = {
    uid: spec.uid,
    register(strapi) {
      strapi.get('models').add(model);
    },
    async find(strapi, where) {
      if (Object.values(where).some((value) => Array.isArray(value) && value.length === 0)) return [];
      return rows(strapi).findMany({ where: select(where), select: columns });
    },
    async once(strapi, key, now, queue) {
      try {
        const value = await strapi.db.transaction(async () => {
          await rows(strapi).create({ data: { ...key, queuedAt: now } });
          return queue();
        });
        return { claimed: true, value };
      } catch (error) {
        // The unique index: another run claimed the key since this one read the claims.
        if ((await claims.find(strapi, key)).length > 0) return { claimed: false };
        throw error;
      }
    },
  };
  return claims;
}
