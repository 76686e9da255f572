import path from 'node:path';
import node from '@astrojs/node';
import { defineConfig } from 'astro/config';
import { siteCspDirectives } from './src/lib/csp';
import { sitemap } from './src/integrations/sitemap';
import { uploads } from './src/integrations/uploads';
import { incremental } from './src/integrations/incremental';

/**
 * The site is static: built from the CMS (or a snapshot of it) and served as plain files from
 * <outDir>/client. One route renders on demand, the editors' preview of a draft fiche
 * (src/pages/apercu/): the Node adapter builds it into <outDir>/server, used in middleware mode.
 * The server bundle resolves its packages from node_modules: build inside the project (site/dist
 * for npm start, site/.builds/ for tests and benchmarks).
 */
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  output: 'static',
  adapter: node({ mode: 'middleware' }),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  i18n: {
    locales: ['fr', 'br', 'en'],
    defaultLocale: 'fr',
    routing: { prefixDefaultLocale: false },
  },
  server: { host: '0.0.0.0', port: 4321 },
  devToolbar: { enabled: false },
  // sitemap.xml is written from the built pages (src/integrations/sitemap.ts); the media-library
  // files the pages use are copied into uploads/ (src/integrations/uploads.ts).
  // incremental() first: an incremental build's kept pages must be in place before the sitemap is
  // written from the pages (src/lib/build-scope.ts).
  integrations: [incremental(), sitemap(), uploads()],
  // A Content-Security-Policy on every page: script-src and style-src allow the build's own files
  // and the hashes of its inline scripts and styles, nothing else; the other directives are in
  // src/lib/csp.ts. A <meta> on static pages, a header on the on-demand preview.
  experimental: {
    csp: { algorithm: 'SHA-256', directives: siteCspDirectives() },
  },
  // Builds running side by side (tests, npm start) each keep their own caches: Astro's, and
  // Vite's dependency optimizer's (node_modules/.vite by default), which two builds starting at
  // once on a fresh clone both fill and rename into place (ENOTEMPTY for the second).
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR, vite: { cacheDir: path.join(process.env.ASTRO_CACHE_DIR, 'vite') } } : {}),
});
