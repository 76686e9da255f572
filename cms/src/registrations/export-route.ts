import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UIDS } from '@reseau-epn/platform';
import { EVENT_UIDS } from './events';
import { REGISTRATIONS_EXPORT_PATH } from './export-contract';
import { registrationsCsv, type ExportedRegistration } from './export-csv';
import type { EventKind } from './input';

/** The Content Manager's permission checker (`can.read(entity)`, `sanitizedQuery.read(query)`); untyped in Strapi. */
interface PermissionChecker {
  can: { read(entity?: object): boolean };
  sanitizedQuery: { read(query: object): Promise<{ filters?: Record<string, unknown> }> };
}

interface AdminContext {
  params: { kind?: string; documentId?: string };
  state: { userAbility?: unknown };
  body: unknown;
  set(field: string, value: string): void;
}

interface EventRow {
  slug: string | null;
  publishedAt: string | null;
  place: { documentId: string } | null;
}

const isKind = (value: string): value is EventKind => Object.prototype.hasOwnProperty.call(EVENT_UIDS, value);

const refuse = () =>
  // PolicyError: a 403 whose message reaches the caller (Strapi masks other ForbiddenErrors).
  new errors.PolicyError('Vous n’avez pas accès aux inscriptions de cet événement.');

/** The event's published version, else its draft (French first): where it is held, and its slug for the file's name. */
async function findEvent(strapi: Core.Strapi, kind: EventKind, documentId: string): Promise<EventRow | null> {
  const rows: (EventRow & { locale: string })[] = await strapi.db.query(EVENT_UIDS[kind]).findMany({
    where: { documentId },
    select: ['slug', 'publishedAt', 'locale'],
    populate: { place: { select: ['documentId'] } },
  });
  const rank = (row: EventRow & { locale: string }) => (row.publishedAt ? 0 : 2) + (row.locale === 'fr' ? 0 : 1);
  return rows.sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

/**
 * GET /registrations-export/:kind/:documentId.csv — the registrations of one atelier or
 * formation as a spreadsheet, for whoever may read them in the Content Manager: an Animateur of
 * the team of the space where it is held, a Technicien or a Modérateur (403 otherwise, 404 for no
 * such event). The right is checked as the Content Manager checks it, conditions included, on a
 * registration of this event (so an event with none still answers its team with the header
 * only), and the rows are read through the same conditions.
 */
export function registerRegistrationsExportRoute(strapi: Core.Strapi): void {
  // Strapi types a route's handler with Koa's bare context: the router's params and the admin's state are added at run time.
  const handler: Core.MiddlewareHandler = async (koaContext) => {
    const ctx = koaContext as unknown as AdminContext;
    const kind = String(ctx.params.kind ?? '');
    const documentId = String(ctx.params.documentId ?? '');
    if (!isKind(kind)) {
      const message = 'kind : atelier ou formation.';
      throw new errors.ValidationError(message, { errors: [{ path: ['kind'], message, name: 'ValidationError' }] });
    }
    const checker: PermissionChecker = strapi
      .plugin('content-manager')
      .service('permission-checker')
      .create({ userAbility: ctx.state.userAbility, model: UIDS.inscription });
    if (!checker.can.read()) throw refuse();
    const event = await findEvent(strapi, kind, documentId);
    if (!event) throw new errors.NotFoundError(`Aucun événement ${documentId}.`);
    if (!checker.can.read({ [kind]: { documentId, place: event.place } })) throw refuse();

    const { filters } = await checker.sanitizedQuery.read({});
    const rows = (await strapi.documents(UIDS.inscription as UID.ContentType).findMany({
      filters: { $and: [filters ?? {}, { [kind]: { documentId } }] } as never,
      fields: ['name', 'email', 'phone', 'places', 'state', 'accessibilityNeed', 'language', 'attended', 'createdAt', 'cancelledAt'] as never,
      sort: ['createdAt:asc', 'id:asc'] as never,
    })) as unknown as ExportedRegistration[];

    ctx.set('Content-Type', 'text/csv; charset=utf-8');
    ctx.set('Content-Disposition', `attachment; filename="inscriptions-${kind}-${(event.slug ?? documentId).replace(/[^a-z0-9-]/gi, '')}.csv"`);
    // Personal data: no shared cache keeps it.
    ctx.set('Cache-Control', 'no-store');
    ctx.body = registrationsCsv(rows);
  };

  strapi.server.routes({
    type: 'admin',
    prefix: REGISTRATIONS_EXPORT_PATH,
    routes: [{ method: 'GET', path: '/:kind/:documentId.csv', handler, info: { type: 'admin' }, config: { policies: ['admin::isAuthenticatedAdmin'] } }],
  });
}
