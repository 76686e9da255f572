import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { UIDS } from '@reseau-epn/platform';

/**
 * What a public answer may show: the network's content types, the media they populate, the
 * locales, and the public role's permissions (the cache serves before Strapi checks them).
 * Internal models (sessions, delivery records, the core store, admin tokens) are left out, so
 * that the digest's thousands of writes do not empty the cache.
 */
const PUBLIC_PREFIXES = ['api::', 'plugin::upload.', 'plugin::i18n.'];
const PUBLIC_MODELS: readonly string[] = [UIDS.permission, UIDS.role];
const WRITES = ['afterCreate', 'afterCreateMany', 'afterUpdate', 'afterUpdateMany', 'afterDelete', 'afterDeleteMany'] as const;
const STORE = { type: 'core', name: 'public-api-cache', key: 'generation' } as const;

/**
 * The version of everything public. Two parts: a value in the database, shared by every CMS
 * instance on it and replaced by a new random one after any write of a public model commits; and
 * a counter of this process, moved at once by the write and again at its commit. An instance reads
 * the shared value before answering from its cache, so another instance's publication shows as
 * soon as its commit is followed by that one-row update (milliseconds); this instance's own
 * writes show at once. The shared value is written after the commit, not inside the transaction:
 * one row that every public write locked would serialise them all on PostgreSQL, and could
 * deadlock two transactions that also lock each other's rows.
 */
export interface PublicGeneration {
  /** The current version: the shared value and this process's counter. */
  read(): Promise<string>;
}

export function trackPublicGeneration(strapi: Core.Strapi): PublicGeneration {
  const models = Object.keys(strapi.contentTypes).filter((uid) => PUBLIC_MODELS.includes(uid) || PUBLIC_PREFIXES.some((prefix) => uid.startsWith(prefix)));
  let local = 0;
  const share = async () => {
    try {
      await strapi.store.set({ ...STORE, value: randomUUID() });
    } catch (error) {
      // The write itself succeeded; other instances catch up at the next public write.
      strapi.log.warn(`public cache: the shared generation was not updated (${(error as Error).message})`);
    }
  };
  const changed = async () => {
    local += 1;
    if (!strapi.db.inTransaction()) return share();
    // Nested, this reuses the writer's transaction and only registers what runs after its commit:
    // a reader may have tagged the data of before the commit with the counter just moved.
    await strapi.db.transaction(async ({ onCommit }) => {
      onCommit(() => {
        local += 1;
        void share();
      });
    });
  };
  strapi.db.lifecycles.subscribe({ models, ...Object.fromEntries(WRITES.map((action) => [action, changed])) });
  return {
    async read() {
      return `${String((await strapi.store.get(STORE)) ?? 'initial')}:${local}`;
    },
  };
}
