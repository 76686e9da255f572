import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The folders the launcher drives. The CMS and the site are found through their packages (declared
 * dependencies), not by counting `..`, so moving either one fails here with the package's name.
 */
export const CMS_DIR = path.dirname(require.resolve('@reseau-epn/cms/package.json'));
export const SITE_DIR = path.dirname(require.resolve('@reseau-epn/site/package.json'));
/** The repository: its lockfile and plugins/ are part of what the admin bundle is built from. */
export const ROOT = path.resolve(__dirname, '..', '..', '..');

// The Strapi the CMS resolves, the one its plugins register on.
export const cmsRequire = createRequire(path.join(CMS_DIR, 'package.json'));
