/**
 * `npm run seed [-- --dir <folder>]`: boots the CMS without its HTTP server, imports a seed
 * folder, and exits. Relative folders are read from where npm was run.
 */
import path from 'node:path';
import { importSeed } from '@reseau-epn/content-seed';
import { bootCms } from './boot';

function parseDir(argv: string[]): string | undefined {
  const index = argv.indexOf('--dir');
  if (index === -1) return undefined;
  const value = argv[index + 1];
  if (!value) throw new Error('--dir needs a folder: npm run seed -- --dir ./my-data');
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), value);
}

async function main() {
  const dir = parseDir(process.argv.slice(2));
  // The CMS must not seed by itself on an empty database: this command does it.
  process.env.SEED_ON_EMPTY = 'false';
  console.log('[seed] démarrage du CMS…');
  const { strapi } = await bootCms();
  try {
    await importSeed(strapi, { dir, log: (line) => console.log(line) });
  } finally {
    await strapi.destroy();
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error.message);
    console.error('Rien n’a été importé pour cette entrée : corrigez le fichier puis relancez `npm run seed`.');
    process.exit(1);
  },
);
