import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../helpers/cms';
import { ABONNE, uniqueEmail, uniqueId } from '../digest/helpers';

/**
 * Behind a reverse proxy (TRUST_PROXY=1 in the test harness) every visitor arrives from the
 * proxy's address: limits must count the client the proxy saw, and only that.
 */
let cms: TestCms;
let max: number;

beforeAll(async () => {
  cms = await getCms();
  max = (cms.strapi.config.get('plugin::digest.rateLimit') as { max: number }).max;
});
beforeEach(() => cms.strapi.plugin('digest').service('rate-limiter').reset());

const subscribeFrom = (forwardedFor: string) =>
  cms.request('/api/digest/subscriptions', {
    method: 'POST',
    body: { email: uniqueEmail('proxy'), language: 'fr' },
    headers: { 'x-forwarded-for': forwardedFor },
  });

async function exhaust(forwardedFor: string) {
  for (let i = 0; i < max; i++) await subscribeFrom(forwardedFor);
}

describe('client address behind a proxy', () => {
  afterAll(() => cms.strapi.db.query(ABONNE).deleteMany({ where: { email: { $contains: '@lecteurs.example' }, confirmed: false } }));

  it('should count each visitor behind the proxy on their own', async () => {
    await exhaust('203.0.113.10');

    const other = await subscribeFrom('203.0.113.11');

    expect(other.status).toBe(202);
  });

  it('should limit a visitor once their own budget is spent', async () => {
    await exhaust('203.0.113.20');

    const again = await subscribeFrom('203.0.113.20');

    expect(again.status).toBe(429);
  });

  it('should ignore addresses a client writes before the one the proxy added', async () => {
    await exhaust('203.0.113.30');

    const spoofed = await subscribeFrom(`198.51.100.${Math.floor(Math.random() * 200)}, 203.0.113.30`);

    expect(spoofed.status).toBe(429);
  });
});

describe('RFC 8058 one-click unsubscription from a mailbox provider', () => {
  const COUNT = 1000;
  let tokens: string[] = [];
  let documentIds: string[] = [];

  beforeAll(async () => {
    documentIds = Array.from({ length: COUNT }, () => `oneclick${uniqueId()}${uniqueId()}`);
    // Made in one statement: the double opt-in has its own tests.
    await cms.strapi.db.query(ABONNE).createMany({
      data: documentIds.map((documentId) => ({
        documentId,
        email: uniqueEmail('oneclick'),
        language: 'fr',
        confirmed: true,
        confirmedAt: new Date().toISOString(),
      })),
    });
    const signing = cms.strapi.plugin('digest').service('signing');
    tokens = documentIds.map((documentId) => signing.manageToken(documentId));
  });
  afterAll(() => cms.strapi.db.query(ABONNE).deleteMany({ where: { documentId: { $in: documentIds } } }));

  it('should accept a thousand valid one-click requests from one address', async () => {
    const statuses: number[] = [];
    // A provider sends them side by side: 20 at a time.
    for (let i = 0; i < tokens.length; i += 20) {
      const batch = tokens
        .slice(i, i + 20)
        .map((token) => cms.request(`/api/digest/unsubscribe?token=${token}`, { method: 'POST', headers: { 'x-forwarded-for': '192.0.2.25' } }));
      statuses.push(...(await Promise.all(batch)).map((response) => response.status));
    }

    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    expect(await cms.strapi.db.query(ABONNE).count({ where: { documentId: { $in: documentIds }, confirmed: true } })).toBe(0);
  });

  it('should still limit invalid links per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= max; i++) {
      statuses.push((await cms.request(`/api/digest/unsubscribe?token=forged${i}`, { method: 'POST', headers: { 'x-forwarded-for': '192.0.2.26' } })).status);
    }

    expect(statuses.at(-1)).toBe(429);
  });
});
