import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The personal cancel link: `<payload>.<signature>` in base64url, the payload naming its purpose
 * and the registration's documentId (never an address), signed with a key of its own derived from
 * REQUESTS_SECRET or else the app's keys, as the request tracking links are. It is the same link
 * each time it is written (confirmation, waiting list, moved up, a second registration, the
 * reminders to come), so a newer mail never breaks an older one. It expires with its event: the
 * route refuses it once the event is over. The registration keeps the link's SHA-256 only: the
 * link works while that matches, so clearing it revokes the link, and the database holds no
 * secret that would open anything.
 */
const PURPOSE = 'inscription-cancel';
const SIGNATURE_BYTES = 16;
const b64 = (value: Buffer | string) => Buffer.from(value).toString('base64url');

function key(): Buffer {
  const material = process.env.REQUESTS_SECRET?.trim() || process.env.APP_KEYS || '';
  if (!material) throw new Error('registrations: no REQUESTS_SECRET and no APP_KEYS to sign cancel links with');
  return createHmac('sha256', 'reseau-epn/inscriptions/cancel').update(material).digest();
}

const sign = (payload: string) => createHmac('sha256', key()).update(payload).digest().subarray(0, SIGNATURE_BYTES);

export function cancelToken(documentId: string): string {
  const payload = `${PURPOSE}|${documentId}`;
  return `${b64(payload)}.${b64(sign(payload))}`;
}

/** What the registration stores: the link's digest. */
export const cancelTokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** The registration's documentId a well-signed cancel token names; null for anything else. */
export function readCancelToken(token: unknown): string | null {
  if (typeof token !== 'string' || token.length > 256) return null;
  const [encodedPayload, encodedSignature, extra] = token.split('.');
  if (!encodedPayload || !encodedSignature || extra !== undefined) return null;
  const payload = Buffer.from(encodedPayload, 'base64url').toString('utf8');
  const given = Buffer.from(encodedSignature, 'base64url');
  const expected = sign(payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const [purpose, documentId, rest] = payload.split('|');
  return purpose === PURPOSE && documentId && rest === undefined ? documentId : null;
}

/** Whether a token matches the digest a registration keeps (constant time). */
export function matchesStoredHash(token: string, stored: string | null | undefined): boolean {
  if (!stored) return false;
  const given = Buffer.from(cancelTokenHash(token), 'hex');
  const kept = Buffer.from(stored, 'hex');
  return given.length === kept.length && timingSafeEqual(given, kept);
}
