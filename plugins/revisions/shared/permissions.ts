/**
 * What the revisions plugin registers with Strapi's access control, named once for the server's
 * registration and the routes. It adds no admin action of its own: its routes decide with the
 * Content Manager's rights on the very document (read to see versions, update to restore one).
 */
export const PLUGIN_ID = 'revisions';

/** The route policy's name as registered (`policies/index.ts`), and as routes refer to it. */
export const POLICY_NAMES = {
  canEditTarget: 'can-edit-target',
} as const;

export const POLICIES = {
  canEditTarget: `plugin::${PLUGIN_ID}.${POLICY_NAMES.canEditTarget}`,
} as const;
