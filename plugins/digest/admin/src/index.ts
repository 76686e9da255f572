import { Mail } from '@strapi/icons';
import type { PluginDefinition } from '@strapi/strapi/admin';
import { PERMISSIONS, PLUGIN_ID } from './constants';
import { getTranslation } from './utils/getTranslation';

/** Translations are stored with short keys; the admin knows them as `digest.<key>`. */
function prefixTranslations(data: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [getTranslation(key), value]));
}

const admin: PluginDefinition = {
  register(app) {
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });

    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Mail,
      intlLabel: { id: getTranslation('menu.label'), defaultMessage: 'Lettre hebdomadaire' },
      Component: () => import('./pages/App'),
      permissions: [{ action: PERMISSIONS.read, subject: null }],
    });
  },

  async registerTrads({ locales }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = (await import(`./translations/${locale}.json`)) as { default: Record<string, string> };
          return { data: prefixTranslations(data), locale };
        } catch {
          return { data: {}, locale };
        }
      }),
    );
  },
};

export default admin;
