import { registerTrads } from '@reseau-epn/admin-kit';
import { Discuss } from '@strapi/icons';
import type { PluginDefinition } from '@strapi/strapi/admin';
import { PERMISSIONS, PLUGIN_ID } from './constants';
import { injectStateColumn } from './list-view/inject-state-column';
import { getTranslation } from './utils/getTranslation';

const admin: PluginDefinition = {
  register(app) {
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });

    // Shown to the roles that hold the queue's read action (Modérateur, Super Admin): the same check as its routes'.
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Discuss,
      intlLabel: { id: getTranslation('menu.label'), defaultMessage: 'Modération' },
      Component: () => import('./pages/App'),
      permissions: [{ action: PERMISSIONS.read, subject: null }],
    });

    // The topic and post lists' state column, as the workflow plugin does for its types.
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', injectStateColumn);
  },

  registerTrads: registerTrads(PLUGIN_ID, (locale) => import(`./translations/${locale}.json`)),
};

export default admin;
