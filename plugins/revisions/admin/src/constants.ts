/** The plugin's id (routes under /revisions, translations under `revisions.`) and what its panel is for. */
import { TRACKED_UIDS, type TrackedUid } from '@reseau-epn/platform';

export { PLUGIN_ID } from '../../shared/permissions';

/** The « Historique » panel shows for the types whose saves the server keeps (the same list as its config). */
export const isTrackedUid = (uid: string): uid is TrackedUid => (TRACKED_UIDS as readonly string[]).includes(uid);

/** Versions listed before « Afficher les versions plus anciennes »: a fiche may have hundreds. */
export const VISIBLE_REVISIONS = 10;
