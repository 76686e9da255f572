import { registerTrads } from '@reseau-epn/admin-kit';
import { CheckCircle } from '@strapi/icons';
import type { PluginDefinition } from '@strapi/strapi/admin';
import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import { WorkflowPanel } from './components/panel/WorkflowPanel';
import { PERMISSIONS, PLUGIN_ID } from './constants';
import { injectStateColumn } from './list-view/inject-state-column';
import { getTranslation } from './utils/getTranslation';

type ContentManagerApis = Pick<ContentManagerPlugin['config']['apis'], 'addEditViewSidePanel'>;

const admin: PluginDefinition = {
  register(app) {
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });

    // Shown to the roles that hold the dashboard's action (the server registers it and the
    // permission matrix grants it): the same check as its route's.
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: CheckCircle,
      intlLabel: { id: getTranslation('menu.label'), defaultMessage: 'Tableau de bord' },
      Component: () => import('./pages/App'),
      permissions: [{ action: PERMISSIONS.read, subject: null }],
    });

    // The list views' state column, the way Strapi's i18n and review-workflows plugins add theirs.
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', injectStateColumn);
  },

  bootstrap(app) {
    // The state panel of the edit view: it shows only for the entries a workflow drives.
    // `getPlugin().apis` is typed as a plain record by the admin: the Content Manager's own type says what it holds.
    const contentManager = app.getPlugin('content-manager').apis as unknown as ContentManagerApis;
    contentManager.addEditViewSidePanel([WorkflowPanel]);
  },

  registerTrads: registerTrads(PLUGIN_ID, (locale) => import(`./translations/${locale}.json`)),
};

export default admin;
