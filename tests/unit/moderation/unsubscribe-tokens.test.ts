import { describe, expect, it } from 'vitest';
import { deriveKey, parseTopicSubject, signToken, topicSubject, verifyToken } from '../../../plugins/moderation/server/src/notifications/tokens';

const key = deriveKey('un secret de test', []);
const NOW = new Date('2026-11-23T07:00:00Z');
const LATER = new Date(NOW.getTime() + 3_600_000);

describe('forum unsubscription links', () => {
  it('should give back the purpose and subject of a valid token', () => {
    expect(verifyToken(key, signToken(key, 'forum-all', 'member1', LATER), NOW)).toEqual({ purpose: 'forum-all', subject: 'member1' });
  });

  it('should refuse a token past its expiry', () => {
    expect(verifyToken(key, signToken(key, 'forum-topic', 'm:t', NOW), LATER)).toBeNull();
  });

  it('should refuse a token whose purpose was changed (a topic link cannot turn everything off)', () => {
    const [, signature] = signToken(key, 'forum-topic', 'member1', LATER).split('.');
    const forged = `${Buffer.from(`forum-all|member1|${LATER.getTime().toString(36)}`).toString('base64url')}.${signature}`;

    expect(verifyToken(key, forged, NOW)).toBeNull();
  });

  it('should refuse a token whose subject was changed', () => {
    const [, signature] = signToken(key, 'forum-all', 'member1', LATER).split('.');
    const forged = `${Buffer.from(`forum-all|member2|${LATER.getTime().toString(36)}`).toString('base64url')}.${signature}`;

    expect(verifyToken(key, forged, NOW)).toBeNull();
  });

  it('should refuse a token signed with another key', () => {
    expect(verifyToken(key, signToken(deriveKey('autre', []), 'forum-all', 'member1', LATER), NOW)).toBeNull();
  });

  it('should derive the key from the secret alone when set, else from every app key', () => {
    expect(deriveKey('même secret', []).equals(deriveKey('même secret', ['autre']))).toBe(true);
    expect(deriveKey('', ['k1', 'k2']).equals(deriveKey('', ['k1']))).toBe(false);
  });

  it('should refuse garbage without throwing', () => {
    expect(['', 'abc', 'a.b.c', '..', '%%%.***'].map((t) => verifyToken(key, t, NOW))).toEqual([null, null, null, null, null]);
  });

  it('should refuse to sign without any secret', () => {
    expect(() => deriveKey('', [])).toThrow(/FORUM_SECRET/);
  });

  it('should read back a topic subject and refuse a malformed one', () => {
    expect(parseTopicSubject(topicSubject('member1', 'topic1'))).toEqual({ member: 'member1', topic: 'topic1' });
    expect([parseTopicSubject('member1'), parseTopicSubject('a:b:c'), parseTopicSubject(':t')]).toEqual([null, null, null]);
  });
});
