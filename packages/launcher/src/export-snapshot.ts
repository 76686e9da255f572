/**
 * `npm run export:snapshot [-- --out <file>]`: writes what the public site is built from, read
 * through the CMS's own REST API with a temporary read-only token, so the snapshot holds exactly
 * what the API publishes (published versions, public fields) in fr, br and en. The media-library
 * files its pages use are copied beside it (uploads/), where a build from the snapshot finds them.
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fetchSnapshot, type Snapshot, type UploadFile } from '@reseau-epn/platform';
import { bootCms } from './boot';
import { SITE_DIR } from './paths';

/** Where the site looks for a snapshot when no CMS is configured (site/src/lib/cms-source.ts). */
const DEFAULT_OUT = path.join(SITE_DIR, 'snapshot', 'snapshot.json');

/** Every upload the snapshot names: body images with their generated sizes, and the fiches' attachments. */
function uploadUrls(snapshot: Snapshot): Set<string> {
  const urls = new Set<string>();
  for (const file of snapshot.uploads ?? []) {
    urls.add(file.url);
    for (const format of Object.values(file.formats ?? {})) urls.add(format.url);
  }
  for (const entries of Object.values(snapshot.collections.fiches)) {
    for (const entry of entries) for (const file of (entry.attachments as UploadFile[] | undefined) ?? []) urls.add(file.url);
  }
  return urls;
}

/** Copies the snapshot's files from the CMS's public folder to uploads/ beside the snapshot; returns how many. */
function copyUploads(snapshot: Snapshot, publicDir: string, out: string): number {
  let copied = 0;
  for (const url of uploadUrls(snapshot)) {
    // Local provider paths only; the site's build checks each file's type again before serving it.
    if (!url.startsWith('/uploads/') || url.split('/').includes('..')) continue;
    const from = path.join(publicDir, url);
    if (!existsSync(from)) continue;
    const to = path.join(path.dirname(out), url);
    mkdirSync(path.dirname(to), { recursive: true });
    copyFileSync(from, to);
    copied += 1;
  }
  return copied;
}

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
    const files = copyUploads(snapshot, strapi.dirs.static.public, out);
    console.log(`[snapshot] ${counts.join(', ')}, fichiers ${files} → ${out}`);
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
