import type { Core, Modules } from '@strapi/strapi';
import { UIDS } from '@reseau-epn/platform';
import { validationError } from '@reseau-epn/platform/strapi';
import type { Interests, Language, Preferences, PreferencesBody, UpdatedPreferences } from '../../../shared/contracts';
import { compileConfirmation, type CompiledConfirmation } from '../digest/confirmation-letter';
import { createLinks } from '../digest/links';
import { DEFAULT_INTERESTS, normaliseInterests } from '../digest/selection';
import type { TokenPurpose } from '../digest/tokens';
import { sendMail } from '../sending/email';
import { getConfig } from '../utils/get-config';
import { getService } from '../utils/get-service';
import { invalidToken } from '../utils/invalid-token';

export const ABONNE = UIDS.abonne;
const CATEGORIE = UIDS.categorie;
const MINUTE_MS = 60_000;

/** A subscriber's fields as the app's generated types have them. */
type SubscriberData = Modules.Documents.Params.Data.PartialInput<typeof ABONNE>;
/** What a write sets: `null` clears a field (a past unsubscription, a pending change). */
type SubscriberChanges = Partial<Omit<Subscriber, 'id' | 'documentId'>> & { preferences?: Interests };

export interface Subscriber {
  id: number;
  documentId: string;
  email: string;
  language: Language;
  confirmed: boolean | null;
  confirmedAt: string | null;
  preferences: unknown;
  /** What an already confirmed address asked for: applied once the new request is confirmed. */
  pendingChange: { language: Language; interests: Interests } | null;
  confirmationSentAt: string | null;
  unsubscribedAt: string | null;
}

export interface SubscribeRequest {
  email: string;
  language: Language;
  interests?: Partial<Interests>;
}

const toPreferences = (subscriber: Subscriber): Preferences => ({
  language: subscriber.language,
  interests: normaliseInterests(subscriber.preferences),
  subscribed: subscriber.confirmed === true,
});

/**
 * Double opt-in, preferences and unsubscription. Nothing here tells a caller whether an address
 * is known: subscribing answers the same, and every other door needs a signed link.
 */
export const subscriptions = ({ strapi }: { strapi: Core.Strapi }) => {
  const abonnes = () => strapi.documents(ABONNE);
  const confirmations = new Map<Language, Promise<CompiledConfirmation>>();

  async function bySignedToken(token: string, purpose: TokenPurpose): Promise<Subscriber> {
    const documentId = getService(strapi, 'signing').verify(token, purpose);
    const subscriber = documentId ? await abonnes().findOne({ documentId }) : null;
    if (!subscriber) throw invalidToken();
    return subscriber as Subscriber;
  }

  async function update(documentId: string, data: SubscriberChanges): Promise<Subscriber> {
    // Checked against the app's generated types but for `null`, which they lack and Strapi takes.
    return (await abonnes().update({ documentId, data: data as SubscriberData })) as Subscriber;
  }

  /** Unknown category documentIds are a 400 naming each: a typo must not silently filter everything out. */
  async function assertCategories(categories: readonly string[] | undefined) {
    if (!categories?.length) return;
    const found: { documentId: string }[] = await strapi.db
      .query(CATEGORIE)
      .findMany({ where: { documentId: { $in: [...categories] } }, select: ['documentId'] });
    const known = new Set(found.map((row) => row.documentId));
    const unknown = categories.map((id, index) => ({ id, index })).filter(({ id }) => !known.has(id));
    if (unknown.length)
      throw validationError(unknown.map((u) => ({ path: ['interests', 'categories', String(u.index)], message: `catégorie inconnue (${u.id})` })));
  }

  async function sendConfirmation(subscriber: Subscriber, language: Language): Promise<void> {
    const config = getConfig(strapi);
    let compiled = confirmations.get(language);
    if (!compiled) {
      compiled = compileConfirmation(language, config.confirmationHours);
      confirmations.set(language, compiled);
    }
    const token = getService(strapi, 'signing').confirmToken(subscriber.documentId);
    const link = createLinks(config.siteUrl, config.apiUrl).letterConfirm(language, token);
    await sendMail(strapi, { to: subscriber.email, ...(await compiled).render(link) });
  }

  /** Creates the subscriber, or finds it when another request created it meanwhile (unique email). */
  async function findOrCreate(request: SubscribeRequest, interests: Interests): Promise<{ subscriber: Subscriber; created: boolean }> {
    const existing = await abonnes().findFirst({ filters: { email: request.email } });
    if (existing) return { subscriber: existing as Subscriber, created: false };
    try {
      const subscriber = await abonnes().create({ data: { email: request.email, language: request.language, preferences: interests, confirmed: false } });
      return { subscriber: subscriber as Subscriber, created: true };
    } catch (error) {
      const raced = await abonnes().findFirst({ filters: { email: request.email } });
      if (!raced) throw error;
      return { subscriber: raced as Subscriber, created: false };
    }
  }

  /**
   * Records the request and mails a confirmation link. An address already confirmed keeps
   * its settings until the new request is confirmed from its mailbox. Resolves once the
   * message is handed to the mailer in the background: the answer never depends on it.
   */
  async function subscribe(request: SubscribeRequest): Promise<void> {
    await assertCategories(request.interests?.categories);
    const interests = normaliseInterests({ ...DEFAULT_INTERESTS, ...request.interests });
    const { subscriber, created } = await findOrCreate(request, interests);
    let current = subscriber;
    if (!created) {
      current = subscriber.confirmed
        ? await update(subscriber.documentId, { pendingChange: { language: request.language, interests } })
        : await update(subscriber.documentId, { language: request.language, preferences: interests, pendingChange: null });
    }
    // One confirmation per address per cooldown: the form must not become a way to flood a mailbox.
    const lastSent = subscriber.confirmationSentAt ? Date.parse(subscriber.confirmationSentAt) : 0;
    if (Date.now() - lastSent < getConfig(strapi).confirmationCooldownMinutes * MINUTE_MS) return;
    current = await update(subscriber.documentId, { confirmationSentAt: new Date().toISOString() });
    sendConfirmation(current, request.language).catch((error: Error) => strapi.log.error(`[digest] confirmation message not sent: ${error.message}`));
  }

  return {
    subscribe,

    async confirm(token: string): Promise<{ language: Language; preferencesToken: string }> {
      const subscriber = await bySignedToken(token, 'confirm');
      const change = subscriber.pendingChange;
      const updated = await update(subscriber.documentId, {
        confirmed: true,
        confirmedAt: subscriber.confirmed && subscriber.confirmedAt ? subscriber.confirmedAt : new Date().toISOString(),
        unsubscribedAt: null,
        pendingChange: null,
        ...(change ? { language: change.language, preferences: normaliseInterests(change.interests) } : {}),
      });
      return { language: updated.language, preferencesToken: getService(strapi, 'signing').manageToken(updated.documentId) };
    },

    async preferences(token: string): Promise<Preferences> {
      return toPreferences(await bySignedToken(token, 'manage'));
    },

    async updatePreferences(token: string, body: PreferencesBody): Promise<UpdatedPreferences> {
      const subscriber = await bySignedToken(token, 'manage');
      await assertCategories(body.interests?.categories);
      const now = new Date().toISOString();
      const data: SubscriberChanges = {};
      if (body.language) data.language = body.language;
      if (body.interests) data.preferences = normaliseInterests({ ...normaliseInterests(subscriber.preferences), ...body.interests });
      if (body.subscribed === false && subscriber.confirmed) Object.assign(data, { confirmed: false, unsubscribedAt: now, pendingChange: null });
      const updated = Object.keys(data).length ? await update(subscriber.documentId, data) : subscriber;
      // The management link is in every letter, forwarded ones included: coming back is a new
      // subscription, confirmed from the mailbox like the first one.
      const resubscribing = body.subscribed === true && !subscriber.confirmed;
      if (resubscribing) await subscribe({ email: updated.email, language: updated.language, interests: normaliseInterests(updated.preferences) });
      return { ...toPreferences(updated), ...(resubscribing ? { confirmationSent: true as const } : {}) };
    },

    /** Takes effect at once: a run in progress skips this subscriber from its next message on. */
    async unsubscribe(token: string): Promise<{ language: Language }> {
      const subscriber = await bySignedToken(token, 'manage');
      if (subscriber.confirmed || subscriber.pendingChange) {
        await update(subscriber.documentId, { confirmed: false, unsubscribedAt: new Date().toISOString(), pendingChange: null });
      }
      return { language: subscriber.language };
    },

    /** The language of a management link's subscriber, for the pages the link opens. */
    async languageOf(token: string): Promise<Language> {
      return (await bySignedToken(token, 'manage')).language;
    },
  };
};

export type SubscriptionsService = ReturnType<typeof subscriptions>;
