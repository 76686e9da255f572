import type { StrapiApp } from '@strapi/strapi/admin';
import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import { RegistrationsPanel } from './registrations/RegistrationsPanel';
import { FichesForSpacePanel } from './spaces/FichesForSpacePanel';
import { frTranslations } from './translations/fr';

type ContentManagerApis = Pick<ContentManagerPlugin['config']['apis'], 'addEditViewSidePanel'>;

// The admin panel opens in French: Strapi reads this key when it renders, before any hook of
// this file runs, so it is set when the module loads. A user's later choice is kept.
const LANGUAGE_KEY = 'strapi-admin-language';
if (typeof window !== 'undefined' && !window.localStorage.getItem(LANGUAGE_KEY)) {
  window.localStorage.setItem(LANGUAGE_KEY, 'fr');
}

export default {
  config: {
    locales: ['fr'],
    // Messages Strapi's French file lacks (guided tour, Media Library banner, home page widgets…).
    translations: { fr: frTranslations },
    tutorials: false,
    notifications: { releases: false },
  },
  bootstrap(app: StrapiApp) {
    // `getPlugin().apis` is typed as a plain record by the admin: the Content Manager's own type says what it holds.
    const contentManager = app.getPlugin('content-manager').apis as unknown as ContentManagerApis;
    // « Fiches pour cet espace » in a space's edit view (cms/src/spaces: the matching and its route).
    contentManager.addEditViewSidePanel([FichesForSpacePanel]);
    // « Inscriptions » in an atelier's or a formation's edit view: counts, the team's entries, cancellations, attendance and CSV (cms/src/registrations).
    contentManager.addEditViewSidePanel([RegistrationsPanel]);
  },
};
