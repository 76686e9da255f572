/**
 * Spaces out sends to at most `perSecond` messages a second (0: no limit), however many run in
 * parallel: each caller waits for the next free slot.
 */
export function createPacer(perSecond: number, clock: () => number = Date.now, sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))) {
  const interval = perSecond > 0 ? 1000 / perSecond : 0;
  let nextSlot = 0;
  return {
    async wait(): Promise<void> {
      if (interval === 0) return;
      const now = clock();
      const slot = Math.max(now, nextSlot);
      nextSlot = slot + interval;
      if (slot > now) await sleep(slot - now);
    },
  };
}
