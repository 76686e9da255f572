/**
 * Fixed-window request counters, in memory: each instance counts its own requests, which is
 * enough to stop a script hammering the public routes. Expired windows are swept as it goes.
 */
export const rateLimiter = () => {
  const windows = new Map<string, { count: number; resetAt: number }>();
  let nextSweep = 0;

  function sweep(now: number) {
    if (now < nextSweep) return;
    for (const [key, window] of windows) if (window.resetAt <= now) windows.delete(key);
    nextSweep = now + 60_000;
  }

  return {
    /** Counts one request for `key`; refused once `max` were made in the current window. */
    hit(key: string, max: number, windowMs: number, now = Date.now()): { allowed: boolean; retryAfterSeconds: number } {
      sweep(now);
      let window = windows.get(key);
      if (!window || window.resetAt <= now) {
        window = { count: 0, resetAt: now + windowMs };
        windows.set(key, window);
      }
      window.count += 1;
      return { allowed: window.count <= max, retryAfterSeconds: Math.ceil((window.resetAt - now) / 1000) };
    },
    /** Forgets every counter (tests, or an operator lifting a block). */
    reset(): void {
      windows.clear();
    },
  };
};

export type RateLimiterService = ReturnType<typeof rateLimiter>;
