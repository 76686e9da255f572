import { createHash, timingSafeEqual } from 'node:crypto';
import { deriveLinkKey, readLink, signLink } from '@reseau-epn/platform/strapi';

/**
 * The personal cancel link, one of the project's signed links (@reseau-epn/platform/strapi): its
 * purpose and the registration's documentId (never an address), signed with a key of its own
 * derived from REQUESTS_SECRET or else the app's keys, as the request tracking links are. It is the same link
 * each time it is written (confirmation, waiting list, moved up, a second registration, the
 * reminders to come), so a newer mail never breaks an older one. It expires with its event: the
 * route refuses it once the event is over. The registration keeps the link's SHA-256 only: the
 * link works while that matches, so clearing it revokes the link, and the database holds no
 * secret that would open anything.
 */
const PURPOSE = 'inscription-cancel';

const key = () => deriveLinkKey('reseau-epn/inscriptions/cancel', process.env.REQUESTS_SECRET, process.env.APP_KEYS, 'registrations (REQUESTS_SECRET)');

export const cancelToken = (documentId: string): string => signLink(key(), [PURPOSE, documentId]);

/** What the registration stores: the link's digest. */
export const cancelTokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** The registration's documentId a well-signed cancel token names; null for anything else. */
export function readCancelToken(token: unknown): string | null {
  const [purpose, documentId, rest] = readLink(key(), token, 256) ?? [];
  return purpose === PURPOSE && documentId && rest === undefined ? documentId : null;
}

/** Whether a token matches the digest a registration keeps (constant time). */
export function matchesStoredHash(token: string, stored: string | null | undefined): boolean {
  if (!stored) return false;
  const given = Buffer.from(cancelTokenHash(token), 'hex');
  const kept = Buffer.from(stored, 'hex');
  return given.length === kept.length && timingSafeEqual(given, kept);
}
