import { randomBytes } from 'node:crypto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getCms, type TestCms } from '../../../helpers/cms';
import { newVisitor } from '../../requests/helpers';

/**
 * Sign-up and log-in are limited per client address by users-permissions (`ratelimit`, keyed on
 * Koa's `ctx.request.ip`, which TRUST_PROXY makes the address the proxy saw). The run raises the
 * limit (AUTH_RATELIMIT_MAX) for the many log-ins of other files; this file lowers it for its own
 * tests only, on addresses no other test uses, and puts it back.
 */
let cms: TestCms;
let saved: unknown;
const LIMIT = 3;

beforeAll(async () => {
  cms = await getCms();
});
afterEach(() => {
  cms.strapi.config.set('plugin::users-permissions.ratelimit', saved);
});

function lowerLimit() {
  saved = cms.strapi.config.get('plugin::users-permissions.ratelimit');
  cms.strapi.config.set('plugin::users-permissions.ratelimit', { ...(saved as object), max: LIMIT });
}

/**
 * A client address of its own at each call. With TRUST_PROXY=1 Koa takes the last X-Forwarded-For
 * entry (the one the proxy wrote), so that entry is what the limiter keys on; the first one is what
 * a client may write, and the limiter ignores it.
 */
const address = () => `198.51.100.7, ${newVisitor()}`;

const attempt = (pathname: string, body: unknown, forwardedFor: string) =>
  cms.request(pathname, { method: 'POST', body, headers: { 'x-forwarded-for': forwardedFor } });

describe('rate limits on accounts', () => {
  it('should answer 429 to the log-in attempt over the limit from one address, not to another address', async () => {
    lowerLimit();
    const visitor = address();
    const body = { identifier: `personne.${randomBytes(4).toString('hex')}@secret.example`, password: 'devine-2026' };

    const within = [];
    for (let i = 0; i < LIMIT; i += 1) within.push((await attempt('/api/auth/local', body, visitor)).status);
    const over = await attempt('/api/auth/local', body, visitor);
    const other = await attempt('/api/auth/local', body, address());

    expect(within).toEqual([400, 400, 400]);
    expect(over.status).toBe(429);
    expect(other.status).toBe(400);
  });

  it('should answer 429 to sign-ups over the limit from one address, whatever the address they give', async () => {
    lowerLimit();
    const visitor = address();
    const signUp = () => {
      const id = randomBytes(4).toString('hex');
      // Invalid on purpose (no password): nothing is created, the attempt still counts.
      return attempt('/api/auth/local/register', { username: `robot-${id}`, email: `robot.${id}@secret.example` }, visitor);
    };

    const within = [];
    for (let i = 0; i < LIMIT; i += 1) within.push((await signUp()).status);
    const over = await signUp();

    expect(within).toEqual([400, 400, 400]);
    expect(over.status).toBe(429);
  });
});
