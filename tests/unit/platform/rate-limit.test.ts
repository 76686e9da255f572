import knex, { type Knex } from 'knex';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRateLimiter, type CounterDatabase } from '@reseau-epn/platform/strapi';

// The counters on a real SQLite database (better-sqlite3, as the CMS runs by default), the way
// Strapi's own `strapi.db` hands it over; PostgreSQL runs them through the CMS in test:postgres.
let connection: Knex;
let db: CounterDatabase;

beforeEach(() => {
  connection = knex({ client: 'better-sqlite3', connection: { filename: ':memory:' }, useNullAsDefault: true });
  db = { connection, getSchemaName: () => undefined };
});
afterEach(() => connection.destroy());

describe('the rate limiter', () => {
  it('should refuse beyond the limit and say when to come back', async () => {
    const limiter = createRateLimiter('digest', () => db);
    const verdicts = [];
    for (let i = 0; i < 3; i += 1) verdicts.push(await limiter.hit('ip', 2, 60_000, 1_000));

    expect(verdicts.map((v) => v.allowed)).toEqual([true, true, false]);
    expect(verdicts[2]!.retryAfterSeconds).toBe(60);
  });

  it('should count each key on its own and start over with a new window', async () => {
    const limiter = createRateLimiter('digest', () => db);
    await limiter.hit('a', 1, 60_000, 0);

    expect((await limiter.hit('b', 1, 60_000, 0)).allowed).toBe(true);
    expect((await limiter.hit('a', 1, 60_000, 30_000)).allowed).toBe(false);
    expect((await limiter.hit('a', 1, 60_000, 60_000)).allowed).toBe(true);
  });

  it('should share its counts between two CMS instances on one database', async () => {
    // Two instances behind the proxy: each has its own limiter object, the database is the same.
    const first = createRateLimiter('forum', () => db);
    const second = createRateLimiter('forum', () => db);
    const verdicts = await Promise.all(Array.from({ length: 6 }, (_, i) => (i % 2 ? first : second).hit('member:12', 4, 60_000, 5_000)));

    expect(verdicts.filter((v) => v.allowed)).toHaveLength(4);
  });

  it('should keep scopes apart, and reset only its own', async () => {
    const forum = createRateLimiter('forum', () => db);
    const digest = createRateLimiter('digest', () => db);
    await forum.hit('address:203.0.113.9', 1, 60_000, 0);
    await digest.hit('address:203.0.113.9', 1, 60_000, 0);

    expect((await digest.hit('address:203.0.113.9', 1, 60_000, 0)).allowed).toBe(false);
    await forum.reset();
    expect((await forum.hit('address:203.0.113.9', 1, 60_000, 0)).allowed).toBe(true);
    expect((await digest.hit('address:203.0.113.9', 1, 60_000, 0)).allowed).toBe(false);
  });

  it('should store no client address or member id in the clear', async () => {
    await createRateLimiter('forum', () => db).hit('address:203.0.113.9', 5, 60_000, 0);
    const rows = await connection('reseau_rate_limits').select('*');

    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain('203.0.113.9');
  });
});
