import { createHmac, timingSafeEqual } from 'node:crypto';
import { trackingDays } from './settings';

/**
 * Signed links for people without an account: `<payload>.<signature>` in base64url, the payload
 * naming a purpose (a tracking link opens nothing else), a subject (the request's documentId,
 * never an address) and an expiry. Same construction as the digest's links (plugins/digest).
 */
export type RequestTokenPurpose = 'tracking';

const SIGNATURE_BYTES = 16;
const DAY_MS = 86_400_000;
const b64 = (value: Buffer | string) => Buffer.from(value).toString('base64url');

/** A key of its own, derived from REQUESTS_SECRET or else the app's keys (which also sign sessions). */
function key(): Buffer {
  const material = process.env.REQUESTS_SECRET?.trim() || process.env.APP_KEYS || '';
  if (!material) throw new Error('public requests: no REQUESTS_SECRET and no APP_KEYS to sign links with');
  return createHmac('sha256', 'reseau-epn/requests/links').update(material).digest();
}

const sign = (payload: string) => createHmac('sha256', key()).update(payload).digest().subarray(0, SIGNATURE_BYTES);

export function signRequestToken(purpose: RequestTokenPurpose, subject: string, now = new Date()): string {
  const payload = [purpose, subject, (now.getTime() + trackingDays() * DAY_MS).toString(36)].join('|');
  return `${b64(payload)}.${b64(sign(payload))}`;
}

/** The subject of a valid, unexpired token of that purpose; null for anything else. */
export function verifyRequestToken(token: unknown, purpose: RequestTokenPurpose, now = new Date()): string | null {
  if (typeof token !== 'string' || token.length > 512) return null;
  const [encodedPayload, encodedSignature, extra] = token.split('.');
  if (!encodedPayload || !encodedSignature || extra !== undefined) return null;
  const payload = Buffer.from(encodedPayload, 'base64url').toString('utf8');
  const given = Buffer.from(encodedSignature, 'base64url');
  const expected = sign(payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const [tokenPurpose, subject, expiry] = payload.split('|');
  if (tokenPurpose !== purpose || !subject || !expiry) return null;
  return parseInt(expiry, 36) < now.getTime() ? null : subject;
}
