import type { PluginDefinition } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../../shared/permissions';

/** TODO(forum-admin helper): the review queue page, its menu link and translations. */
const admin: PluginDefinition = {
  register(app) {
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
  },
};

export default admin;
