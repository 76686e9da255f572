import { deriveLinkKey, expiryField, notExpired, readLink, signLink } from '@reseau-epn/platform/strapi';

/**
 * Signed unsubscription links (the project's one construction, @reseau-epn/platform/strapi): the
 * fields name a purpose (a topic's link cannot turn every notification off, nor the other way
 * round), a subject (documentIds, never an address) and an expiry, signed with the forum's key.
 */
export type UnsubscribePurpose = 'forum-topic' | 'forum-all';

/** How long a mail's unsubscription links keep working. */
export const UNSUBSCRIBE_LINK_DAYS = 90;

/** A signing key from the configured secret, or else from the app's own keys (APP_KEYS). */
export const deriveKey = (secret: string | undefined, appKeys: readonly string[]): Buffer =>
  deriveLinkKey('reseau-epn/forum/unsubscribe', secret, appKeys, 'moderation (FORUM_SECRET)');

export function signToken(key: Buffer, purpose: UnsubscribePurpose, subject: string, expiresAt: Date): string {
  return signLink(key, [purpose, subject, expiryField(expiresAt)]);
}

export interface VerifiedToken {
  purpose: UnsubscribePurpose;
  subject: string;
}

const PURPOSES: readonly string[] = ['forum-topic', 'forum-all'] satisfies UnsubscribePurpose[];

/** The purpose and subject of a valid, unexpired token; null for anything else. */
export function verifyToken(key: Buffer, token: string, now = new Date()): VerifiedToken | null {
  const [purpose, subject, expiry, rest] = readLink(key, token, Infinity) ?? [];
  if (rest !== undefined || !purpose || !PURPOSES.includes(purpose) || !subject || !notExpired(expiry, now)) return null;
  return { purpose: purpose as UnsubscribePurpose, subject };
}

/** A topic's subject: the member and the topic, both by documentId (neither holds a '|' or ':'). */
export const topicSubject = (member: string, topic: string) => `${member}:${topic}`;

export function parseTopicSubject(subject: string): { member: string; topic: string } | null {
  const [member, topic, rest] = subject.split(':');
  return member && topic && rest === undefined ? { member, topic } : null;
}
