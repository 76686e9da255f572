/**
 * The project's one rate limiter: fixed-window request counters kept in the CMS's database, and
 * the Koa middleware that answers 429 with Retry-After in Strapi's error shape. The counters are
 * in the database, not in memory, so that every CMS instance behind a reverse proxy counts the
 * same requests: two instances would otherwise each allow the whole limit (README › Running for
 * a whole region). One upsert per limited request, on the public forms and member writes only.
 * Plugins decide what a counter is about (`keyOf`: the client address, a member, a subscriber)
 * and how many requests a window allows (`limits`).
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type * as StrapiUtils from '@strapi/utils';

// Strapi recognises its errors with `instanceof`: require the CommonJS copy it uses (see validate.ts).
const { errors } = createRequire(import.meta.url)('@strapi/utils') as typeof StrapiUtils;

export interface RateVerdict {
  allowed: boolean;
  retryAfterSeconds: number;
}

export interface RateLimiter {
  /** Counts one request for `key`; refused once `max` were made in the current window. */
  hit(key: string, max: number, windowMs: number, now?: number): Promise<RateVerdict>;
  /** Forgets this limiter's counters (tests, or an operator lifting a block). */
  reset(): Promise<void>;
}

/** What the counters need of Strapi's database (`strapi.db`): raw SQL, and the schema it works in. */
export interface CounterDatabase {
  connection: { raw(sql: string, bindings?: readonly unknown[]): PromiseLike<unknown> };
  getSchemaName(): string | undefined;
}

/**
 * Not a content type: no one edits it, and Strapi's schema sync leaves alone a table it never
 * created. Keys are stored hashed: they hold client addresses and member ids.
 */
const TABLE = 'reseau_rate_limits';

const tables = new WeakMap<CounterDatabase, Promise<void>>();

function tableName(db: CounterDatabase): string {
  const schema = db.getSchemaName();
  return schema ? `"${schema.replaceAll('"', '""')}".${TABLE}` : TABLE;
}

/** Creates the table once per process; two instances starting at once may both try. */
function ensureTable(db: CounterDatabase): Promise<void> {
  let ready = tables.get(db);
  if (!ready) {
    const create = () =>
      db.connection.raw(
        `create table if not exists ${tableName(db)} (id varchar(64) primary key, scope varchar(64) not null, reset_at bigint not null, hits integer not null)`,
      );
    // PostgreSQL's « if not exists » is not atomic: the loser of a race gets a unique violation
    // on its catalogue, and the table is there when it tries again.
    ready = Promise.resolve(create()).then(
      () => undefined,
      () => Promise.resolve(create()).then(() => undefined),
    );
    ready.catch(() => tables.delete(db));
    tables.set(db, ready);
  }
  return ready;
}

/** better-sqlite3 answers rows, pg a result with `rows`. */
const rowsOf = (result: unknown): Record<string, unknown>[] => (Array.isArray(result) ? result : ((result as { rows?: Record<string, unknown>[] }).rows ?? []));

/**
 * Counters for one `scope` (a plugin, a kind of route), shared by every instance on the database
 * `database()` gives (`strapi.db`, read at the first request: limiters are made before Strapi starts).
 * The upsert is one statement, atomic on SQLite and PostgreSQL alike: a new window starts at the
 * first request after the last one ended.
 */
export function createRateLimiter(scope: string, database: () => CounterDatabase): RateLimiter {
  let nextSweep = 0;

  async function sweep(db: CounterDatabase, now: number) {
    if (now < nextSweep) return;
    nextSweep = now + 60_000;
    await db.connection.raw(`delete from ${tableName(db)} where reset_at <= ?`, [now]);
  }

  return {
    async hit(key, max, windowMs, now = Date.now()) {
      const db = database();
      await ensureTable(db);
      await sweep(db, now);
      const id = createHash('sha256').update(`${scope}\0${key}`).digest('hex');
      const result = await db.connection.raw(
        `insert into ${tableName(db)} as w (id, scope, reset_at, hits) values (?, ?, ?, 1)
         on conflict (id) do update set
           hits = case when w.reset_at <= ? then 1 else w.hits + 1 end,
           reset_at = case when w.reset_at <= ? then excluded.reset_at else w.reset_at end
         returning hits, reset_at`,
        [id, scope, now + windowMs, now, now],
      );
      const [row] = rowsOf(result);
      const hits = Number(row?.hits);
      const resetAt = Number(row?.reset_at);
      return { allowed: hits <= max, retryAfterSeconds: Math.max(1, Math.ceil((resetAt - now) / 1000)) };
    },
    async reset() {
      const db = database();
      await ensureTable(db);
      await db.connection.raw(`delete from ${tableName(db)} where scope = ?`, [scope]);
    },
  };
}

/** The slice of a Koa context the middleware reads and writes. */
export interface RateLimitedContext {
  set(field: string, value: string): void;
}

export interface RateLimitOptions<Ctx extends RateLimitedContext> {
  limiter: () => RateLimiter;
  /** Requests allowed per window; read on every request so a changed config applies at once. */
  limits: () => { max: number; windowSeconds: number };
  /** What the counter is about, bucket included (e.g. `forum-post:member:12`). */
  keyOf: (ctx: Ctx) => string;
}

export const RATE_LIMIT_MESSAGE = 'Trop de requêtes : réessayez dans quelques minutes.';

/** A Koa middleware: 429 with Retry-After once a key made `max` requests in the window. */
export function rateLimitMiddleware<Ctx extends RateLimitedContext>({ limiter, limits, keyOf }: RateLimitOptions<Ctx>) {
  return async (ctx: Ctx, next: () => Promise<void>) => {
    const { max, windowSeconds } = limits();
    const verdict = await limiter().hit(keyOf(ctx), max, windowSeconds * 1000);
    if (!verdict.allowed) {
      ctx.set('Retry-After', String(verdict.retryAfterSeconds));
      throw new errors.RateLimitError(RATE_LIMIT_MESSAGE, { retryAfter: verdict.retryAfterSeconds });
    }
    await next();
  };
}
