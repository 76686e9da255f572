import { factories } from '@strapi/strapi';
import { UIDS } from '@reseau-epn/platform';

/**
 * Core routes, for API tokens and the admin only: Public and Authenticated hold none of them
 * (cms/src/bootstrap/public-permissions.ts removes any `api::` right outside the public types), so
 * registrants' names, addresses and needs never reach a visitor. People register and cancel
 * through 01-public.ts.
 */
export default factories.createCoreRouter(UIDS.inscription);
