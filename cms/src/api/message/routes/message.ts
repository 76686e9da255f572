import { factories } from '@strapi/strapi';
import { UIDS } from '@reseau-epn/platform';

/**
 * Core routes, for API tokens and the admin only: Public and Authenticated do not hold them
 * (cms/src/bootstrap/public-permissions.ts). Without a draft, they would list pending and hidden
 * posts; the forum is read through /api/forum/… (plugins/moderation).
 */
export default factories.createCoreRouter(UIDS.message);
