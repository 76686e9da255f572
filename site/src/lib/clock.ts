/** The build's "now": SITE_NOW pins it for reproducible builds and tests. */
export function buildNow(): Date {
  const pinned = process.env.SITE_NOW;
  const now = pinned ? new Date(pinned) : new Date();
  if (Number.isNaN(now.getTime())) throw new Error(`SITE_NOW="${pinned}" is not a date`);
  return now;
}
