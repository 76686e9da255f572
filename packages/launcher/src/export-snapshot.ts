/**
 * `npm run export:snapshot [-- --out <file>]`: writes what the public site is built from, read
 * through the CMS's own REST API with a temporary read-only token, so the snapshot holds exactly
 * what the API publishes (published versions, public fields) in fr, br and en.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fetchSnapshot } from '@reseau-epn/platform';
import { bootCms } from './boot';
import { SITE_DIR } from './paths';

/** Where the site looks for a snapshot when no CMS is configured (site/src/lib/cms-source.ts). */
const DEFAULT_OUT = path.join(SITE_DIR, 'snapshot', 'snapshot.json');

function outFile(argv: string[]): string {
  const index = argv.indexOf('--out');
  return index === -1 ? DEFAULT_OUT : path.resolve(process.env.INIT_CWD ?? process.cwd(), argv[index + 1]);
}

async function main() {
  const out = outFile(process.argv.slice(2));
  console.log('[snapshot] démarrage du CMS…');
  const { strapi, url } = await bootCms({ listen: true });
  const tokens = strapi.service('admin::api-token');
  const token = await tokens.create({ name: `snapshot-${Date.now()}`, type: 'read-only', lifespan: null, description: 'npm run export:snapshot' });
  try {
    const snapshot = await fetchSnapshot(url!, token.accessKey);
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(snapshot, null, 1)}\n`);
    const counts = Object.entries(snapshot.collections).map(([name, byLocale]) => `${name} ${byLocale.fr.length}`);
    console.log(`[snapshot] ${counts.join(', ')} → ${out}`);
  } finally {
    await tokens.revoke(token.id);
    strapi.server.httpServer.close();
    await strapi.db.connection.destroy();
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`[snapshot] échec : ${error.message}`);
    process.exit(1);
  },
);
