import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { WorkflowConfig } from '../config';
import { nextAttempt } from './notifications-backoff';
import { textToHtml } from './notifications-html';
import { UIDS } from '@reseau-epn/platform';

const NOTIFICATION = UIDS.workflowNotification;
const DAY_MS = 86_400_000;
/**
 * A row left « sending » this long was claimed by a process that died (nodemailer itself gives
 * up on a silent connection after 10 minutes): it goes again, under the same Message-ID.
 */
const SENDING_LEASE_MS = 30 * 60_000;

/** A message the workflow sends: a decision to its requester or author, a reminder to a borrower. */
export interface Notice {
  to: string;
  subject: string;
  text: string;
}

export interface DeliveryReport {
  sent: number;
  /** Put off: waiting for a retry (4xx answer, no answer). */
  retrying: number;
  /** Given up: refused for good (5xx), or out of attempts. */
  failed: number;
}

interface NotificationRow {
  id: number;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  messageId: string;
  attempts: number;
}

interface SendFailure extends Error {
  responseCode?: number;
}

/** Strapi's email service, the platform's one mailer (cms/config/plugins.ts). */
interface EmailService {
  send(mail: { to: string; subject: string; text: string; html: string; messageId: string; headers: Record<string, string> }): Promise<unknown>;
}

/**
 * The workflow's outgoing mail, queued in `plugin::workflow.notification`: written in the
 * transaction of the transition that causes it (a rolled-back decision mails nobody), sent once
 * it is committed, tried again with backoff when the SMTP server fails, deleted after the
 * retention period. Rows go through the query engine: bookkeeping, no draft, locale or relation.
 */
export const notifications = ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(NOTIFICATION);
  const config = () => strapi.config.get('plugin::workflow') as WorkflowConfig;
  const email = () => strapi.plugin('email').service('email') as EmailService;

  function mailDomain(): string {
    const from = String(strapi.config.get('plugin::email.settings.defaultFrom') ?? '');
    return /@([^>\s]+)/.exec(from)?.[1] ?? 'reseau-epn.example';
  }

  /** Pending rows whose time has come, and rows a dead process left « sending ». */
  const due = (now: Date) => ({
    $or: [
      { status: 'pending', $or: [{ nextAttemptAt: { $null: true } }, { nextAttemptAt: { $lte: now } }] },
      { status: 'sending', claimedAt: { $lt: new Date(now.getTime() - SENDING_LEASE_MS) } },
    ],
  });

  /** One try. The row is claimed first, so the sender after a commit and the retry cron never both send it. */
  async function attempt(id: number, now: Date): Promise<keyof DeliveryReport | 'skipped'> {
    const { count } = await rows().updateMany({ where: { id, ...due(now) }, data: { status: 'sending', claimedAt: now } });
    if (count === 0) return 'skipped';
    const row = (await rows().findOne({ where: { id } })) as NotificationRow;
    const attempts = row.attempts + 1;
    try {
      await email().send({
        to: row.to,
        subject: row.subject,
        text: row.text,
        html: row.html ?? textToHtml(row.text),
        messageId: row.messageId,
        // RFC 3834: an automatic message; out-of-office replies should not answer it.
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
    } catch (caught) {
      const error = caught as SendFailure;
      const lastError = `${error.responseCode ?? ''} ${error.message}`.trim().slice(0, 1000);
      const retryAt = nextAttempt(attempts, error.responseCode, config().mailRetry, now);
      if (retryAt) {
        await rows().update({ where: { id }, data: { status: 'pending', attempts, lastError, nextAttemptAt: retryAt, claimedAt: null } });
        strapi.log.warn(`[workflow] notification ${id} « ${row.subject} » not sent (${lastError}): next try at ${retryAt.toISOString()}`);
        return 'retrying';
      }
      await rows().update({ where: { id }, data: { status: 'failed', attempts, lastError, nextAttemptAt: null, claimedAt: null, failedAt: now } });
      strapi.log.error(`[workflow] notification ${id} « ${row.subject} » given up after ${attempts} attempt(s): ${lastError}`);
      return 'failed';
    }
    await rows().update({ where: { id }, data: { status: 'sent', attempts, sentAt: now, lastError: null, nextAttemptAt: null, claimedAt: null } });
    return 'sent';
  }

  const service = {
    /**
     * Queues messages (those without an address are dropped) and returns their ids. Called
     * inside a transaction, the rows are part of it. `origin` says what caused them, for the admin.
     */
    async queue(notices: readonly Notice[], origin?: string): Promise<number[]> {
      const ids: number[] = [];
      for (const { to, subject, text } of notices) {
        if (!to) continue;
        const messageId = `<workflow.${randomUUID()}@${mailDomain()}>`;
        const row = await rows().create({
          data: { to, subject, text, html: textToHtml(text), origin: origin ?? null, messageId, status: 'pending', attempts: 0 },
        });
        ids.push(row.id);
      }
      return ids;
    },

    /** Tries each of these notifications that is due now; one failing does not stop the others. */
    async deliver(ids: readonly number[], now: Date = new Date()): Promise<DeliveryReport> {
      const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
      for (const id of ids) {
        const outcome = await attempt(id, now);
        if (outcome !== 'skipped') report[outcome] += 1;
      }
      return report;
    },

    /** After a commit: the caller's answer never waits for, or depends on, the SMTP server. */
    deliverInBackground(ids: readonly number[]): void {
      if (ids.length === 0) return;
      service.deliver(ids).catch((error: Error) => strapi.log.error(`[workflow] notifications ${ids.join(', ')} not attempted: ${error.message}`));
    },

    /** The retry schedule: every notification due at `now`. */
    async retryDue(now: Date = new Date()): Promise<DeliveryReport> {
      const found: { id: number }[] = await rows().findMany({ where: due(now), select: ['id'], orderBy: { id: 'asc' } });
      return service.deliver(
        found.map((row) => row.id),
        now,
      );
    },

    /** Retention: sent and failed notifications older than `mailRetentionDays` are deleted. Returns how many. */
    async purge(now: Date = new Date()): Promise<number> {
      const before = new Date(now.getTime() - config().mailRetentionDays * DAY_MS);
      const { count } = await rows().deleteMany({
        where: {
          $or: [
            { status: 'sent', sentAt: { $lt: before } },
            { status: 'failed', failedAt: { $lt: before } },
          ],
        },
      });
      return count;
    },
  };
  return service;
};

export type NotificationsService = ReturnType<typeof notifications>;
