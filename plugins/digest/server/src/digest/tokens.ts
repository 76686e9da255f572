import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed links: `<payload>.<signature>`, both base64url. The payload names a purpose (a
 * confirmation token cannot unsubscribe, nor the other way round), a subject (a subscriber's
 * documentId, never an address) and, for confirmations, an expiry.
 */
export type TokenPurpose = 'confirm' | 'manage';

/** 128 bits of HMAC-SHA256: enough against forgery, short enough for a link. */
const SIGNATURE_BYTES = 16;

const b64 = (value: Buffer | string) => Buffer.from(value).toString('base64url');

/** A signing key from the configured secret, or else from the app's own keys (APP_KEYS). */
export function deriveKey(secret: string | undefined, appKeys: readonly string[]): Buffer {
  const material = secret?.trim() ? secret.trim() : appKeys.join(',');
  if (!material) throw new Error('digest: no DIGEST_SECRET and no APP_KEYS to sign links with');
  // A separate key per use: the app's keys also sign sessions, and must not sign these links as is.
  return createHmac('sha256', 'reseau-epn/digest/links').update(material).digest();
}

function signature(key: Buffer, payload: string): Buffer {
  return createHmac('sha256', key).update(payload).digest().subarray(0, SIGNATURE_BYTES);
}

export function signToken(key: Buffer, purpose: TokenPurpose, subject: string, expiresAt?: Date): string {
  const payload = [purpose, subject, expiresAt ? expiresAt.getTime().toString(36) : ''].join('|');
  return `${b64(payload)}.${b64(signature(key, payload))}`;
}

/** The subject of a valid, unexpired token of that purpose; null for anything else. */
export function verifyToken(key: Buffer, token: string, purpose: TokenPurpose, now = new Date()): string | null {
  const [encodedPayload, encodedSignature, extra] = token.split('.');
  if (!encodedPayload || !encodedSignature || extra !== undefined) return null;
  const payload = Buffer.from(encodedPayload, 'base64url').toString('utf8');
  const given = Buffer.from(encodedSignature, 'base64url');
  const expected = signature(key, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;

  const [tokenPurpose, subject, expiry] = payload.split('|');
  if (tokenPurpose !== purpose || !subject) return null;
  if (expiry && parseInt(expiry, 36) < now.getTime()) return null;
  return subject;
}
