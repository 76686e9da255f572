/**
 * Admin permission actions of the workflow, used by the server's registration, the admin routes'
 * policies, the permission matrix and the admin's menu link alike. Super Admin holds them all;
 * the network's roles get them from cms/src/bootstrap/permission-matrix.ts.
 */
export const PLUGIN_ID = 'workflow';

/** The plugin-local part of each action, as registered with the admin's action provider. */
export const ACTION_UIDS = {
  /** Open the « Suivi » dashboard: what waits, loans out, response times (the network's own figures). */
  read: 'read',
} as const;

export const PERMISSIONS = {
  read: `plugin::${PLUGIN_ID}.${ACTION_UIDS.read}`,
} as const;
