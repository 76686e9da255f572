/**
 * Admin permission actions of the forum's moderation, used by the server's registration, the
 * admin routes' policies, the permission matrix (Modérateur holds them, nobody else but Super
 * Admin) and the admin's menu link alike.
 */
export const PLUGIN_ID = 'moderation';

/** The plugin-local part of each action, as registered with the admin's action provider. */
export const ACTION_UIDS = {
  /** See the review queue (pending and flagged posts) and the audit log. */
  read: 'read',
  /** Approve, reject, hide and restore posts; lock, pin and move topics. */
  moderate: 'moderate',
  /** Ban and unban members. */
  ban: 'ban',
} as const;

export const PERMISSIONS = {
  read: `plugin::${PLUGIN_ID}.${ACTION_UIDS.read}`,
  moderate: `plugin::${PLUGIN_ID}.${ACTION_UIDS.moderate}`,
  ban: `plugin::${PLUGIN_ID}.${ACTION_UIDS.ban}`,
} as const;
