import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { CMS_DIR } from '../paths';
import { FORMAT, FORMAT_VERSION, MEMBERS, writeTar, type Manifest } from './archive';
import { CLIENT_NAMES, type Installation, type Report } from './config';
import { backupPostgres } from './postgres';
import { backupSqlite } from './sqlite';
import { describeUploads, megabytes } from './uploads';

/** The Strapi version the CMS runs, whose schema the database holds. */
function strapiVersion(): string {
  const cmsRequire = createRequire(path.join(CMS_DIR, 'package.json'));
  return (cmsRequire('@strapi/strapi/package.json') as { version: string }).version;
}

/** reseau-epn-2026-12-02T11-30-00Z.tar.gz: sorts by date, no character a file system refuses. */
export function defaultArchiveName(now = new Date()): string {
  return `reseau-epn-${now.toISOString().slice(0, 19).replaceAll(':', '-')}Z.tar.gz`;
}

/**
 * Writes one .tar.gz holding the database (SQLite's online backup or pg_dump), the uploads and the
 * settings file, with a manifest. The CMS may keep running. The archive is readable by its owner
 * only (it holds the secrets of the .env) and appears under its name only once complete.
 */
export async function createBackup(installation: Installation, file: string, report: Report = () => {}): Promise<Manifest> {
  if (existsSync(file)) throw new Error(`${file} existe déjà : choisissez un autre nom (--out), ou déplacez-le.`);
  mkdirSync(path.dirname(file), { recursive: true });
  // Beside the archive rather than in /tmp: same disk, room for the database copy. mkdtemp makes it
  // private to the owner, so the secrets are never readable by others, not even while being written.
  const staging = mkdtempSync(path.join(path.dirname(file), '.sauvegarde-'));
  const partial = path.join(staging, 'archive.tar.gz');
  try {
    const { database } = installation;
    report(`▶ Base de données (${CLIENT_NAMES[database.client]})…`);
    const databaseFile = path.join(staging, MEMBERS.database[database.client]);
    const tables = database.client === 'sqlite' ? await backupSqlite(database, databaseFile, report) : await backupPostgres(database, databaseFile, report);
    const rows = Object.values(tables).reduce((sum, n) => sum + n, 0);
    report(`  ${Object.keys(tables).length} tables, ${rows} lignes.`);

    const settings = existsSync(installation.settingsFile);
    if (settings) copyFileSync(installation.settingsFile, path.join(staging, MEMBERS.settings));
    report(settings ? `▶ Réglages : ${installation.settingsFile} (avec ses secrets).` : `▶ Réglages : aucun fichier ${installation.settingsFile}.`);

    const uploads = describeUploads(installation.uploadsDir);
    report(`▶ Fichiers téléversés : ${uploads.files} (${megabytes(uploads.bytes)}).`);

    const manifest: Manifest = {
      format: FORMAT,
      version: FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      strapi: strapiVersion(),
      database: { client: database.client, ...(database.client === 'postgres' ? { schema: database.schema } : {}), tables },
      uploads,
      settings,
    };
    writeFileSync(path.join(staging, MEMBERS.manifest), `${JSON.stringify(manifest, null, 2)}\n`);

    report('▶ Compression de l’archive…');
    const members = [MEMBERS.manifest, MEMBERS.database[database.client], ...(settings ? [MEMBERS.settings] : [])];
    await writeTar(partial, staging, members, existsSync(installation.uploadsDir) ? installation.uploadsDir : null);
    chmodSync(partial, 0o600);
    renameSync(partial, file);
    report(`  ${file} (${megabytes(statSync(file).size)}).`);
    return manifest;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
