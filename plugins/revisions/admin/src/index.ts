import type { PluginDefinition } from '@strapi/strapi/admin';
import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import { RevisionsPanel } from './components/RevisionsPanel';
import { PLUGIN_ID } from './constants';
import { getTranslation } from './utils/getTranslation';

type ContentManagerApis = Pick<ContentManagerPlugin['config']['apis'], 'addEditViewSidePanel'>;

/** Translations are stored with short keys; the admin knows them as `revisions.<key>`. */
function prefixTranslations(data: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [getTranslation(key), value]));
}

const admin: PluginDefinition = {
  register(app) {
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
  },

  bootstrap(app) {
    // « Historique » in the edit view, next to the other plugins' panels: it shows only for
    // the tracked types, on a saved entry.
    const contentManager = app.getPlugin('content-manager').apis as unknown as ContentManagerApis;
    contentManager.addEditViewSidePanel([RevisionsPanel]);
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
