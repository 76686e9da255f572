import { describe, expect, it } from 'vitest';
import { deriveLinkKey, expiryField, notExpired, readLink, signLink } from '@reseau-epn/platform/strapi';

const key = deriveLinkKey('reseau-epn/test/links', undefined, 'app-key-1,app-key-2', 'test');
const otherUse = deriveLinkKey('reseau-epn/other/links', undefined, 'app-key-1,app-key-2', 'test');

describe('signed links', () => {
  it('should read back the fields it signed', () => {
    expect(readLink(key, signLink(key, ['tracking', 'doc123', 'abc']))).toEqual(['tracking', 'doc123', 'abc']);
  });

  it('should refuse a token signed for another use, even with the same app keys', () => {
    expect(readLink(otherUse, signLink(key, ['tracking', 'doc123']))).toBeNull();
  });

  it('should refuse a token whose payload was changed, truncated or padded', () => {
    const token = signLink(key, ['manage', 'doc123']);
    const [payload, signature] = token.split('.');
    const forged = `${Buffer.from('manage|doc999').toString('base64url')}.${signature}`;

    expect(readLink(key, forged)).toBeNull();
    expect(readLink(key, payload)).toBeNull();
    expect(readLink(key, `${token}.x`)).toBeNull();
    expect(readLink(key, token.slice(0, -2))).toBeNull();
  });

  it('should refuse what is not a string or is longer than allowed', () => {
    const token = signLink(key, ['manage', 'x'.repeat(600)]);

    expect(readLink(key, undefined)).toBeNull();
    expect(readLink(key, ['a'])).toBeNull();
    expect(readLink(key, token)).toBeNull();
    expect(readLink(key, token, Infinity)).not.toBeNull();
  });

  it('should prefer the configured secret over the app keys', () => {
    const withSecret = deriveLinkKey('reseau-epn/test/links', ' secret ', 'app-key-1,app-key-2', 'test');

    expect(readLink(withSecret, signLink(key, ['a', 'b']))).toBeNull();
    expect(() => deriveLinkKey('reseau-epn/test/links', '  ', '', 'REQUESTS_SECRET')).toThrow(/REQUESTS_SECRET: no secret and no APP_KEYS/);
  });

  it('should tell an expiry still ahead from one past or unreadable', () => {
    const now = new Date('2026-12-02T10:00:00Z');

    expect(notExpired(expiryField(new Date('2026-12-03T10:00:00Z')), now)).toBe(true);
    expect(notExpired(expiryField(new Date('2026-12-01T10:00:00Z')), now)).toBe(false);
    expect(notExpired('not-base-36!', now)).toBe(false);
    expect(notExpired(undefined, now)).toBe(false);
  });
});
