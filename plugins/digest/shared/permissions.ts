/**
 * Admin permission actions of the digest, used by the server's registration, the admin routes'
 * policies and the admin page alike. Super Admin holds them all; grant them to other roles in
 * Settings › Roles.
 */
export const PLUGIN_ID = 'digest';

/** The plugin-local part of each action, as registered with the admin's action provider. */
export const ACTION_UIDS = {
  /** Preview the next letter, list past issues and their deliveries (subscribers' addresses). */
  read: 'read',
  /** Send a test message and start a run. */
  send: 'send',
} as const;

export const PERMISSIONS = {
  read: `plugin::${PLUGIN_ID}.${ACTION_UIDS.read}`,
  send: `plugin::${PLUGIN_ID}.${ACTION_UIDS.send}`,
} as const;
