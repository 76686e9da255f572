import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import { UIDS } from '@reseau-epn/platform';
import { validationError, type FieldIssue } from '@reseau-epn/platform/strapi';

/**
 * Set while the registration service decides seats (its `underLock`). An AsyncLocalStorage flag
 * rather than writing through `strapi.db.query`: the service keeps the Document Service (its
 * validation, its other middlewares, the conventions' default), and the flag belongs to that one
 * asynchronous call chain, so a Content Manager request running at the same time is never taken
 * for the service.
 */
const seatCount = new AsyncLocalStorage<true>();

export const withinSeatCount = <T>(work: () => Promise<T>): Promise<T> => seatCount.run(true, work);

/** What only the seat count changes: seats, the state, the event a registration is for. */
const SEAT_FIELDS = ['state', 'places', 'atelier', 'formation'] as const;

export const GUARD_MESSAGE = 'Les places et l’état d’une inscription changent depuis le panneau Inscriptions de l’événement';

type Stored = Record<string, unknown> & { atelier?: { id: number; documentId: string } | null; formation?: { id: number; documentId: string } | null };

/** The related entry named by a relation's value in any of the Document Service's shapes. */
const named = (value: unknown): unknown =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? ((value as { documentId?: unknown; id?: unknown }).documentId ?? (value as { id?: unknown }).id)
    : value;

/**
 * Whether a relation's value in `data` would change the stored one. The Content Manager sends
 * every relation of the form, unchanged ones as `{ connect: [], disconnect: [] }`.
 */
function relationChanges(value: unknown, stored: { id: number; documentId: string } | null | undefined): boolean {
  if (value === undefined) return false;
  const holds = (ref: unknown) => stored != null && (ref === stored.documentId || ref === stored.id);
  if (value === null) return stored != null;
  if (typeof value === 'object' && !Array.isArray(value)) {
    const { connect, disconnect, set } = value as { connect?: unknown[]; disconnect?: unknown[]; set?: unknown[] };
    if ('connect' in value || 'disconnect' in value || 'set' in value) {
      if (set !== undefined) return !(set.length === (stored ? 1 : 0) && set.every((ref) => holds(named(ref))));
      const adds = (connect ?? []).filter((ref) => !holds(named(ref)));
      const removes = (disconnect ?? []).filter((ref) => holds(named(ref)));
      return adds.length > 0 || removes.length > 0;
    }
  }
  const refs = Array.isArray(value) ? value : [value];
  return !(refs.length === (stored ? 1 : 0) && refs.every((ref) => holds(named(ref))));
}

/** The seat fields an update's data would change on the stored registration. */
export function changedSeatFields(data: Record<string, unknown>, stored: Stored): string[] {
  return SEAT_FIELDS.filter((field) => {
    if (field === 'atelier' || field === 'formation') return relationChanges(data[field], stored[field]);
    return data[field] !== undefined && data[field] !== stored[field];
  });
}

const refuse = (fields: readonly string[]) => validationError(fields.map((field): FieldIssue => ({ path: [field], message: GUARD_MESSAGE })));

/**
 * Since the team may update registrations in the Content Manager (attendance, a name, a phone,
 * a need), every write that would change seats outside the registration service is refused with
 * a 400 naming the field: a creation, a deletion, an update of the state, the places or the
 * event. The service's own writes run inside `withinSeatCount`.
 */
export function guardRegistrationWrites(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== UIDS.inscription || seatCount.getStore()) return next();
    if (context.action === 'create') throw refuse(['state']);
    if (context.action === 'delete') throw refuse(['state']);
    if (context.action !== 'update') return next();
    const params = context.params as { documentId?: string; data?: Record<string, unknown> };
    const data = params.data ?? {};
    if (!SEAT_FIELDS.some((field) => data[field] !== undefined)) return next();
    const stored = (await strapi.db.query(UIDS.inscription).findOne({
      where: { documentId: params.documentId },
      select: ['state', 'places'],
      populate: { atelier: { select: ['id', 'documentId'] }, formation: { select: ['id', 'documentId'] } },
    })) as Stored | null;
    if (!stored) return next();
    const changed = changedSeatFields(data, stored);
    if (changed.length > 0) throw refuse(changed);
    return next();
  });
}
