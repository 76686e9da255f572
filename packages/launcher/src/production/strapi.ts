import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { CMS_DIR, cmsRequire } from '../paths';

/** Where `strapi build` compiles the app (cms/tsconfig.json's outDir) and writes the admin bundle (build/). */
export const CMS_DIST_DIR = path.join(CMS_DIR, 'dist');

/**
 * The CMS as `strapi start` creates it: the app `npm run build` compiled, not compiled again at
 * start, and autoReload off, which keeps the Content-Type Builder read-only (Strapi answers its
 * write routes with 403 unless autoReload is on: the content model changes in the repository and
 * is deployed, never edited on the server).
 */
export function createProductionStrapi({ serveAdminPanel = true } = {}): Core.Strapi {
  const { createStrapi } = cmsRequire('@strapi/strapi');
  return createStrapi({ appDir: CMS_DIR, distDir: CMS_DIST_DIR, autoReload: false, serveAdminPanel });
}
