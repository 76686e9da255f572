import type { Core } from '@strapi/strapi';
import { siteUrls, UIDS, type Locale } from '@reseau-epn/platform';
import type { FieldIssue } from '@reseau-epn/platform/strapi';
import { siteUrl } from '../../../public-requests/settings';
import { cancelToken, cancelTokenHash, matchesStoredHash, readCancelToken } from '../../../registrations/cancel-token';
import { EVENT_UIDS, lockEvent, publishedEvent, registrationIssues, writeDerivedState, type RegistrableEvent } from '../../../registrations/events';
import { EVENT_KINDS, type EventKind, type RegistrationRequest } from '../../../registrations/input';
import { composeMail, queueTextMails, sendAfterCommit, type Outgoing, type Registrant } from '../../../registrations/mails';
import { confirmedPlaces, movesUp, seatsLeft } from '../../../registrations/seats';

const INSCRIPTION = UIDS.inscription;

/**
 * Emitted after the commit when an event turns « complet » or back: the derived state is written
 * through the query engine, which emits no `entry.update`, so the site's builder (which rebuilds
 * on content events) must listen to this one to show it.
 */
export const EVENT_STATE_CHANGED = 'registrations.event-state.changed';
const ACTIVE = ['confirmee', 'en_attente'];

interface Row extends Registrant {
  id: number;
}

/** What a cancel link opens: the registration, its event, and whether it may still be cancelled. */
export interface CancelView {
  registrant: Registrant;
  event: RegistrableEvent;
  outcome: 'open' | 'already' | 'over';
}

const toRow = (doc: Record<string, unknown>): Row => ({
  id: doc.id as number,
  documentId: doc.documentId as string,
  name: (doc.name as string) ?? '',
  email: (doc.email as string | null) ?? null,
  places: (doc.places as number) ?? 1,
  language: (doc.language as Locale) ?? 'fr',
  state: doc.state as Row['state'],
});

/**
 * Registrations for ateliers and formations. Every seat decision (a registration, a
 * cancellation, the event's capacity changed) runs in one transaction holding the event's lock
 * (registrations/events.ts `lockEvent`): confirmed places never exceed the capacity, however many
 * people register at once. Mails are queued in that transaction and leave after the commit.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const documents = () => strapi.documents(INSCRIPTION);

  /** Active registrations of an event in order of arrival (the waiting list's order). */
  async function activeRows(kind: EventKind, documentId: string): Promise<Row[]> {
    const docs = await documents().findMany({
      filters: { [kind]: { documentId }, state: { $in: ACTIVE } },
      sort: ['createdAt:asc', 'id:asc'],
      fields: ['name', 'email', 'places', 'language', 'state'],
    } as never);
    return (docs as unknown as Record<string, unknown>[]).map(toRow);
  }

  /** The event in each registrant's language, read once per language. */
  function eventsByLanguage(kind: EventKind, documentId: string) {
    const cache = new Map<Locale, Promise<RegistrableEvent | null>>();
    return (locale: Locale) => {
      if (!cache.has(locale)) cache.set(locale, publishedEvent(strapi, kind, documentId, locale));
      return cache.get(locale)!;
    };
  }

  /**
   * Under the event's lock: moves up the waiting registrations that now fit, keeps the event's
   * derived state in step, and mails the people moved up (but `newcomer`, who is told « confirmed »
   * by the caller). A cancelled or started event moves nobody up.
   */
  async function rebalanceLocked(kind: EventKind, documentId: string, newcomer?: string): Promise<{ moved: Row[]; mails: Outgoing[]; turned?: boolean }> {
    const eventIn = eventsByLanguage(kind, documentId);
    const event = await eventIn('fr');
    if (!event) return { moved: [], mails: [] };
    const rows = await activeRows(kind, documentId);
    const live = event.eventStatus !== 'annule' && new Date(event.startsAt) > new Date();
    const ids = new Set(live ? movesUp(event.capacity, rows) : []);
    const moved = rows.filter((row) => ids.has(row.id));
    const mails: Outgoing[] = [];
    for (const row of moved) {
      await documents().update({ documentId: row.documentId, data: { state: 'confirmee' } } as never);
      row.state = 'confirmee';
      const mail = row.documentId === newcomer ? null : composeMail('movedUp', row, (await eventIn(row.language)) ?? event);
      if (mail) mails.push(mail);
    }
    const left = seatsLeft(event.capacity, confirmedPlaces(rows));
    await writeDerivedState(strapi, kind, documentId, left, event.registrationsOpen);
    const turned = event.registrationsOpen && event.eventStatus !== 'annule' && (left === 0) !== (event.eventStatus === 'complet');
    return { moved, mails, turned };
  }

  /** Runs `work` in a transaction holding the event's lock, then sends what it queued. */
  async function underLock<T extends { mails: Outgoing[]; turned?: boolean }>(
    kind: EventKind,
    documentId: string,
    origin: string,
    work: () => Promise<T>,
  ): Promise<T> {
    const { result, queued } = await strapi.db.transaction(async ({ trx }) => {
      await lockEvent(strapi, trx, kind, documentId);
      const done = await work();
      return { result: done, queued: await queueTextMails(strapi, done.mails, origin) };
    });
    sendAfterCommit(strapi, result.mails, queued, origin);
    if (result.turned) strapi.eventHub.emit(EVENT_STATE_CHANGED, { uid: EVENT_UIDS[kind], documentId });
    return result;
  }

  return {
    /**
     * A registration from the site. The answer is the same whether the address was already
     * registered for the event or not: a second registration adds no place and mails its owner
     * what happened, with the same cancel link.
     */
    async register(request: RegistrationRequest): Promise<{ issues: FieldIssue[]; event: RegistrableEvent | null }> {
      return underLock(request.kind, request.event, `inscription ${request.kind} ${request.event}`, async () => {
        const event = await publishedEvent(strapi, request.kind, request.event, request.locale);
        const issues = registrationIssues(event, request.places);
        if (issues.length > 0 || !event) return { issues, event, mails: [] };
        const known = request.email ? (await activeRows(request.kind, request.event)).find((row) => row.email === request.email) : undefined;
        if (known) {
          // Entered by the team (no link yet) or revoked: the mail's link must work.
          await documents().update({ documentId: known.documentId, data: { cancelTokenHash: cancelTokenHash(cancelToken(known.documentId)) } } as never);
          const mail = composeMail('already', { ...known, language: request.locale }, event);
          return { issues, event, mails: mail ? [mail] : [] };
        }
        const created = await documents().create({
          data: {
            [request.kind]: request.event,
            name: request.name,
            email: request.email ?? null,
            phone: request.phone ?? null,
            places: request.places,
            accessibilityNeed: request.accessibilityNeed ?? null,
            state: 'en_attente',
            language: request.locale,
          },
        } as never);
        const documentId = (created as { documentId: string }).documentId;
        await documents().update({ documentId, data: { cancelTokenHash: cancelTokenHash(cancelToken(documentId)) } } as never);
        const { moved, mails, turned } = await rebalanceLocked(request.kind, request.event, documentId);
        const seated = moved.some((row) => row.documentId === documentId);
        const registrant: Registrant = {
          documentId,
          name: request.name,
          email: request.email ?? null,
          places: request.places,
          language: request.locale,
          state: 'en_attente',
        };
        const mine = composeMail(seated ? 'confirmed' : 'waiting', registrant, event);
        return { issues, event, turned, mails: mine ? [mine, ...mails] : mails };
      });
    },

    /** What a cancel link opens; null for a bad, revoked or unknown link. */
    async view(token: unknown, locale: Locale, now = new Date()): Promise<CancelView | null> {
      const documentId = readCancelToken(token);
      if (!documentId) return null;
      const doc = (await documents().findOne({
        documentId,
        populate: { atelier: { fields: ['documentId'] }, formation: { fields: ['documentId'] } },
      } as never)) as unknown as
        (Record<string, unknown> & { cancelTokenHash?: string; atelier?: { documentId: string }; formation?: { documentId: string } }) | null;
      if (!doc || !matchesStoredHash(token as string, doc.cancelTokenHash)) return null;
      const kind = EVENT_KINDS.find((k) => doc[k]);
      if (!kind) return null;
      const event = await publishedEvent(strapi, kind, doc[kind]!.documentId, locale);
      if (!event) return null;
      const registrant = toRow(doc);
      const outcome = registrant.state === 'annulee' ? 'already' : new Date(event.endsAt) <= now ? 'over' : 'open';
      return { registrant, event, outcome };
    },

    /** The cancel link's POST: frees the places, moves the waiting list up, mails everyone concerned. */
    async cancel(token: unknown, locale: Locale): Promise<CancelView | null> {
      const first = await this.view(token, locale);
      if (!first || first.outcome !== 'open') return first;
      const { event } = first;
      return underLock(event.kind, event.documentId, `inscription annulée ${event.kind} ${event.documentId}`, async () => {
        // Read again under the lock: a second click may have cancelled it meanwhile.
        const view = (await this.view(token, locale))!;
        if (view.outcome !== 'open') return { ...view, mails: [] };
        await documents().update({ documentId: view.registrant.documentId, data: { state: 'annulee', cancelledAt: new Date() } } as never);
        const { mails, turned } = await rebalanceLocked(event.kind, event.documentId);
        const own = composeMail('cancelled', view.registrant, view.event);
        return { ...view, outcome: 'open' as const, turned, mails: own ? [own, ...mails] : mails };
      });
    },

    /** After an editor's change to an event (capacity raised, reopened): the waiting list moves up. */
    async rebalance(kind: EventKind, documentId: string): Promise<number> {
      const { moved } = await underLock(kind, documentId, `inscriptions ${kind} ${documentId}`, () => rebalanceLocked(kind, documentId));
      return moved.length;
    },

    confirmationUrl: (locale: Locale) => siteUrls(siteUrl()).registrationConfirmation(locale),
    formUrl: (locale: Locale, event: RegistrableEvent | null) =>
      event ? `${siteUrls(siteUrl()).event(locale, event.kind, event.slug)}#inscription` : siteUrls(siteUrl()).calendar(locale),
  };
};
