import type { Core } from '@strapi/strapi';
import { TIME_ZONE, UIDS } from '@reseau-epn/platform';
import { EVENT_UIDS } from './events';
import type { EventKind } from './input';

const DAY_MS = 86_400_000;
const KINDS = Object.keys(EVENT_UIDS) as EventKind[];
/** Rows updated per statement: SQLite allows at most 32,766 bound parameters in one. */
const BATCH = 500;

/**
 * What identifies or describes the person. What stays is what the network's figures need: the
 * state, the places, the attendance, the language, the dates and the event.
 */
const PERSONAL_FIELDS = ['name', 'email', 'phone', 'accessibilityNeed', 'cancelTokenHash'] as const;

export interface RetentionReport {
  /** Events ended before this instant had their registrations purged. */
  endedBefore: string;
  /** Registrations whose personal data this run removed (those of deleted events included). */
  purged: number;
  /** Of those, registrations whose event was deleted. */
  withoutEvent: number;
}

/** `network.registrations` in cms/config/network.ts: the keys read here. */
interface RetentionSettings {
  retentionDays: number;
  purgeRule: string;
}

const settings = (strapi: Core.Strapi) => strapi.config.get('network.registrations') as RetentionSettings;

/**
 * The documentIds of the events of one kind that ended before `cutoff`, in every version: an
 * event whose draft was moved to a later date than its published version is not over yet.
 */
async function endedEvents(strapi: Core.Strapi, kind: EventKind, cutoff: Date): Promise<string[]> {
  const rows: { documentId: string; endsAt: string }[] = await strapi.db.query(EVENT_UIDS[kind]).findMany({ select: ['documentId', 'endsAt'] });
  const notOver = new Set(rows.filter((row) => new Date(row.endsAt) >= cutoff).map((row) => row.documentId));
  return [...new Set(rows.map((row) => row.documentId))].filter((documentId) => !notOver.has(documentId));
}

/**
 * Removes the personal data of the registrations of events ended more than `retentionDays` ago
 * (REGISTRATIONS_RETENTION_DAYS), and of registrations whose event was deleted. Through the
 * query engine: it is erasure, not an edit (no revision, no lifecycle, the name's « required »
 * does not apply to a record kept for counts).
 * Only rows still holding something are touched, so a second run changes nothing. The cancel
 * link's digest goes with the rest: the link stops working, as it already does after the event.
 */
export async function purgeExpiredRegistrations(strapi: Core.Strapi, now: Date = new Date()): Promise<RetentionReport> {
  const cutoff = new Date(now.getTime() - settings(strapi).retentionDays * DAY_MS);
  const report: RetentionReport = { endedBefore: cutoff.toISOString(), purged: 0, withoutEvent: 0 };
  const registrations = strapi.db.query(UIDS.inscription);
  const holdsPersonalData = { $or: PERSONAL_FIELDS.map((field) => ({ [field]: { $notNull: true } })) };
  const erased = Object.fromEntries(PERSONAL_FIELDS.map((field) => [field, null]));

  const erase = async (rows: readonly { id: number }[]): Promise<number> => {
    let count = 0;
    for (let from = 0; from < rows.length; from += BATCH) {
      const ids = rows.slice(from, from + BATCH).map((row) => row.id);
      count += (await registrations.updateMany({ where: { id: { $in: ids } }, data: erased })).count;
    }
    return count;
  };

  for (const kind of KINDS) {
    const ended = await endedEvents(strapi, kind, cutoff);
    for (let start = 0; start < ended.length; start += BATCH) {
      const rows: { id: number }[] = await registrations.findMany({
        where: { $and: [{ [kind]: { documentId: { $in: ended.slice(start, start + BATCH) } } }, holdsPersonalData] },
        select: ['id'],
      });
      report.purged += await erase(rows);
    }
  }

  // Registrations whose event was deleted, at once rather than after the period: the period is
  // there for the team to manage the event (lists, attendance, a late cancellation), and with the
  // event gone there is nothing left to manage nor any date to count from. Kept otherwise, their
  // names, addresses and phones would stay forever, out of every list and export.
  const orphans: { id: number }[] = await registrations.findMany({
    where: { $and: [...KINDS.map((kind) => ({ [kind]: { id: { $null: true } } })), holdsPersonalData] },
    select: ['id'],
  });
  report.withoutEvent = await erase(orphans);
  report.purged += report.withoutEvent;
  return report;
}

/** The daily purge, and one at start-up: a CMS stopped for a while catches up at once. */
export function scheduleRegistrationPurge(strapi: Core.Strapi): void {
  const rule = settings(strapi).purgeRule;
  if (!rule) return;
  const task = async () => {
    try {
      const report = await purgeExpiredRegistrations(strapi);
      if (report.purged)
        strapi.log.info(
          `[inscriptions] personal data removed from ${report.purged} registration(s) of events ended before ${report.endedBefore} or deleted (${report.withoutEvent})`,
        );
    } catch (error) {
      strapi.log.error(`[inscriptions] the retention purge failed: ${(error as Error).message}`);
    }
  };
  strapi.cron.add({ 'registrations-retention': { task, options: { rule, tz: TIME_ZONE } } });
  setImmediate(task);
}
