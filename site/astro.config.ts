import { defineConfig } from 'astro/config';
import { sitemap } from './src/integrations/sitemap';

/** The site is static: built from the CMS (or a snapshot of it) and served as plain files. */
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  i18n: {
    locales: ['fr', 'br', 'en'],
    defaultLocale: 'fr',
    routing: { prefixDefaultLocale: false },
  },
  server: { host: '0.0.0.0', port: 4321 },
  devToolbar: { enabled: false },
  // sitemap.xml is written from the built pages (src/integrations/sitemap.ts).
  integrations: [sitemap()],
  // Builds running side by side (tests, npm start) each keep their own content cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
});
