import { describe, expect, it } from 'vitest';
import { signPreviewToken } from '../../../cms/src/utils/preview-token';
import { verifyPreviewToken } from '../../../site/src/lib/preview-token';

/** The CMS signs (cms/src/utils/preview-token.ts), the site verifies (site/src/lib/preview-token.ts): one format. */
const SECRET = 'secret-de-previsualisation';
const NOW = Date.parse('2026-11-25T09:00:00Z');
const target = { documentId: 'absu99lz6zmwcyeapqbpwdbc', locale: 'fr', status: 'draft' };
const token = signPreviewToken(target, SECRET, { now: NOW });

describe('signed preview links', () => {
  it('should accept the token the CMS signed, for its document, locale and status', () => {
    expect(verifyPreviewToken(token, target, SECRET, NOW + 1000)).toBe(true);
  });

  it('should refuse it for another document', () => {
    expect(verifyPreviewToken(token, { ...target, documentId: 'autre0document0id0000000' }, SECRET, NOW)).toBe(false);
  });

  it('should refuse it for another locale', () => {
    expect(verifyPreviewToken(token, { ...target, locale: 'br' }, SECRET, NOW)).toBe(false);
  });

  it('should refuse it for the published version when it was signed for the draft', () => {
    expect(verifyPreviewToken(token, { ...target, status: 'published' }, SECRET, NOW)).toBe(false);
  });

  it('should refuse it once an hour has passed', () => {
    expect(verifyPreviewToken(token, target, SECRET, NOW + 3600 * 1000)).toBe(false);
  });

  it('should refuse it when its expiry was pushed back', () => {
    const [expiry, signature] = token.split('.');

    expect(verifyPreviewToken(`${Number(expiry) + 86_400}.${signature}`, target, SECRET, NOW)).toBe(false);
  });

  it('should refuse a tampered signature', () => {
    const [expiry, signature] = token.split('.');
    const flipped = signature.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));

    expect(verifyPreviewToken(`${expiry}.${flipped}`, target, SECRET, NOW)).toBe(false);
  });

  it('should refuse a signature that differs only in the unused bits of its last character', () => {
    const [expiry, signature] = token.split('.');
    const last = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.indexOf(signature.at(-1)!);
    const sameBytes = signature.slice(0, -1) + 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[last ^ 1];

    expect(verifyPreviewToken(`${expiry}.${sameBytes}`, target, SECRET, NOW)).toBe(false);
  });

  it('should refuse the old static secret in place of a token', () => {
    expect(verifyPreviewToken(SECRET, target, SECRET, NOW)).toBe(false);
  });

  it('should refuse a token signed with another secret', () => {
    expect(verifyPreviewToken(signPreviewToken(target, 'autre-secret', { now: NOW }), target, SECRET, NOW)).toBe(false);
  });

  it('should refuse everything when the site has no secret', () => {
    expect(verifyPreviewToken(token, target, undefined, NOW)).toBe(false);
  });
});
