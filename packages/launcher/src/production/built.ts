import { existsSync } from 'node:fs';
import path from 'node:path';
import { isAdminBuildStale } from '../admin-build';
import { ROOT, SITE_DIR } from '../paths';
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
function missingBuilds({ site = true } = {}): string[] {
  return BUILDS.filter(({ file, part }) => (site || part === 'cms') && !existsSync(file)).map(({ what }) => what);
}

/**
 * Stops a production entry before Strapi boots when `npm run build` has not made what it serves,
 * saying which command to run; warns when the admin panel is older than its sources.
 */
export function checkBuilt(command: 'serve' | 'serve:cms'): void {
  const missing = missingBuilds({ site: command === 'serve' });
  if (missing.length > 0) {
    console.error(
      `Rien à servir : ${missing.join(', ')} ${missing.length > 1 ? 'manquent' : 'manque'}. Lancez \`npm run build\`, puis \`npm run ${command}\`.`,
    );
    process.exit(1);
  }
  if (isAdminBuildStale(ROOT)) {
    console.warn('Attention : l’interface d’administration a été construite avant les dernières modifications de ses sources ; relancez `npm run build`.');
  }
}
