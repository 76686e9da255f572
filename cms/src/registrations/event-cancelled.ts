import type { Core } from '@strapi/strapi';
import { UIDS, type Locale } from '@reseau-epn/platform';
import { defineMailClaims } from '../mail-claims/mail-claims';
import { CANCELLED_EVENT_STRINGS } from './cancelled-event-strings';
import { EVENT_UIDS, publishedEvent, type RegistrableEvent } from './events';
import type { EventKind } from './input';
import { eventWords, queueTextMails, sendAfterCommit, type Outgoing } from './mails';

const KINDS: Record<string, EventKind> = { [UIDS.atelier]: 'atelier', [UIDS.formation]: 'formation' };
/** The actions after which the published version may have turned `annule`. */
const ACTIONS = new Set(['update', 'publish']);

/**
 * One claim per registration (src/mail-claims): a registration hears of its event's
 * cancellation once, however many times the cancelled event is saved or published again.
 */
export const cancelledEventClaims = defineMailClaims({
  uid: 'cms::registrations.cancelled-event-mail',
  tableName: 'registrations_cancelled_event_mails',
  key: { registration: 'integer' },
  indexName: 'registrations_cancelled_event_mails_registration_uq',
});

interface ActiveRow {
  id: number;
  name: string | null;
  email: string;
  places: number;
  state: 'confirmee' | 'en_attente';
  language: Locale;
}

function cancelledMail(row: ActiveRow, event: RegistrableEvent): Outgoing {
  const strings = CANCELLED_EVENT_STRINGS[row.language] ?? CANCELLED_EVENT_STRINGS.fr;
  const words = eventWords(event, row.language);
  return {
    notice: {
      to: row.email,
      subject: strings.subject(words.title),
      text: strings.body({ name: row.name ?? '', places: row.places, event: words, state: row.state }),
    },
  };
}

/**
 * When the published version of an event is cancelled, mails each active registration with an
 * address (confirmed or waiting) « Événement annulé » in its language, once. The registrations
 * stay as they are: the figures count them. Each mail is queued in the transaction that claims
 * its registration, so a second save, a restart or two editors publishing at once mail nobody
 * twice. Returns how many mails this call queued.
 */
export async function mailCancelledEvent(strapi: Core.Strapi, kind: EventKind, documentId: string, now = new Date()): Promise<number> {
  const published: { eventStatus: string | null }[] = await strapi.db
    .query(EVENT_UIDS[kind])
    .findMany({ where: { documentId, publishedAt: { $notNull: true } }, select: ['eventStatus'] });
  if (!published.some((row) => row.eventStatus === 'annule')) return 0;
  const rows: ActiveRow[] = await strapi.db.query(UIDS.inscription).findMany({
    where: { state: { $in: ['confirmee', 'en_attente'] }, email: { $notNull: true }, [kind]: { documentId } },
    select: ['id', 'name', 'email', 'places', 'state', 'language'],
    orderBy: { id: 'asc' },
  });
  const claimed = new Set((await cancelledEventClaims.find(strapi, { registration: rows.map((row) => row.id) })).map((claim) => claim.registration));
  const origin = `${EVENT_UIDS[kind]} ${documentId} : événement annulé`;
  let mailed = 0;
  for (const row of rows.filter((row) => !claimed.has(row.id))) {
    const event = await publishedEvent(strapi, kind, documentId, row.language);
    if (!event) continue;
    const mail = cancelledMail(row, event);
    const outcome = await cancelledEventClaims.once(strapi, { registration: row.id }, now, () => queueTextMails(strapi, [mail], origin));
    if (!outcome.claimed) continue;
    sendAfterCommit(strapi, [mail], outcome.value, origin);
    mailed += 1;
  }
  return mailed;
}

/**
 * Registered in `register`: its claims' table, and a Document Service middleware that, after an
 * editor's update or publication of an atelier or a formation has committed, tells the
 * registrants when the published version is cancelled. Reopening (annule → prevu) mails nobody:
 * the published version is no longer cancelled. A failure is logged, not thrown: the editor's
 * save stands, and the next save tells those not told yet.
 */
export function mailRegistrantsOnEventCancelled(strapi: Core.Strapi): void {
  cancelledEventClaims.register(strapi);
  strapi.documents.use(async (context, next) => {
    const result = await next();
    const kind = KINDS[context.uid];
    if (!kind || !ACTIONS.has(context.action)) return result;
    const params = context.params as { documentId?: string };
    const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
    if (!documentId) return result;
    await mailCancelledEvent(strapi, kind, documentId).catch((error: Error) => {
      strapi.log.error(`[inscriptions] registrants of cancelled ${kind} ${documentId} not told: ${error.message}`);
    });
    return result;
  });
}
