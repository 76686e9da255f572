/**
 * Router config for the publicly readable draft-and-publish types: their read routes serve
 * published versions only to visitors (see middlewares/published-only.ts), and their answers to
 * anonymous visitors may be kept by the public cache (middlewares/anonymous-cacheable.ts).
 *
 * A fresh object per router: Strapi writes each route's permission scope into the config it is
 * given, so one object shared by several routers would make every type check the read right of
 * the first one registered (that is how /api/sujets once stayed open without a permission).
 */
export function publicReadRoutes() {
  return {
    config: {
      find: { middlewares: ['global::published-only', 'global::anonymous-cacheable'] },
      findOne: { middlewares: ['global::published-only', 'global::anonymous-cacheable'] },
    },
  };
}
