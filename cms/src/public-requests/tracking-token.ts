import { deriveLinkKey, expiryField, notExpired, readLink, signLink } from '@reseau-epn/platform/strapi';
import { trackingDays } from './settings';

/**
 * A help request's tracking link (one of the project's signed links, @reseau-epn/platform/strapi):
 * its purpose, the request's documentId and an expiry, with a key of its own derived from
 * REQUESTS_SECRET or else the app's keys.
 */
export type RequestTokenPurpose = 'tracking';

const DAY_MS = 86_400_000;

const key = () => deriveLinkKey('reseau-epn/requests/links', process.env.REQUESTS_SECRET, process.env.APP_KEYS, 'public requests (REQUESTS_SECRET)');

export function signRequestToken(purpose: RequestTokenPurpose, subject: string, now = new Date()): string {
  return signLink(key(), [purpose, subject, expiryField(new Date(now.getTime() + trackingDays() * DAY_MS))]);
}

/** The subject of a valid, unexpired token of that purpose; null for anything else. */
export function verifyRequestToken(token: unknown, purpose: RequestTokenPurpose, now = new Date()): string | null {
  const [tokenPurpose, subject, expiry, rest] = readLink(key(), token) ?? [];
  return tokenPurpose === purpose && subject && rest === undefined && notExpired(expiry, now) ? subject : null;
}
