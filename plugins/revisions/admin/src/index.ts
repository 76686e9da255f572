import { registerTrads } from '@reseau-epn/admin-kit';
import type { PluginDefinition } from '@strapi/strapi/admin';
import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import { RevisionsPanel } from './components/RevisionsPanel';
import { PLUGIN_ID } from './constants';

type ContentManagerApis = Pick<ContentManagerPlugin['config']['apis'], 'addEditViewSidePanel'>;

const admin: PluginDefinition = {
  register(app) {
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
  },

  bootstrap(app) {
    // « Historique » in the edit view, next to the other plugins' panels: it shows only for
    // the tracked types, on a saved entry. `getPlugin().apis` is typed as a plain record by the
    // admin: the Content Manager's own type says what it holds.
    const contentManager = app.getPlugin('content-manager').apis as unknown as ContentManagerApis;
    contentManager.addEditViewSidePanel([RevisionsPanel]);
  },

  registerTrads: registerTrads(PLUGIN_ID, (locale) => import(`./translations/${locale}.json`)),
};

export default admin;
