import type { Core } from '@strapi/strapi';
import { UIDS, type Locale } from '@reseau-epn/platform';
import type { FieldIssue } from '@reseau-epn/platform/strapi';
import type { EventKind } from './input';

/** The transaction Strapi hands to `strapi.db.transaction`'s callback (a knex transaction). */
export type Transaction = Parameters<Parameters<Core.Strapi['db']['transaction']>[0]>[0]['trx'];

export const EVENT_UIDS = { atelier: UIDS.atelier, formation: UIDS.formation } as const satisfies Record<EventKind, string>;

/** An atelier or a formation as registrations read it: its published version. */
export interface RegistrableEvent {
  kind: EventKind;
  documentId: string;
  title: string;
  slug: string;
  startsAt: string;
  endsAt: string;
  capacity: number | null;
  registrationsOpen: boolean;
  registrationLimit: number;
  registrationClosesAt: string | null;
  eventStatus: 'prevu' | 'complet' | 'annule';
  place: { name: string | null; address: string | null; postalCode: string | null; commune: string | null } | null;
  /** The dated sessions of a series (empty for a one-off event), in time order: its .ics gives each. */
  sessions: { day: string; startsAt: string; endsAt: string; cancelled: boolean }[];
}

const EVENT_FIELDS = [
  'documentId',
  'title',
  'slug',
  'startsAt',
  'endsAt',
  'capacity',
  'registrationsOpen',
  'registrationLimit',
  'registrationClosesAt',
  'eventStatus',
] as const;

/**
 * Takes the event's row lock for the rest of the transaction, so that two registrations (or a
 * registration and a cancellation) for one event decide their seats one after the other.
 *
 * PostgreSQL: `SELECT … FOR UPDATE` on every row of the document (its locales, draft and
 * published); a second transaction waits there until the first commits, then reads its rows.
 * SQLite: knex's better-sqlite3 client keeps a pool of exactly one connection (knex's
 * `poolDefaults` for sqlite3: min 1, max 1; cms/config/database.ts sets no pool for SQLite), and a
 * Strapi transaction holds that connection from BEGIN to COMMIT: every other query, in a
 * transaction or not, waits for the pool (60 s by default) and runs after. The transactions are
 * therefore serialised without a lock; FOR UPDATE does not exist in SQLite's grammar (knex
 * drops it with a warning), hence not sent.
 */
export async function lockEvent(strapi: Core.Strapi, trx: Transaction, kind: EventKind, documentId: string): Promise<void> {
  if (strapi.db.dialect.client === 'sqlite') return;
  const meta = strapi.db.metadata.get(EVENT_UIDS[kind]);
  await trx(meta.tableName).select('id').where('document_id', documentId).forUpdate();
}

/** The published event in the registrant's language (its French version when there is none). */
export async function publishedEvent(strapi: Core.Strapi, kind: EventKind, documentId: string, locale: Locale): Promise<RegistrableEvent | null> {
  const query = strapi.db.query(EVENT_UIDS[kind]);
  const find = (lang: string) =>
    query.findOne({
      where: { documentId, locale: lang, publishedAt: { $notNull: true } },
      select: [...EVENT_FIELDS],
      populate: { place: { select: ['name', 'address', 'postalCode', 'commune'] }, sessions: { select: ['day', 'startsAt', 'endsAt', 'cancelled'] } },
    });
  const row = (await find(locale)) ?? (locale === 'fr' ? null : await find('fr'));
  if (!row) return null;
  return {
    kind,
    documentId,
    title: row.title ?? '',
    slug: row.slug ?? '',
    startsAt: new Date(row.startsAt).toISOString(),
    endsAt: new Date(row.endsAt).toISOString(),
    capacity: typeof row.capacity === 'number' ? row.capacity : null,
    registrationsOpen: Boolean(row.registrationsOpen),
    registrationLimit: typeof row.registrationLimit === 'number' ? row.registrationLimit : 4,
    registrationClosesAt: row.registrationClosesAt ? new Date(row.registrationClosesAt).toISOString() : null,
    eventStatus: row.eventStatus ?? 'prevu',
    place: row.place ?? null,
    sessions: ((row.sessions ?? []) as { day: string; startsAt: string | Date; endsAt: string | Date; cancelled: boolean | null }[])
      .map((session) => ({
        day: session.day,
        startsAt: new Date(session.startsAt).toISOString(),
        endsAt: new Date(session.endsAt).toISOString(),
        cancelled: session.cancelled === true,
      }))
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
  };
}

/**
 * Why a registration for this event is refused, naming the field; null when it may go ahead.
 * Registrations close at the closing date when one is set, at the start otherwise.
 */
export function registrationIssues(event: RegistrableEvent | null, places: number, now = new Date()): FieldIssue[] {
  if (!event) return [{ path: ['event'], message: 'événement inconnu' }];
  if (event.eventStatus === 'annule') return [{ path: ['event'], message: 'cet événement est annulé' }];
  const closesAt = event.registrationClosesAt ?? event.startsAt;
  if (!event.registrationsOpen || new Date(closesAt) <= now) return [{ path: ['event'], message: 'les inscriptions à cet événement sont fermées' }];
  if (places > event.registrationLimit) return [{ path: ['places'], message: `${event.registrationLimit} places au plus par inscription` }];
  return [];
}

/**
 * The event's derived state, written on every row of the document (each locale, draft and
 * published) through the query engine: it is a count the registrations keep, not an edit, so it
 * makes no revision, no « modified » draft and does not touch updatedAt. `complet` follows the
 * seats only while registrations are open and the event is not cancelled; otherwise the editors'
 * status stands.
 */
export async function writeDerivedState(strapi: Core.Strapi, kind: EventKind, documentId: string, left: number | null, open: boolean): Promise<void> {
  const query = strapi.db.query(EVENT_UIDS[kind]);
  await query.updateMany({ where: { documentId }, data: { seatsLeft: left } });
  if (!open) return;
  const status = left === 0 ? 'complet' : 'prevu';
  await query.updateMany({ where: { documentId, eventStatus: { $ne: 'annule' } }, data: { eventStatus: status } });
}
