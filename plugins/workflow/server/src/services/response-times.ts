/** Pure figures for the dashboard, unit-tested without Strapi. */
import { isoWeek } from '@reseau-epn/platform';

export interface InterventionTimeline {
  createdAt: string;
  /** History entries of this intervention, oldest first. */
  changes: { from: string; to: string; createdAt: string }[];
}

const HOUR = 3_600_000;

/** Hours from the request to its first response (leaving « nouvelle ») and to its first resolution. */
export function timings(item: InterventionTimeline): { firstResponseHours: number | null; resolutionHours: number | null } {
  const start = new Date(item.createdAt).getTime();
  const firstResponse = item.changes.find((c) => c.from === 'nouvelle');
  const resolution = item.changes.find((c) => c.to === 'resolue');
  const hours = (change?: { createdAt: string }) => (change ? Math.round(((new Date(change.createdAt).getTime() - start) / HOUR) * 10) / 10 : null);
  return { firstResponseHours: hours(firstResponse), resolutionHours: hours(resolution) };
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : Math.round(((sorted[middle - 1] + sorted[middle]) / 2) * 10) / 10;
}

/** Median times per group (a space, a category). */
export function groupTimings(items: { key: string; timeline: InterventionTimeline }[]) {
  const groups = new Map<string, { first: number[]; resolution: number[]; count: number }>();
  for (const { key, timeline } of items) {
    const group = groups.get(key) ?? { first: [], resolution: [], count: 0 };
    const t = timings(timeline);
    if (t.firstResponseHours !== null) group.first.push(t.firstResponseHours);
    if (t.resolutionHours !== null) group.resolution.push(t.resolutionHours);
    group.count += 1;
    groups.set(key, group);
  }
  return [...groups.entries()]
    .map(([key, g]) => ({ key, firstResponseHours: median(g.first), resolutionHours: median(g.resolution), count: g.count }))
    .sort((a, b) => a.key.localeCompare(b.key, 'fr'));
}

/** Monday and Sunday (YYYY-MM-DD) of the ISO week holding `day`. */
export function weekOf(day: string): { start: string; end: string } {
  const { monday, sunday } = isoWeek(day);
  return { start: monday, end: sunday };
}
