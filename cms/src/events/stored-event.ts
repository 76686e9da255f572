import type { Core, UID } from '@strapi/strapi';
import { UIDS } from '@reseau-epn/platform';

/** The types that hold series, venues and facilitators: ateliers and formations. */
export const EVENT_TYPES: ReadonlySet<string> = new Set<string>([UIDS.atelier, UIDS.formation]);

/**
 * An atelier's or a formation's data in a Document Service write, or its stored row: the fields
 * read here are checked one by one, the rest is passed on untouched.
 */
export type EventWrite = Record<string, unknown>;

/**
 * The row an update changes (the draft in the given locale, or any draft of the document when
 * the locale is new), with what the series, the venue and the place checks compare against.
 * Series, venue and place are not localized, so any locale's draft holds the same.
 */
export async function storedEvent(strapi: Core.Strapi, uid: string, documentId: string | undefined, locale: string | undefined): Promise<EventWrite | null> {
  if (!documentId) return null;
  // The middleware receives the uid as a plain string; EVENT_TYPES has narrowed it to an event type.
  const query = strapi.db.query(uid as UID.ContentType);
  const populate = { recurrence: true, sessions: true, venue: true, place: { select: ['id'] } };
  const inLocale = locale ? await query.findOne({ where: { documentId, locale, publishedAt: null }, populate }) : null;
  return inLocale ?? (await query.findOne({ where: { documentId, publishedAt: null }, populate })) ?? null;
}
