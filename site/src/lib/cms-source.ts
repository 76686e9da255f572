/**
 * Where the site's content comes from: the CMS's REST API (CMS_URL + CMS_TOKEN, an API token),
 * or a snapshot file the CMS exported (SITE_SNAPSHOT, or snapshot/snapshot.json when no CMS is
 * configured) so that the site builds without a running CMS and its tests are deterministic.
 * The snapshot's format and how it is read from the CMS are @reseau-epn/platform's contract.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fetchSnapshot, type Snapshot } from '@reseau-epn/platform';

export { COLLECTIONS, fetchSnapshot, LOCALES, type CollectionName, type History, type Locale, type RawEntry, type Snapshot } from '@reseau-epn/platform';

export const DEFAULT_SNAPSHOT = path.resolve(process.cwd(), 'snapshot', 'snapshot.json');

/**
 * Kept on globalThis: the pages (Astro's server bundle) and the integrations (loaded with the
 * config) are two copies of this module in the one build process, and must share one reading.
 */
const SOURCE = Symbol.for('reseau-epn.site.source');
const shared = globalThis as { [SOURCE]?: Promise<Snapshot> };

/** The content of this build, read once and shared by every collection (lib/content) and integration. */
export function loadSource(): Promise<Snapshot> {
  return (shared[SOURCE] ??= (async () => {
    const file = process.env.SITE_SNAPSHOT;
    if (!file && process.env.CMS_URL) return fetchSnapshot(process.env.CMS_URL.replace(/\/$/, ''), process.env.CMS_TOKEN);
    const snapshot = file ?? DEFAULT_SNAPSHOT;
    if (!existsSync(snapshot)) {
      throw new Error(
        `No content: set CMS_URL (and CMS_TOKEN) to read the CMS, or SITE_SNAPSHOT to a snapshot file (npm run export:snapshot writes ${DEFAULT_SNAPSHOT}).`,
      );
    }
    return JSON.parse(readFileSync(snapshot, 'utf8')) as Snapshot;
  })());
}
