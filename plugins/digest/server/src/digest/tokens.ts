import { deriveLinkKey, expiryField, notExpired, readLink, signLink } from '@reseau-epn/platform/strapi';

/**
 * The letter's signed links (the project's one construction, @reseau-epn/platform/strapi): the
 * fields name a purpose (a confirmation token cannot unsubscribe, nor the other way round), a
 * subject (a subscriber's documentId, never an address) and, for confirmations, an expiry.
 */
export type TokenPurpose = 'confirm' | 'manage';

/** A signing key from the configured secret, or else from the app's own keys (APP_KEYS). */
export const deriveKey = (secret: string | undefined, appKeys: readonly string[]): Buffer =>
  deriveLinkKey('reseau-epn/digest/links', secret, appKeys, 'digest (DIGEST_SECRET)');

export function signToken(key: Buffer, purpose: TokenPurpose, subject: string, expiresAt?: Date): string {
  return signLink(key, [purpose, subject, expiresAt ? expiryField(expiresAt) : '']);
}

/** The subject of a valid, unexpired token of that purpose; null for anything else. */
export function verifyToken(key: Buffer, token: string, purpose: TokenPurpose, now = new Date()): string | null {
  const [tokenPurpose, subject, expiry] = readLink(key, token, Infinity) ?? [];
  if (tokenPurpose !== purpose || !subject) return null;
  return expiry && !notExpired(expiry, now) ? null : subject;
}
