/**
 * The network's roles as the workflow sees them, whatever the door: an admin-panel role
 * (by code) or a content-API role of users-permissions (by type).
 */
export const ROLES = ['animateur', 'moderateur', 'technicien', 'super-admin'] as const;
export type RoleKey = (typeof ROLES)[number];

export const ADMIN_ROLE_CODES: Record<string, RoleKey> = {
  'strapi-super-admin': 'super-admin',
  'reseau-animateur': 'animateur',
  'reseau-moderateur': 'moderateur',
  'reseau-technicien': 'technicien',
};

/** users-permissions role types of the network's API users (created by the app). */
export const API_ROLE_TYPES: readonly RoleKey[] = ['animateur', 'moderateur', 'technicien'];
