/**
 * `npm run backup [-- --out <file or folder>]`: the database, the uploads and the settings (cms/.env)
 * in one .tar.gz, by default data/sauvegardes/reseau-epn-<date>.tar.gz. The CMS may keep running.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { currentInstallation, dataDir } from './config';
import { createBackup, defaultArchiveName } from './create-backup';
import { cmsEnvironment } from './settings';

const USAGE = 'Usage : npm run backup [-- --out <fichier .tar.gz ou dossier>]';

/** --out is relative to where npm was run; a folder (existing, or ending with /) gets a dated name. */
function archivePath(out: string | undefined): string {
  if (!out) return path.join(dataDir(cmsEnvironment()), 'sauvegardes', defaultArchiveName());
  const resolved = path.resolve(process.env.INIT_CWD ?? process.cwd(), out);
  const folder = out.endsWith('/') || (existsSync(resolved) && statSync(resolved).isDirectory());
  return folder ? path.join(resolved, defaultArchiveName()) : resolved;
}

/** Relative to where npm was run when inside it, absolute otherwise. */
function shortPath(file: string): string {
  const relative = path.relative(process.env.INIT_CWD ?? process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}

function options(): { out?: string } {
  try {
    return parseArgs({ options: { out: { type: 'string' } } }).values;
  } catch {
    throw new Error(USAGE);
  }
}

async function main() {
  const file = archivePath(options().out);
  await createBackup(currentInstallation(), file, (line) => console.log(line));
  console.log(`
Sauvegarde terminée : ${file}
  Elle contient les secrets de cms/.env et les données personnelles des membres et des inscrits :
  gardez-la hors du dépôt, sur un autre disque ou une autre machine, lisible par vous seul.
  Restauration : npm run restore -- ${shortPath(file)}`);
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`\nLa sauvegarde a échoué : ${error.message}`);
    process.exit(1);
  },
);
