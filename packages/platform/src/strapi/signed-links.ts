import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed links for people without an account (the letter's confirmation and unsubscription, the
 * forum's unsubscription, a help request's tracking, a registration's cancellation), one
 * construction for all: `<payload>.<signature>`, both base64url, the payload being `|`-separated
 * fields. Each use names its purpose in the fields (a tracking link cancels nothing) and its
 * subject by documentId (never an address), and signs with a key of its own.
 */

/** 128 bits of HMAC-SHA256: enough against forgery, short enough for a link. */
const SIGNATURE_BYTES = 16;

const b64 = (value: Buffer | string) => Buffer.from(value).toString('base64url');

/**
 * A key for one use (`context`, e.g. 'reseau-epn/digest/links') from its configured secret, or
 * else from the app's keys: those also sign sessions and must not sign links as they are. `what`
 * names the setting in the error a bare install would get.
 */
export function deriveLinkKey(context: string, secret: string | undefined, appKeys: string | readonly string[] | undefined, what: string): Buffer {
  const material = secret?.trim() || (typeof appKeys === 'string' ? appKeys : (appKeys ?? []).join(','));
  if (!material) throw new Error(`${what}: no secret and no APP_KEYS to sign links with`);
  return createHmac('sha256', context).update(material).digest();
}

const signature = (key: Buffer, payload: string) => createHmac('sha256', key).update(payload).digest().subarray(0, SIGNATURE_BYTES);

export function signLink(key: Buffer, fields: readonly string[]): string {
  const payload = fields.join('|');
  return `${b64(payload)}.${b64(signature(key, payload))}`;
}

/** The fields of a token signed with `key`; null for anything else (forged, truncated, too long). */
export function readLink(key: Buffer, token: unknown, maxLength = 512): string[] | null {
  if (typeof token !== 'string' || token.length > maxLength) return null;
  const [encodedPayload, encodedSignature, extra] = token.split('.');
  if (!encodedPayload || !encodedSignature || extra !== undefined) return null;
  const payload = Buffer.from(encodedPayload, 'base64url').toString('utf8');
  const given = Buffer.from(encodedSignature, 'base64url');
  const expected = signature(key, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return payload.split('|');
}

/** An expiry field: milliseconds in base 36, short in a link. */
export const expiryField = (at: Date) => at.getTime().toString(36);

/** Whether an expiry field is readable and still ahead of `now`. */
export function notExpired(field: string | undefined, now: Date): boolean {
  const at = field ? parseInt(field, 36) : NaN;
  return Number.isFinite(at) && at >= now.getTime();
}
