import { existsSync } from 'node:fs';
import path from 'node:path';
import { SITE_DIR } from '../paths';
import { CMS_DIST_DIR } from './strapi';

/** What `npm run build` makes and `npm run serve` only serves: a file that proves each one is there. */
const BUILDS: readonly { file: string; what: string; part: 'cms' | 'site' }[] = [
  { file: path.join(CMS_DIST_DIR, 'src', 'index.js'), what: 'le CMS compilé (cms/dist)', part: 'cms' },
  { file: path.join(CMS_DIST_DIR, 'build', 'index.html'), what: 'l’interface d’administration (cms/dist/build)', part: 'cms' },
  { file: path.join(SITE_DIR, 'dist', 'client', 'index.html'), what: 'le site public (site/dist/client)', part: 'site' },
  { file: path.join(SITE_DIR, 'dist', 'server', 'entry.mjs'), what: 'l’aperçu du site (site/dist/server)', part: 'site' },
];

/**
 * The builds that are missing, named for the person deploying. A CMS instance whose site is
 * built elsewhere (`npm run serve:cms`, with `npm run serve:builder`) needs the CMS's only.
 */
export function missingBuilds({ site = true } = {}): string[] {
  return BUILDS.filter(({ file, part }) => (site || part === 'cms') && !existsSync(file)).map(({ what }) => what);
}
