import { factories } from '@strapi/strapi';
import { publicReadRoutes } from '../../../utils/public-read-routes';
import { UIDS } from '@reseau-epn/platform';

export default factories.createCoreRouter(UIDS.parcours, publicReadRoutes());
