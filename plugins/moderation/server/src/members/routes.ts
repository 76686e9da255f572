/**
 * Content API routes of the members area, at /api/forum/… (`prefix: ''`: not under the plugin's
 * default /api/moderation).
 *
 * No route asks users-permissions for a role permission (`auth: false`): the public page is for
 * anybody, and the `me` routes are every member's whatever their role (Authenticated, or a network
 * role such as Animateur), so the controller authenticates the access token itself
 * (authenticate.ts) and answers 401 without one.
 */
const open = () => ({ prefix: '', auth: false as const });

export const membersRoutes = [
  { method: 'GET', path: '/forum/me', handler: 'members.me', config: open() },
  { method: 'PUT', path: '/forum/me', handler: 'members.updateMe', config: open() },
  { method: 'DELETE', path: '/forum/me', handler: 'members.deleteMe', config: open() },
  { method: 'GET', path: '/forum/members/:documentId', handler: 'members.findOne', config: open() },
];
