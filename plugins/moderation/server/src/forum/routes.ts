/**
 * The forum's content-API routes (/api/forum/…, see shared/contracts.ts). Reads are public
 * (`auth: false`: the site's build and visitors read the same answers, published posts only).
 * Writes need a member's access token and the route's action on the member's role (granted to
 * Authenticated and the network's roles by cms/src/bootstrap/public-permissions.ts, from these
 * routes); each write is rate-limited per member.
 */
const read = (path: string, handler: string) => ({
  method: 'GET',
  path: `/forum${path}`,
  handler: `forum.${handler}`,
  config: { auth: false as const, prefix: '' },
});
const write = (method: 'POST' | 'PUT' | 'GET', path: string, handler: string, bucket?: string) => ({
  method,
  path: `/forum${path}`,
  handler: `forum.${handler}`,
  config: { prefix: '', ...(bucket ? { middlewares: [{ name: 'plugin::moderation.forum-rate-limit', config: { bucket } }] } : {}) },
});

export const forumRoutes = [
  read('/categories', 'categories'),
  read('/topics', 'topics'),
  read('/topics/:slug', 'topic'),
  read('/topics/:slug/posts', 'posts'),
  write('GET', '/me/posts', 'myPosts'),
  write('POST', '/topics', 'createTopic', 'post'),
  write('POST', '/topics/:documentId/posts', 'reply', 'post'),
  write('PUT', '/posts/:documentId', 'edit', 'post'),
  write('POST', '/posts/:documentId/flags', 'flag', 'flag'),
];
