import type { Core } from '@strapi/strapi';
import type { DeliveryRow, DeliveryStatus, Language } from '../../../shared/contracts';
import { DELIVERY_STATUSES } from '../../../shared/contracts';
import type { Outcome } from '../sending/recorder';
import { ABONNE } from './subscriptions';
import { UIDS } from '@reseau-epn/platform';

const DELIVERY = UIDS.digestDelivery;
const INSERT_CHUNK = 500;

export interface ClaimedDelivery {
  id: number;
  subscriberId: number;
  attempts: number;
}

/** The row's columns once its outcome is known (column names: this goes through knex). */
function columnsOf(outcome: Outcome): Record<string, unknown> {
  const at = outcome.at;
  switch (outcome.status) {
    case 'sent':
      return { status: 'sent', sent_at: at, message_id: outcome.messageId, language: outcome.language, next_attempt_at: null, updated_at: at };
    case 'skipped':
      return { status: 'skipped', skip_reason: outcome.reason, language: outcome.language, updated_at: at };
    case 'failed':
      return {
        status: outcome.retryAt ? 'pending' : 'failed',
        attempts: outcome.attempts,
        last_error: outcome.error.slice(0, 1000),
        next_attempt_at: outcome.retryAt,
        updated_at: at,
      };
  }
}

export type StatusCounts = Record<DeliveryStatus, number>;

const zeroCounts = (): StatusCounts => ({ pending: 0, sending: 0, sent: 0, failed: 0, skipped: 0 });

/**
 * The ledger that makes a run exactly-once: one row per (issue, subscriber), unique in the
 * database; a row is claimed (pending → sending) before its message goes, and marked sent once
 * the SMTP server accepted it. Rows go through the query engine (no Document Service: they are
 * bookkeeping, thousands per run, with no draft, locale or relation).
 */
export const deliveries = ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(DELIVERY);
  const table = () => strapi.db.metadata.get(DELIVERY).tableName;

  return {
    /** Adds the missing rows; a plan interrupted half-way completes on the next run. */
    async plan(issueId: number, subscriberIds: readonly number[]): Promise<number> {
      const planned: { subscriberId: number }[] = await rows().findMany({ where: { issueId }, select: ['subscriberId'] });
      const known = new Set(planned.map((row) => row.subscriberId));
      const missing = subscriberIds.filter((id) => !known.has(id));
      for (let i = 0; i < missing.length; i += INSERT_CHUNK) {
        await rows().createMany({
          data: missing.slice(i, i + INSERT_CHUNK).map((subscriberId) => ({ issueId, subscriberId, status: 'pending', attempts: 0 })),
        });
      }
      return missing.length;
    },

    /**
     * Claims up to `limit` rows due now: pending ones whose retry time has come, and rows left
     * « sending » before `staleBefore` by a holder that died (their message may or may not have
     * left: it goes again, under the same Message-ID).
     */
    async claim(issueId: number, claim: string, limit: number, now: Date, staleBefore: Date): Promise<ClaimedDelivery[]> {
      const due = {
        issueId,
        $or: [
          { status: 'pending', $or: [{ nextAttemptAt: { $null: true } }, { nextAttemptAt: { $lte: now } }] },
          { status: 'sending', claimedAt: { $lt: staleBefore } },
        ],
      };
      const candidates: { id: number }[] = await rows().findMany({ where: due, select: ['id'], orderBy: { id: 'asc' }, limit });
      if (candidates.length === 0) return [];
      // The conditions again in the UPDATE: a row someone else claimed in between is not taken twice.
      await rows().updateMany({ where: { ...due, id: { $in: candidates.map((c) => c.id) } }, data: { status: 'sending', claim, claimedAt: now } });
      return rows().findMany({ where: { claim, status: 'sending' }, select: ['id', 'subscriberId', 'attempts'], orderBy: { id: 'asc' } });
    },

    /**
     * Writes a group of outcomes in one transaction (one commit, one fsync on SQLite, instead of
     * one per message), each row by primary key and claim, through knex: the query engine's
     * per-call work was a third of a write's cost. A row another holder took over is not touched.
     */
    async settle(claim: string, outcomes: readonly Outcome[]): Promise<void> {
      if (outcomes.length === 0) return;
      await strapi.db.connection.transaction(async (trx) => {
        for (const outcome of outcomes) await trx(table()).where({ id: outcome.id, claim }).update(columnsOf(outcome));
      });
    },

    /** Rows claimed but not attempted (a run told to stop): back to pending, untouched. */
    async release(ids: readonly number[], claim: string): Promise<void> {
      if (ids.length === 0) return;
      await rows().updateMany({ where: { id: { $in: [...ids] }, claim, status: 'sending' }, data: { status: 'pending', claim: null, claimedAt: null } });
    },

    /** Rows per status for each issue, in one grouped query (the query engine has no GROUP BY). */
    async counts(issueIds: readonly number[]): Promise<Map<number, StatusCounts>> {
      const result = new Map<number, StatusCounts>(issueIds.map((id) => [id, zeroCounts()]));
      if (issueIds.length === 0) return result;
      const grouped: { issue_id: number; status: DeliveryStatus; n: number | string }[] = await strapi.db
        .connection(table())
        .select('issue_id', 'status')
        .count({ n: '*' })
        .whereIn('issue_id', [...issueIds])
        .groupBy('issue_id', 'status');
      for (const row of grouped) {
        const counts = result.get(Number(row.issue_id));
        if (counts && (DELIVERY_STATUSES as readonly string[]).includes(row.status)) counts[row.status] = Number(row.n);
      }
      return result;
    },

    /** One page of an issue's deliveries, with each subscriber's address (admin only). */
    async page(issueId: number, status: DeliveryStatus | undefined, page: number, pageSize: number): Promise<{ rows: DeliveryRow[]; total: number }> {
      const where = status ? { issueId, status } : { issueId };
      const [found, total] = await Promise.all([
        rows().findMany({ where, orderBy: { id: 'asc' }, offset: (page - 1) * pageSize, limit: pageSize }),
        rows().count({ where }),
      ]);
      const subscribers: { id: number; email: string; language: Language }[] = found.length
        ? await strapi.db
            .query(ABONNE)
            .findMany({ where: { id: { $in: found.map((row: { subscriberId: number }) => row.subscriberId) } }, select: ['id', 'email', 'language'] })
        : [];
      const byId = new Map(subscribers.map((s) => [s.id, s]));
      const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null);
      return {
        total,
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw rows of a knex join, read by column name
        rows: found.map((row: Record<string, any>) => ({
          id: row.id,
          email: byId.get(row.subscriberId)?.email ?? null,
          language: row.language ?? byId.get(row.subscriberId)?.language ?? null,
          status: row.status,
          attempts: row.attempts ?? 0,
          lastError: row.lastError ?? null,
          skipReason: row.skipReason ?? null,
          sentAt: iso(row.sentAt),
          nextAttemptAt: iso(row.nextAttemptAt),
        })),
      };
    },
  };
};

export type DeliveriesService = ReturnType<typeof deliveries>;
