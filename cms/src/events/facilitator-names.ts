import type { Core, UID } from '@strapi/strapi';
import { EVENT_TYPES } from './stored-event';

interface AdminUserName {
  firstname?: string | null;
  lastname?: string | null;
  username?: string | null;
}

/** « Prénom Nom, Prénom Nom »: what the public sees of the members who facilitate, never their address. */
export function facilitatorNames(members: AdminUserName[]): string | null {
  const names = members.map((m) => [m.firstname, m.lastname].filter(Boolean).join(' ').trim() || (m.username ?? '').trim()).filter(Boolean);
  return names.length > 0 ? names.join(', ').slice(0, 400) : null;
}

const ACTIONS = new Set(['create', 'update', 'publish']);

/**
 * The members who facilitate an event are admin users, a private relation; the public reads
 * `facilitatorNames`, derived here after every save from the saved row's members and written on
 * every row of the document (each locale, draft and published) through the query engine, like the
 * seats (registrations/events.ts `writeDerivedState`): a derived value, not an edit, so no
 * revision and no « modifié » draft. A name sent in the data is replaced.
 */
export function registerFacilitatorNames(strapi: Core.Strapi): void {
  strapi.documents.use(async (ctx, next) => {
    if (!EVENT_TYPES.has(ctx.uid) || !ACTIONS.has(ctx.action)) return next();
    const result = await next();
    const saved = (Array.isArray((result as { entries?: unknown[] } | null)?.entries) ? (result as { entries: unknown[] }).entries[0] : result) as {
      id?: number;
      documentId?: string;
    } | null;
    if (!saved?.id || !saved.documentId) return result;
    // The middleware receives the uid as a plain string; EVENT_TYPES has narrowed it to an event type.
    const query = strapi.db.query(ctx.uid as UID.ContentType);
    const row = await query.findOne({ where: { id: saved.id }, populate: { facilitatorMembers: { select: ['firstname', 'lastname', 'username'] } } });
    const names = facilitatorNames((row?.facilitatorMembers as AdminUserName[] | undefined) ?? []);
    await query.updateMany({ where: { documentId: saved.documentId }, data: { facilitatorNames: names } });
    return result;
  });
}
