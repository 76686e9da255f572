import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CLIENT_NAMES } from './config';
import { runCommand } from './run-command';

export const FORMAT = 'reseau-epn-backup';
/** Raised when the archive's layout changes; a restore refuses archives newer than it knows. */
export const FORMAT_VERSION = 1;

/** The archive's members, at its root. */
export const MEMBERS = {
  manifest: 'manifest.json',
  database: { sqlite: 'database.sqlite', postgres: 'database.pgdump' },
  settings: 'settings.env',
  uploads: 'uploads',
} as const;

export interface Manifest {
  format: typeof FORMAT;
  version: number;
  createdAt: string;
  /** The Strapi version whose schema the database holds. */
  strapi: string;
  database: {
    client: 'sqlite' | 'postgres';
    /** PostgreSQL: the schema the dump's objects are named in. */
    schema?: string;
    /** Rows per table, read in the same snapshot as the dump: the restore checks them. */
    tables: Record<string, number>;
  };
  uploads: { files: number; bytes: number };
  /** Whether settings.env (the CMS's .env, with its secrets) is in the archive. */
  settings: boolean;
}

/**
 * The CMS may be running: a file uploaded or replaced while GNU tar reads the folder makes it exit
 * with 1 and say so, a warning rather than a reason to lose the backup. Any other message fails.
 */
const fileChangedWhileRead = (code: number, stderr: string[]) =>
  code === 1 && stderr.filter(Boolean).every((line) => /file changed as we read it|File shrank by/.test(line));

/**
 * Writes a gzipped tar with the system's tar (no dependency, streams any size): the staging
 * folder's members, and the uploads folder taken where it is rather than copied first.
 */
export async function writeTar(file: string, staging: string, members: string[], uploadsDir: string | null): Promise<void> {
  const args = ['-czf', file, '-C', staging, ...members];
  if (uploadsDir) {
    if (path.basename(uploadsDir) !== MEMBERS.uploads) throw new Error(`Le dossier des fichiers téléversés doit s’appeler « uploads » : ${uploadsDir}`);
    args.push('-C', path.dirname(uploadsDir), MEMBERS.uploads);
  }
  // In English whatever the machine's language, for the warning to be recognised.
  await runCommand('tar', args, { env: { ...process.env, LC_ALL: 'C' }, onlyWarned: fileChangedWhileRead });
}

/** Extracts an archive into an empty folder (GNU tar and bsdtar both refuse members outside it). */
export async function extractTar(file: string, into: string): Promise<void> {
  await runCommand('tar', ['-xzf', file, '-C', into]).catch((error: Error) => {
    throw new Error(`${file} est illisible : ce n’est pas une archive de \`npm run backup\`, ou elle est incomplète.\n${error.message}`);
  });
}

/** The manifest of an extracted archive, checked enough to trust the rest of the restore. */
export function readManifest(dir: string): Manifest {
  const file = path.join(dir, MEMBERS.manifest);
  if (!existsSync(file)) throw new Error('Cette archive n’est pas une sauvegarde de la plateforme (manifest.json absent).');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  if (manifest.format !== FORMAT) throw new Error('Cette archive n’est pas une sauvegarde de la plateforme (format inconnu dans manifest.json).');
  if (manifest.version > FORMAT_VERSION) {
    throw new Error(
      `Cette archive a été écrite par une version plus récente de la plateforme (format ${manifest.version}) : mettez le projet à jour (git pull, npm install), puis relancez.`,
    );
  }
  const client: unknown = manifest.database?.client;
  if (typeof client !== 'string' || !(client in CLIENT_NAMES)) throw new Error('manifest.json ne dit pas quelle base de données l’archive contient.');
  if (!existsSync(path.join(dir, MEMBERS.database[manifest.database.client]))) {
    throw new Error(`L’archive est incomplète : ${MEMBERS.database[manifest.database.client]} manque.`);
  }
  return manifest;
}
