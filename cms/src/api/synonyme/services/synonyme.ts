import { factories } from '@strapi/strapi';
import { UIDS } from '@reseau-epn/platform';

export default factories.createCoreService(UIDS.synonyme);
