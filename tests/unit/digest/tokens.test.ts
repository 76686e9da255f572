import { describe, expect, it } from 'vitest';
import { deriveKey, signToken, verifyToken } from '../../../plugins/digest/server/src/digest/tokens';

const key = deriveKey('un secret de test', []);
const NOW = new Date('2026-11-23T07:00:00Z');
const LATER = new Date(NOW.getTime() + 3_600_000);

describe('signed links', () => {
  it('should give back the subject of a valid token', () => {
    expect(verifyToken(key, signToken(key, 'manage', 'doc123'), 'manage', NOW)).toBe('doc123');
  });

  it('should refuse a token past its expiry', () => {
    const token = signToken(key, 'confirm', 'doc123', NOW);

    expect(verifyToken(key, token, 'confirm', LATER)).toBeNull();
  });

  it('should accept a token before its expiry', () => {
    expect(verifyToken(key, signToken(key, 'confirm', 'doc123', LATER), 'confirm', NOW)).toBe('doc123');
  });

  it('should refuse a token made for another purpose', () => {
    expect(verifyToken(key, signToken(key, 'manage', 'doc123'), 'confirm', NOW)).toBeNull();
  });

  it('should refuse a token whose payload was changed', () => {
    const [, signature] = signToken(key, 'manage', 'doc123').split('.');
    const forged = `${Buffer.from('manage|doc999|').toString('base64url')}.${signature}`;

    expect(verifyToken(key, forged, 'manage', NOW)).toBeNull();
  });

  it('should refuse a token signed with another key', () => {
    expect(verifyToken(key, signToken(deriveKey('autre', []), 'manage', 'doc123'), 'manage', NOW)).toBeNull();
  });

  it('should refuse garbage without throwing', () => {
    expect(['', 'abc', 'a.b.c', '..', '%%%.***'].map((t) => verifyToken(key, t, 'manage', NOW))).toEqual([null, null, null, null, null]);
  });

  it('should derive a key from the app keys when no secret is set', () => {
    const fromAppKeys = deriveKey('', ['k1', 'k2']);

    expect(verifyToken(fromAppKeys, signToken(fromAppKeys, 'manage', 'x'), 'manage')).toBe('x');
    expect(fromAppKeys.equals(deriveKey('', ['k1', 'k3']))).toBe(false);
  });

  it('should refuse to sign without any secret', () => {
    expect(() => deriveKey('', [])).toThrow(/DIGEST_SECRET/);
  });
});
