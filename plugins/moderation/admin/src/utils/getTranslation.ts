import { createGetTranslation } from '@reseau-epn/admin-kit';
import { PLUGIN_ID } from '../constants';

/** Every message id of the plugin goes through here: `moderation.<id>`. */
export const getTranslation = createGetTranslation(PLUGIN_ID);
