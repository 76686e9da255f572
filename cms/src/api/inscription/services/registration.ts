import type { Core, Modules } from '@strapi/strapi';
import { SITE_SIGNAL_EVENTS, siteUrls, UIDS, type Locale } from '@reseau-epn/platform';
import type { FieldIssue } from '@reseau-epn/platform/strapi';
import { siteUrl } from '../../../public-requests/settings';
import { cancelToken, cancelTokenHash, matchesStoredHash, readCancelToken } from '../../../registrations/cancel-token';
import { EVENT_UIDS, lockEvent, publishedEvent, registrationIssues, writeDerivedState, type RegistrableEvent } from '../../../registrations/events';
import { EVENT_KINDS, type EventKind, type RegistrationRequest } from '../../../registrations/input';
import { composeMail, queueTextMails, sendAfterCommit, type Outgoing, type Registrant } from '../../../registrations/mails';
import { confirmedPlaces, movesUp, seatsLeft } from '../../../registrations/seats';
import { withinSeatCount } from '../../../registrations/guard';
import type { AdminRegistration, RegistrationCounts } from '../../../registrations/admin-contract';
import { attendanceIssues, closedIssue, teamEntryIssues, type AttendanceMark, type TeamEntry } from '../../../registrations/admin-rules';

const INSCRIPTION = UIDS.inscription;
type Params = Modules.Documents.ServiceParams<typeof INSCRIPTION>;

/**
 * Emitted after the commit when an event turns « complet » or back: the derived state is written
 * through the query engine, which emits no `entry.update`, so the site's builder (which rebuilds
 * on content events) must listen to this one to show it.
 */
export const EVENT_STATE_CHANGED = SITE_SIGNAL_EVENTS.EVENT_STATE_CHANGED;
const ACTIVE = ['confirmee', 'en_attente'] as const satisfies Row['state'][];

/** A new registration's person, from the site's form or the team's entry. */
interface Newcomer {
  name: string;
  email?: string;
  phone?: string;
  places: number;
  accessibilityNeed?: string;
  language: Locale;
}

interface Row extends Registrant {
  id: number;
}

/** What a cancel link opens: the registration, its event, and whether it may still be cancelled. */
export interface CancelView {
  registrant: Registrant;
  event: RegistrableEvent;
  outcome: 'open' | 'already' | 'over';
}

/** A registration as the Document Service returns it, the fields the seat count reads. */
interface StoredRegistration {
  id: number | string;
  documentId: string;
  name?: string | null;
  email?: string | null;
  places?: number | null;
  language?: Locale | null;
  state?: Row['state'] | null;
}

const toRow = (doc: StoredRegistration): Row => ({
  id: Number(doc.id),
  documentId: doc.documentId,
  name: doc.name ?? '',
  email: doc.email ?? null,
  places: doc.places ?? 1,
  language: doc.language ?? 'fr',
  state: doc.state ?? 'en_attente',
});

/** The event a registration is for, from its populated relations. */
const kindOfDoc = (doc: { atelier?: { documentId: string } | null; formation?: { documentId: string } | null }) =>
  EVENT_KINDS.map((kind) => ({ kind, documentId: doc[kind]?.documentId })).find((found): found is { kind: EventKind; documentId: string } =>
    Boolean(found.documentId),
  );

const EVENT_REFS = { atelier: { fields: ['documentId'] }, formation: { fields: ['documentId'] } } as const satisfies Params['findOne']['populate'];

const forEvent = (kind: EventKind, documentId: string) => (kind === 'atelier' ? { atelier: documentId } : { formation: documentId });

/**
 * Registrations for ateliers and formations. Every seat decision (a registration, a
 * cancellation, the event's capacity changed) runs in one transaction holding the event's lock
 * (registrations/events.ts `lockEvent`): confirmed places never exceed the capacity, however many
 * people register at once. Mails are queued in that transaction and leave after the commit.
 */
const registration = ({ strapi }: { strapi: Core.Strapi }) => {
  const documents = () => strapi.documents(INSCRIPTION);

  /** Active registrations of an event in order of arrival (the waiting list's order). */
  async function activeRows(kind: EventKind, documentId: string): Promise<Row[]> {
    const docs = await documents().findMany({
      filters: { [kind]: { documentId }, state: { $in: [...ACTIVE] } },
      sort: ['createdAt:asc', 'id:asc'],
      fields: ['name', 'email', 'places', 'language', 'state'],
    });
    return docs.map(toRow);
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
   * by the caller). A cancelled or started event moves nobody up; `walkIn`: but the newcomer the
   * team enters once it has started, when there is room.
   */
  async function rebalanceLocked(
    kind: EventKind,
    documentId: string,
    newcomer?: string,
    { walkIn = false } = {},
  ): Promise<{ moved: Row[]; mails: Outgoing[]; turned?: boolean }> {
    const eventIn = eventsByLanguage(kind, documentId);
    const event = await eventIn('fr');
    if (!event) return { moved: [], mails: [] };
    const rows = await activeRows(kind, documentId);
    const live = event.eventStatus !== 'annule' && new Date(event.startsAt) > new Date();
    // Once started, the waiting list no longer moves; someone the team enters at the door is seated if there is room.
    const seatable = live
      ? rows
      : walkIn && event.eventStatus !== 'annule'
        ? rows.filter((row) => row.state === 'confirmee' || row.documentId === newcomer)
        : [];
    const ids = new Set(movesUp(event.capacity, seatable));
    const moved = rows.filter((row) => ids.has(row.id));
    const mails: Outgoing[] = [];
    for (const row of moved) {
      await documents().update({ documentId: row.documentId, data: { state: 'confirmee' } });
      row.state = 'confirmee';
      const mail = row.documentId === newcomer ? null : composeMail('movedUp', row, (await eventIn(row.language)) ?? event);
      if (mail) mails.push(mail);
    }
    const left = seatsLeft(event.capacity, confirmedPlaces(rows));
    await writeDerivedState(strapi, kind, documentId, left, event.registrationsOpen);
    const turned = event.registrationsOpen && event.eventStatus !== 'annule' && (left === 0) !== (event.eventStatus === 'complet');
    return { moved, mails, turned };
  }

  /**
   * Under the event's lock: a new registration joins the waiting list, the seats are counted
   * again, and its own mail (with an address only) says whether it holds a seat. Only an address
   * receives a cancel link.
   */
  async function addLocked(
    kind: EventKind,
    eventDocumentId: string,
    event: RegistrableEvent,
    person: Newcomer,
    options: { walkIn?: boolean } = {},
  ): Promise<{ documentId: string; mails: Outgoing[]; turned?: boolean }> {
    const { documentId } = await documents().create({
      data: {
        ...forEvent(kind, eventDocumentId),
        name: person.name,
        email: person.email,
        phone: person.phone,
        places: person.places,
        accessibilityNeed: person.accessibilityNeed,
        state: 'en_attente',
        language: person.language,
      },
    });
    if (person.email) await documents().update({ documentId, data: { cancelTokenHash: cancelTokenHash(cancelToken(documentId)) } });
    const { moved, mails, turned } = await rebalanceLocked(kind, eventDocumentId, documentId, options);
    const seated = moved.some((row) => row.documentId === documentId);
    const registrant: Registrant = {
      documentId,
      name: person.name,
      email: person.email ?? null,
      places: person.places,
      language: person.language,
      state: 'en_attente',
    };
    const mine = composeMail(seated ? 'confirmed' : 'waiting', registrant, event);
    return { documentId, turned, mails: mine ? [mine, ...mails] : mails };
  }

  /** Runs `work` in a transaction holding the event's lock, then sends what it queued. */
  async function underLock<T extends { mails: Outgoing[]; turned?: boolean }>(
    kind: EventKind,
    documentId: string,
    origin: string,
    work: () => Promise<T>,
  ): Promise<T> {
    // withinSeatCount: the Content Manager's guard (registrations/guard.ts) lets these writes through.
    const { result, queued } = await withinSeatCount(() =>
      strapi.db.transaction(async ({ trx }) => {
        await lockEvent(strapi, trx, kind, documentId);
        const done = await work();
        return { result: done, queued: await queueTextMails(strapi, done.mails, origin) };
      }),
    );
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
          await documents().update({ documentId: known.documentId, data: { cancelTokenHash: cancelTokenHash(cancelToken(known.documentId)) } });
          const mail = composeMail('already', { ...known, language: request.locale }, event);
          return { issues, event, mails: mail ? [mail] : [] };
        }
        const { turned, mails } = await addLocked(request.kind, request.event, event, {
          name: request.name,
          email: request.email,
          phone: request.phone,
          places: request.places,
          accessibilityNeed: request.accessibilityNeed,
          language: request.locale,
        });
        return { issues, event, turned, mails };
      });
    },

    /** What a cancel link opens; null for a bad, revoked or unknown link. */
    async view(token: unknown, locale: Locale, now = new Date()): Promise<CancelView | null> {
      const documentId = readCancelToken(token);
      if (!documentId) return null;
      const doc = await documents().findOne({ documentId, populate: EVENT_REFS });
      if (!doc || !matchesStoredHash(token as string, doc.cancelTokenHash ?? undefined)) return null;
      const ref = kindOfDoc(doc);
      if (!ref) return null;
      const event = await publishedEvent(strapi, ref.kind, ref.documentId, locale);
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
        await documents().update({ documentId: view.registrant.documentId, data: { state: 'annulee', cancelledAt: new Date().toISOString() } });
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

    /**
     * A registration entered by the team (in person, by phone): also when the site's form is
     * closed, not for a cancelled or ended event; up to the capacity. It joins the waiting list and
     * the seats are counted again, so it is confirmed when it fits. With an address, the person gets
     * the site's mail (.ics and cancel link); without one, nothing: the team calls.
     */
    async enter(
      kind: EventKind,
      eventDocumentId: string,
      entry: TeamEntry,
      by: string,
    ): Promise<{ issues: FieldIssue[]; registration: AdminRegistration | null }> {
      return underLock(kind, eventDocumentId, `inscription saisie par ${by} ${kind} ${eventDocumentId}`, async () => {
        const event = await publishedEvent(strapi, kind, eventDocumentId, entry.language);
        const issues = teamEntryIssues(event, entry.places);
        if (issues.length > 0 || !event) return { issues, registration: null, mails: [] };
        const { documentId, turned, mails } = await addLocked(kind, eventDocumentId, event, entry, { walkIn: true });
        const registration = (await this.list(kind, eventDocumentId)).registrations.find((row) => row.documentId === documentId) ?? null;
        return { issues, registration, turned, mails };
      });
    },

    /**
     * Cancelled by the team: frees the places, moves the waiting list up (they are mailed), and
     * tells the registrant when they have an address. Not once the event is over.
     */
    async cancelByTeam(documentId: string, by: string): Promise<{ issues: FieldIssue[]; found: boolean }> {
      const doc = await documents().findOne({ documentId, populate: EVENT_REFS });
      const ref = doc ? kindOfDoc(doc) : undefined;
      if (!doc || !ref) return { issues: [], found: false };
      return underLock(ref.kind, ref.documentId, `inscription annulée par ${by} ${ref.kind} ${ref.documentId}`, async () => {
        // Read again under the lock: someone may have cancelled it meanwhile.
        const current = await documents().findOne({ documentId, fields: ['name', 'email', 'places', 'language', 'state'] });
        if (!current) return { issues: [], found: false, mails: [] };
        if (current.state === 'annulee') return { issues: [{ path: ['state'], message: 'inscription déjà annulée' }], found: true, mails: [] };
        const registrant = toRow(current);
        const event = await publishedEvent(strapi, ref.kind, ref.documentId, registrant.language);
        const closed = closedIssue(event);
        if (closed || !event) return { issues: closed ? [closed] : [], found: true, mails: [] };
        await documents().update({ documentId, data: { state: 'annulee', cancelledAt: new Date().toISOString() } });
        const { mails, turned } = await rebalanceLocked(ref.kind, ref.documentId);
        const own = composeMail('cancelled', registrant, event);
        return { issues: [], found: true, turned, mails: own ? [own, ...mails] : mails };
      });
    },

    /** Attendance, from the event's start on, for its confirmed registrations; all or none. No seat changes. */
    async setAttendance(kind: EventKind, eventDocumentId: string, marks: readonly AttendanceMark[]): Promise<{ issues: FieldIssue[]; updated: number }> {
      return underLock(kind, eventDocumentId, `présences ${kind} ${eventDocumentId}`, async () => {
        const event = await publishedEvent(strapi, kind, eventDocumentId, 'fr');
        const rows = await documents().findMany({ filters: { [kind]: { documentId: eventDocumentId } }, fields: ['state'] });
        const states = new Map(rows.map((row) => [row.documentId, { state: row.state ?? '' }]));
        const issues = attendanceIssues(event, marks, states);
        if (issues.length > 0) return { issues, updated: 0, mails: [] };
        for (const mark of marks) {
          // Strapi's types leave null out of a boolean's data; the Document Service stores it as « not said », which undoes a mark.
          const data = { attended: mark.attended } as Params['update']['data'];
          await documents().update({ documentId: mark.documentId, data });
        }
        return { issues, updated: marks.length, mails: [] };
      });
    },

    /** The panel's rows (every state, in order of arrival) and counts; an unpublished event counts as closed. */
    async list(kind: EventKind, eventDocumentId: string, now = new Date()): Promise<{ counts: RegistrationCounts; registrations: AdminRegistration[] }> {
      const event = await publishedEvent(strapi, kind, eventDocumentId, 'fr');
      const docs = await documents().findMany({
        filters: { [kind]: { documentId: eventDocumentId } },
        sort: ['createdAt:asc', 'id:asc'],
        fields: ['name', 'email', 'phone', 'places', 'state', 'accessibilityNeed', 'attended', 'createdAt'],
      });
      let position = 0;
      const registrations = docs.map((doc): AdminRegistration => {
        const state = doc.state ?? 'en_attente';
        return {
          documentId: doc.documentId,
          name: doc.name ?? '',
          email: doc.email ?? null,
          phone: doc.phone ?? null,
          places: doc.places ?? 1,
          state,
          accessibilityNeed: doc.accessibilityNeed ?? null,
          attended: doc.attended ?? null,
          createdAt: new Date(doc.createdAt ?? 0).toISOString(),
          waitingPosition: state === 'en_attente' ? ++position : null,
        };
      });
      const sum = (wanted: string) => registrations.reduce((total, row) => total + (row.state === wanted ? row.places : 0), 0);
      const counts: RegistrationCounts = {
        capacity: event?.capacity ?? null,
        confirmedPlaces: sum('confirmee'),
        waitingPlaces: sum('en_attente'),
        waitingRegistrations: position,
        started: event ? new Date(event.startsAt) <= now : false,
        closed: closedIssue(event, now) !== null,
      };
      return { counts, registrations };
    },

    confirmationUrl: (locale: Locale) => siteUrls(siteUrl()).registrationConfirmation(locale),
    formUrl: (locale: Locale, event: RegistrableEvent | null) =>
      event ? `${siteUrls(siteUrl()).event(locale, event.kind, event.slug)}#inscription` : siteUrls(siteUrl()).calendar(locale),
  };
};

export type RegistrationService = ReturnType<typeof registration>;

export default registration;

/** The service's id, and the one typed way to reach it (event-sync, the controller, the admin routes). */
export const REGISTRATION_SERVICE = 'api::inscription.registration';

// Strapi types every service as its generic Core.Service: the factory's return type names what this one holds.
export const registrationService = (strapi: Core.Strapi) => strapi.service(REGISTRATION_SERVICE) as unknown as RegistrationService;
