/**
 * `npm run restore -- <archive> [--force]`: puts back what `npm run backup` saved, into the
 * database, uploads folder and settings file this machine's configuration names. Refuses to
 * overwrite anything without --force; stop the CMS first.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { currentInstallation } from './config';
import { restoreBackup } from './restore-backup';

const USAGE = 'Usage : npm run restore -- <archive .tar.gz> [--force]';

function options(): { archive: string; force: boolean } {
  let parsed;
  try {
    parsed = parseArgs({ options: { force: { type: 'boolean', default: false } }, allowPositionals: true });
  } catch {
    throw new Error(USAGE);
  }
  if (parsed.positionals.length !== 1) throw new Error(USAGE);
  return { archive: path.resolve(process.env.INIT_CWD ?? process.cwd(), parsed.positionals[0]), force: parsed.values.force ?? false };
}

async function main() {
  const { archive, force } = options();
  await restoreBackup(archive, currentInstallation(), { force, report: (line) => console.log(line) });
  console.log('\nRestauration terminée. Démarrez le CMS : npm start');
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`\nLa restauration a échoué : ${error.message}`);
    process.exit(1);
  },
);
