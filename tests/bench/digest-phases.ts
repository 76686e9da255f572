/**
 * Where a digest run's time goes, measured from outside the plugin: the services it calls are
 * wrapped with timers (the ledger's writes, the subscribers' reads, the email service). Times are
 * wall-clock sums: `connections` messages are in flight at once, so SMTP's sum exceeds the run's
 * length; SQLite's calls are synchronous (better-sqlite3), so theirs is time the loop was busy.
 */
import type { Core } from '@strapi/strapi';
import { UIDS } from '@reseau-epn/platform';

export interface Phase {
  ms: number;
  calls: number;
}

type AnyFunction = (...args: unknown[]) => unknown;

export function timePhases(strapi: Core.Strapi) {
  const phases = new Map<string, Phase>();
  const timed = (name: string, fn: AnyFunction): AnyFunction =>
    async function (this: unknown, ...args: unknown[]) {
      const started = performance.now();
      try {
        return await fn.apply(this, args);
      } finally {
        const phase = phases.get(name) ?? { ms: 0, calls: 0 };
        phase.ms += performance.now() - started;
        phase.calls += 1;
        phases.set(name, phase);
      }
    };
  const wrapAll = (label: string, service: Record<string, unknown>, only?: readonly string[]) => {
    for (const [key, value] of Object.entries(service)) {
      if (typeof value === 'function' && (!only || only.includes(key))) service[key] = timed(`${label}.${key}`, value as AnyFunction);
    }
  };

  wrapAll('ledger', strapi.plugin('digest').service('deliveries') as Record<string, unknown>);
  wrapAll('smtp', strapi.plugin('email').service('email') as Record<string, unknown>, ['send']);
  // The subscribers' reads go through the query engine: wrap its findMany for that type only.
  const db = strapi.db as unknown as { query: (uid: string) => Record<string, unknown> };
  const query = db.query.bind(db);
  db.query = (uid: string) => {
    const engine = query(uid);
    if (uid !== UIDS.abonne) return engine;
    return Object.assign(Object.create(engine), { findMany: timed('subscribers.findMany', (engine.findMany as AnyFunction).bind(engine)) });
  };

  return {
    reset: () => phases.clear(),
    /** Phases by total time, largest first, as they stand now (later calls do not change them). */
    report: (): [string, Phase][] => [...phases.entries()].map(([name, phase]): [string, Phase] => [name, { ...phase }]).sort((a, b) => b[1].ms - a[1].ms),
  };
}
