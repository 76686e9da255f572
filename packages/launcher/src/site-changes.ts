import { SITE_ENTRY_EVENTS, SITE_SIGNAL_EVENTS } from '@reseau-epn/platform';
import { PUBLIC_TYPES } from './build-plan';

const ENTRY_EVENTS: ReadonlySet<string> = new Set(SITE_ENTRY_EVENTS);
const SIGNAL_EVENTS: ReadonlySet<string> = new Set(Object.values(SITE_SIGNAL_EVENTS));
/**
 * Saving or deleting a draft changes nothing public; for types without drafts, every entry is
 * published. (Deleting a published document sends one event per version: its published one counts.)
 */
const ROW_EVENTS: ReadonlySet<string> = new Set(['entry.create', 'entry.update', 'entry.delete']);

/** What a CMS event means for the site: a rebuild, for a change of `uid` (null: not a publication). */
export interface SiteChange {
  uid: string | null;
}

/**
 * Reads an event of the CMS, as Strapi's event hub gives it in process and its webhooks send it
 * (the same payload: `{ uid, entry }` for entries): whether the public site changed. A save or a
 * deletion is public when the entry it carries is published (Strapi 5 gives `publishedAt` to
 * every entry of a type without drafts, and none to a draft), which a webhook's receiver can tell
 * without the content types' schemas.
 */
export function siteChange(event: string, payload: unknown): SiteChange | null {
  if (SIGNAL_EVENTS.has(event)) return { uid: null };
  if (!ENTRY_EVENTS.has(event) || typeof payload !== 'object' || payload === null) return null;
  const { uid, entry } = payload as { uid?: unknown; entry?: { publishedAt?: unknown } | null };
  if (typeof uid !== 'string' || !PUBLIC_TYPES.has(uid)) return null;
  if (ROW_EVENTS.has(event) && !entry?.publishedAt) return null;
  return { uid };
}
