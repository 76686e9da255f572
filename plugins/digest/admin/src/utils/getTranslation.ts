import { PLUGIN_ID } from '../constants';

/** Every message id of the plugin goes through here: `digest.<id>`. */
export const getTranslation = (id: string): string => `${PLUGIN_ID}.${id}`;
