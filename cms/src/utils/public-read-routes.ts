/**
 * Router config for the publicly readable draft-and-publish types: their read routes serve
 * published versions only to visitors (see middlewares/published-only.ts).
 */
export const publicReadRoutes = {
  config: {
    find: { middlewares: ['global::published-only'] },
    findOne: { middlewares: ['global::published-only'] },
  },
};
