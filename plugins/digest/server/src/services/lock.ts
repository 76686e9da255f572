import type { Core } from '@strapi/strapi';
import { UIDS } from '@reseau-epn/platform';

const LOCK = UIDS.digestLock;

/**
 * A lease held in the database, so that one instance sends while others sharing the database
 * wait: a row per lock name (unique index), taken over only once its lease has expired. The
 * holder renews it while it works; a crashed holder's lease runs out and the next run goes on.
 * Plain rows rather than PostgreSQL advisory locks: the same code holds on SQLite, and a lease
 * survives the connection pool handing out a different connection for each query.
 */
export const lock = ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(LOCK);

  return {
    async acquire(name: string, holder: string, leaseMs: number, now = new Date()): Promise<boolean> {
      const expiresAt = new Date(now.getTime() + leaseMs);
      // One conditional UPDATE: two instances racing for an expired lease cannot both match it.
      const { count } = await rows().updateMany({ where: { name, expiresAt: { $lt: now } }, data: { holder, expiresAt } });
      if (count > 0) return true;
      try {
        await rows().create({ data: { name, holder, expiresAt } });
        return true;
      } catch {
        // The unique index on `name`: another instance holds the lease.
        return false;
      }
    },

    /** False when the lease was lost (expired and taken over): the holder must stop. */
    async renew(name: string, holder: string, leaseMs: number): Promise<boolean> {
      const { count } = await rows().updateMany({ where: { name, holder }, data: { expiresAt: new Date(Date.now() + leaseMs) } });
      return count > 0;
    },

    async release(name: string, holder: string): Promise<void> {
      await rows().deleteMany({ where: { name, holder } });
    },

    async current(name: string): Promise<{ holder: string; expiresAt: string } | null> {
      const row = await rows().findOne({ where: { name, expiresAt: { $gt: new Date() } }, select: ['holder', 'expiresAt'] });
      return row ? { holder: row.holder, expiresAt: new Date(row.expiresAt).toISOString() } : null;
    },
  };
};

export type LockService = ReturnType<typeof lock>;
