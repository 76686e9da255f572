import type { StrapiApp } from '@strapi/strapi/admin';

// The admin panel opens in French: Strapi reads this key when it renders, before any hook of
// this file runs, so it is set when the module loads. A user's later choice is kept.
const LANGUAGE_KEY = 'strapi-admin-language';
if (typeof window !== 'undefined' && !window.localStorage.getItem(LANGUAGE_KEY)) {
  window.localStorage.setItem(LANGUAGE_KEY, 'fr');
}

export default {
  config: {
    locales: ['fr'],
    tutorials: false,
    notifications: { releases: false },
  },
  bootstrap(_app: StrapiApp) {},
};
