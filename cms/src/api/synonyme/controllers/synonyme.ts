import { factories } from '@strapi/strapi';
import { UIDS } from '@reseau-epn/platform';

export default factories.createCoreController(UIDS.synonyme);
