import { beforeAll, describe, expect, it } from 'vitest';
import { cancelToken, cancelTokenHash, matchesStoredHash, readCancelToken } from '../../../cms/src/registrations/cancel-token';

beforeAll(() => {
  process.env.APP_KEYS ??= 'unit-key-a,unit-key-b';
});

describe('the cancel link', () => {
  it('should name the registration it was made for', () => {
    expect(readCancelToken(cancelToken('abc123'))).toBe('abc123');
  });

  it('should be the same link each time it is written', () => {
    expect(cancelToken('abc123')).toBe(cancelToken('abc123'));
  });

  it('should refuse a link whose registration was changed', () => {
    const [, signature] = cancelToken('abc123').split('.');
    const forged = `${Buffer.from('inscription-cancel|other').toString('base64url')}.${signature}`;
    expect(readCancelToken(forged)).toBeNull();
  });

  it('should refuse a request tracking token or any other purpose', () => {
    const token = cancelToken('abc123');
    expect([readCancelToken(`${token}.x`), readCancelToken('abc'), readCancelToken(42)]).toEqual([null, null, null]);
  });

  it('should match only the digest stored for it', () => {
    const token = cancelToken('abc123');
    expect([
      matchesStoredHash(token, cancelTokenHash(token)),
      matchesStoredHash(token, cancelTokenHash(cancelToken('x'))),
      matchesStoredHash(token, null),
    ]).toEqual([true, false, false]);
  });
});
