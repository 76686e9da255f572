/**
 * Reply notifications are throttled per topic and recipient: one mail tells a member « there is
 * news in this topic »; a lively discussion must not send one per reply.
 */
const HOUR_MS = 3_600_000;

/** What the forum remembers of one member in one topic (plugin::moderation.topic-watch). */
export interface WatchState {
  unsubscribed: boolean;
  /** ISO instant of the last reply notification, or null. */
  lastNotifiedAt: string | null;
}

/** Notifications sent before this instant no longer hold the next one back. */
export function throttleCutoff(now: Date, hours: number): Date {
  return new Date(now.getTime() - hours * HOUR_MS);
}

/**
 * Whether a reply in the topic may be told to this member now: not if they unsubscribed from
 * the topic, nor if they were told less than `hours` ago. No watch yet: never told, so yes.
 */
export function mayNotify(watch: WatchState | null, now: Date, hours: number): boolean {
  if (!watch) return true;
  if (watch.unsubscribed) return false;
  if (!watch.lastNotifiedAt) return true;
  const last = new Date(watch.lastNotifiedAt).getTime();
  // An unreadable date would otherwise hold the member's notifications back for ever.
  if (Number.isNaN(last)) return true;
  return last <= throttleCutoff(now, hours).getTime();
}
