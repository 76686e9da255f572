import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed unsubscription links: `<payload>.<signature>`, both base64url. The payload names a
 * purpose (a topic's link cannot turn every notification off, nor the other way round), a
 * subject (documentIds, never an address) and an expiry. The digest signs its links the same
 * way with its own key (plugins/digest/server/src/digest/tokens.ts); the forum keeps its own
 * small copy rather than reach into another plugin's internals.
 */
export type UnsubscribePurpose = 'forum-topic' | 'forum-all';

/** 128 bits of HMAC-SHA256: enough against forgery, short enough for a link. */
const SIGNATURE_BYTES = 16;

/** How long a mail's unsubscription links keep working. */
export const UNSUBSCRIBE_LINK_DAYS = 90;

const b64 = (value: Buffer | string) => Buffer.from(value).toString('base64url');

/** A signing key from the configured secret, or else from the app's own keys (APP_KEYS). */
export function deriveKey(secret: string | undefined, appKeys: readonly string[]): Buffer {
  const material = secret?.trim() ? secret.trim() : appKeys.join(',');
  if (!material) throw new Error('moderation: no FORUM_SECRET and no APP_KEYS to sign links with');
  // A key of its own: the app's keys also sign sessions, and must not sign these links as is.
  return createHmac('sha256', 'reseau-epn/forum/unsubscribe').update(material).digest();
}

function signature(key: Buffer, payload: string): Buffer {
  return createHmac('sha256', key).update(payload).digest().subarray(0, SIGNATURE_BYTES);
}

export function signToken(key: Buffer, purpose: UnsubscribePurpose, subject: string, expiresAt: Date): string {
  const payload = [purpose, subject, expiresAt.getTime().toString(36)].join('|');
  return `${b64(payload)}.${b64(signature(key, payload))}`;
}

export interface VerifiedToken {
  purpose: UnsubscribePurpose;
  subject: string;
}

const PURPOSES: readonly string[] = ['forum-topic', 'forum-all'] satisfies UnsubscribePurpose[];

/** The purpose and subject of a valid, unexpired token; null for anything else. */
export function verifyToken(key: Buffer, token: string, now = new Date()): VerifiedToken | null {
  const [encodedPayload, encodedSignature, extra] = token.split('.');
  if (!encodedPayload || !encodedSignature || extra !== undefined) return null;
  const payload = Buffer.from(encodedPayload, 'base64url').toString('utf8');
  const given = Buffer.from(encodedSignature, 'base64url');
  const expected = signature(key, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;

  const [purpose, subject, expiry, rest] = payload.split('|');
  if (rest !== undefined || !PURPOSES.includes(purpose) || !subject || !expiry) return null;
  const expiresAt = parseInt(expiry, 36);
  if (!Number.isFinite(expiresAt) || expiresAt < now.getTime()) return null;
  return { purpose: purpose as UnsubscribePurpose, subject };
}

/** A topic's subject: the member and the topic, both by documentId (neither holds a '|' or ':'). */
export const topicSubject = (member: string, topic: string) => `${member}:${topic}`;

export function parseTopicSubject(subject: string): { member: string; topic: string } | null {
  const [member, topic, rest] = subject.split(':');
  return member && topic && rest === undefined ? { member, topic } : null;
}
