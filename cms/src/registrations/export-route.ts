import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UIDS } from '@reseau-epn/platform';
import { checkerFor, fieldError, refusal, registerAdminRoutes, type AdminHandler, type PermissionChecker } from '../utils/admin-route';
import { EVENT_UIDS } from './events';
import { REGISTRATIONS_EXPORT_PATH } from './export-contract';
import { registrationsCsv, type ExportedRegistration } from './export-csv';
import { EVENT_KINDS, type EventKind } from './input';

type InscriptionQuery = Modules.Documents.ServiceParams<typeof UIDS.inscription>['findMany'];

export interface EventRow {
  slug: string | null;
  publishedAt: string | null;
  place: { documentId: string } | null;
}

/** A date as the Document Service may return it (ISO text, a Date, a timestamp), as ISO text. */
export const iso = (value: string | number | Date) => new Date(value).toISOString();

export const isKind = (value: string): value is EventKind => (EVENT_KINDS as readonly string[]).includes(value);

export const refuseRegistrations = () => refusal('Vous n’avez pas accès aux inscriptions de cet événement.');

/** The event's published version, else its draft (French first): where it is held, and its slug for the file's name. */
export async function findEvent(strapi: Core.Strapi, kind: EventKind, documentId: string): Promise<EventRow | null> {
  const rows: (EventRow & { locale: string })[] = await strapi.db.query(EVENT_UIDS[kind]).findMany({
    where: { documentId },
    select: ['slug', 'publishedAt', 'locale'],
    populate: { place: { select: ['documentId'] } },
  });
  const rank = (row: EventRow & { locale: string }) => (row.publishedAt ? 0 : 2) + (row.locale === 'fr' ? 0 : 1);
  return rows.sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

/** The kind named by the path, or a 400 naming `kind`. */
export function kindOf(value: string | undefined): EventKind {
  const kind = String(value ?? '');
  if (!isKind(kind)) throw fieldError('kind', 'atelier ou formation.');
  return kind;
}

/**
 * The event and the Content Manager's checker on registrations, once the caller is known to
 * `read` registrations of this very event (its conditions included, checked on a registration of
 * this event, so an event with none still answers its team): 403 otherwise, 404 for no such event.
 */
export async function readableEvent(
  strapi: Core.Strapi,
  userAbility: unknown,
  kind: EventKind,
  documentId: string,
): Promise<{ event: EventRow; checker: PermissionChecker; sample: object }> {
  const checker = checkerFor(strapi, userAbility, UIDS.inscription);
  if (!checker.can.read()) throw refuseRegistrations();
  const event = await findEvent(strapi, kind, documentId);
  if (!event) throw new errors.NotFoundError(`Aucun événement ${documentId}.`);
  const sample = { [kind]: { documentId, place: event.place } };
  if (!checker.can.read(sample)) throw refuseRegistrations();
  return { event, checker, sample };
}

/** The event's registrations the caller may read, through the Content Manager's read conditions. */
export async function readableRegistrations(
  strapi: Core.Strapi,
  checker: PermissionChecker,
  kind: EventKind,
  documentId: string,
): Promise<ExportedRegistration[]> {
  const { filters } = await checker.sanitizedQuery.read({});
  const query = {
    // The conditions come back from the checker as plain filters on registrations.
    filters: { $and: [filters ?? {}, { [kind]: { documentId } }] } as InscriptionQuery['filters'],
    fields: ['name', 'email', 'phone', 'places', 'state', 'accessibilityNeed', 'language', 'attended', 'createdAt', 'cancelledAt'],
    sort: ['createdAt:asc', 'id:asc'],
  } satisfies InscriptionQuery;
  const rows = await strapi.documents(UIDS.inscription).findMany(query);
  return rows.map((row) => ({
    name: row.name ?? '',
    email: row.email ?? null,
    phone: row.phone ?? null,
    places: row.places ?? 1,
    state: row.state ?? 'en_attente',
    accessibilityNeed: row.accessibilityNeed ?? null,
    language: row.language ?? 'fr',
    attended: row.attended ?? null,
    createdAt: iso(row.createdAt ?? 0),
    cancelledAt: row.cancelledAt ? iso(row.cancelledAt) : null,
  }));
}

/**
 * GET /registrations-export/:kind/:documentId.csv — the registrations of one atelier or
 * formation as a spreadsheet, for whoever may read them in the Content Manager: an Animateur of
 * the team of the space where it is held, a Technicien or a Modérateur (403 otherwise, 404 for no
 * such event). The rows are read through the same conditions.
 */
export function registerRegistrationsExportRoute(strapi: Core.Strapi): void {
  const handler: AdminHandler = async (ctx) => {
    const kind = kindOf(ctx.params.kind);
    const documentId = String(ctx.params.documentId ?? '');
    const { event, checker } = await readableEvent(strapi, ctx.state.userAbility, kind, documentId);
    const rows = await readableRegistrations(strapi, checker, kind, documentId);

    ctx.set('Content-Type', 'text/csv; charset=utf-8');
    ctx.set('Content-Disposition', `attachment; filename="inscriptions-${kind}-${(event.slug ?? documentId).replace(/[^a-z0-9-]/gi, '')}.csv"`);
    // Personal data: no shared cache keeps it.
    ctx.set('Cache-Control', 'no-store');
    ctx.body = registrationsCsv(rows);
  };

  registerAdminRoutes(strapi, REGISTRATIONS_EXPORT_PATH, [{ method: 'GET', path: '/:kind/:documentId.csv', handler }]);
}
