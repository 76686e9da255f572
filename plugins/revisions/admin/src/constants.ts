/** The plugin's id, as the server registers it (routes under /revisions, translations under `revisions.`). */
import { UIDS } from '@reseau-epn/platform';
export const PLUGIN_ID = 'revisions';

/**
 * The content types whose saves the server keeps (its `contentTypes` config, set in
 * cms/config/plugins.ts): the « Historique » panel shows for these only. The server has no
 * route listing them, so the two lists must be kept in step.
 */
export const TRACKED_UIDS = [UIDS.fiche, UIDS.espace] as const;
export type TrackedUid = (typeof TRACKED_UIDS)[number];

export const isTrackedUid = (uid: string): uid is TrackedUid => (TRACKED_UIDS as readonly string[]).includes(uid);

/** Versions listed before « Afficher les versions plus anciennes »: a fiche may have hundreds. */
export const VISIBLE_REVISIONS = 10;

/** Base path of the plugin's admin routes for one document (the fetch client adds the admin's URL). */
export const revisionsPath = (uid: string, documentId: string): string => `/${PLUGIN_ID}/${uid}/${encodeURIComponent(documentId)}`;
