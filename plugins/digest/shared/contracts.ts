/** Request and response shapes of the digest routes, shared by the server and the admin. */
import { LOCALES, type Locale } from '@reseau-epn/platform';

/** The languages a subscriber reads the letter in: the network's (French first, then Breton and English). */
export const LANGUAGES = LOCALES;
export type Language = Locale;

/** What a subscriber may choose to receive. */
export const SECTIONS = ['fiches', 'calendar', 'forum', 'spaces'] as const;
export type Section = (typeof SECTIONS)[number];

/** A type, not an interface: stored as a JSON attribute, it must read as a JSON object. */
export type Interests = {
  sections: Section[];
  /** Category documentIds (stable across locales); empty means every category. */
  categories: string[];
};

/* ------------------------------------------------------------------------------------------------
 * Content API (/api/digest/…), public, rate-limited; never returns an address.
 * ----------------------------------------------------------------------------------------------*/

/** POST /api/digest/subscriptions */
export interface SubscribeBody {
  email: string;
  language?: Language;
  interests?: Partial<Interests>;
}

/** The same answer whether the address was known or not. */
export interface SubscribeResponse {
  data: { status: 'pending'; message: string };
}

/** POST /api/digest/confirm */
export interface ConfirmBody {
  token: string;
}

export interface ConfirmResponse {
  data: { status: 'confirmed'; language: Language; message: string; preferencesToken: string };
}

/** GET and PUT /api/digest/preferences?token=… */
export interface Preferences {
  language: Language;
  interests: Interests;
  /** False once unsubscribed; PUT `subscribed: true` mails a new confirmation link. */
  subscribed: boolean;
}

/** PUT's answer: `confirmationSent` when coming back needs the mailbox's confirmation first. */
export interface UpdatedPreferences extends Preferences {
  confirmationSent?: true;
}

export interface PreferencesBody {
  language?: Language;
  interests?: Partial<Interests>;
  subscribed?: boolean;
}

export interface PreferencesResponse {
  data: Preferences | UpdatedPreferences;
}

/** POST /api/digest/unsubscribe?token=… (RFC 8058 one-click: body `List-Unsubscribe=One-Click`). */
export interface UnsubscribeResponse {
  data: { status: 'unsubscribed'; message: string };
}

/* ------------------------------------------------------------------------------------------------
 * Admin (/digest/…), admin JWT and the digest's permissions.
 * ----------------------------------------------------------------------------------------------*/

export type SectionCounts = Record<Section, number>;

/** GET /digest/preview?locale=fr: the next letter as it stands now, with every item. */
export interface DigestPreview {
  locale: Language;
  subject: string;
  html: string;
  text: string;
  periodStart: string;
  periodEnd: string;
  counts: SectionCounts;
}

/** POST /digest/test */
export interface TestSendBody {
  email: string;
  locale: Language;
}

/** POST /digest/runs: 202 once the run holds the lock; it goes on in the background. */
export interface RunStarted {
  issueKey: string;
  status: 'started';
}

export const DELIVERY_STATUSES = ['pending', 'sending', 'sent', 'failed', 'skipped'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export const ISSUE_STATUSES = ['planning', 'sending', 'done'] as const;
export type IssueStatus = (typeof ISSUE_STATUSES)[number];

/** GET /digest/issues */
export interface IssueSummary {
  id: number;
  issueKey: string;
  status: IssueStatus;
  trigger: 'cron' | 'admin' | 'manual' | null;
  periodStart: string;
  periodEnd: string;
  startedAt: string | null;
  finishedAt: string | null;
  counts: Record<DeliveryStatus, number>;
  /** documentId of the archived letter (Lettre) per language. */
  lettres: Partial<Record<Language, string>>;
}

export interface IssuesResponse {
  data: IssueSummary[];
  /** The run holding the lock, if any. */
  running: { holder: string; expiresAt: string } | null;
}

/** GET /digest/issues/:id/deliveries?status=&page=&pageSize= */
export interface DeliveryRow {
  id: number;
  email: string | null;
  language: Language | null;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  skipReason: 'empty' | 'unsubscribed' | null;
  sentAt: string | null;
  nextAttemptAt: string | null;
}

export interface DeliveriesResponse {
  data: DeliveryRow[];
  meta: { pagination: { page: number; pageSize: number; total: number } };
}
