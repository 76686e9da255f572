import type { Core } from '@strapi/strapi';

/**
 * Marks a public read route's answer as one `global::public-cache` may keep: the route serves
 * everyone the same published content, and the caller is the public role, with no credentials
 * (the cache itself also refuses any request carrying a token or a cookie).
 */
const anonymousCacheable: Core.MiddlewareFactory = () => async (ctx, next) => {
  await next();
  const auth = ctx.state.auth as { strategy?: { name?: string }; credentials?: unknown } | undefined;
  ctx.state.anonymousCacheable = auth?.strategy?.name === 'users-permissions' && auth.credentials == null;
};

export default anonymousCacheable;
