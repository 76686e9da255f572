import { registerTrads } from '@reseau-epn/admin-kit';
import { Mail } from '@strapi/icons';
import type { PluginDefinition } from '@strapi/strapi/admin';
import { PERMISSIONS, PLUGIN_ID } from './constants';
import { getTranslation } from './utils/getTranslation';

const admin: PluginDefinition = {
  register(app) {
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });

    // Shown to the roles that hold the digest's read action, the same check as its routes'.
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Mail,
      intlLabel: { id: getTranslation('menu.label'), defaultMessage: 'Lettre hebdomadaire' },
      Component: () => import('./pages/App'),
      permissions: [{ action: PERMISSIONS.read, subject: null }],
    });
  },

  registerTrads: registerTrads(PLUGIN_ID, (locale) => import(`./translations/${locale}.json`)),
};

export default admin;
