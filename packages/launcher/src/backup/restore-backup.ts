import { chmodSync, copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractTar, MEMBERS, readManifest, type Manifest } from './archive';
import { CLIENT_NAMES, type DatabaseConfig, type Installation, type Report } from './config';
import { isPostgresEmpty, restorePostgres } from './postgres';
import { isSqliteEmpty, restoreSqlite } from './sqlite';
import { hasUploads, restoreUploads } from './uploads';

/** Where a replaced settings file is kept: it may hold the only copy of a secret. */
export const previousSettings = (file: string) => `${file}.avant-restauration`;

export interface RestoreOptions {
  /** Replace a database that holds tables, uploads that hold files, a different settings file. */
  force?: boolean;
  report?: Report;
}

function describeDatabase(database: DatabaseConfig): string {
  if (database.client === 'sqlite') return database.filename;
  return `${database.connectionString ? 'DATABASE_URL' : `« ${database.database} » sur ${database.host}:${database.port}`} (schéma ${database.schema})`;
}

/** An archive restores into the same kind of database only: a dump is not portable across them. */
function assertSameDatabase(manifest: Manifest, database: DatabaseConfig): void {
  const from = manifest.database.client;
  if (from !== database.client) {
    throw new Error(
      `Cette archive contient une base ${CLIENT_NAMES[from]}, et ce CMS est configuré pour ${CLIENT_NAMES[database.client]} (DATABASE_CLIENT). ` +
        `Une sauvegarde se restaure sur la même sorte de base : restaurez-la avec DATABASE_CLIENT=${from}. ` +
        'Pour passer d’une installation SQLite à PostgreSQL, voir « From SQLite to PostgreSQL » dans le README.',
    );
  }
  if (database.client === 'postgres' && manifest.database.schema !== database.schema) {
    throw new Error(
      `Cette archive contient le schéma PostgreSQL « ${manifest.database.schema} », et DATABASE_SCHEMA désigne « ${database.schema} » : donnez le même.`,
    );
  }
}

/** Everything a restore would overwrite without --force, said at once, before anything is written. */
async function assertNothingOverwritten(dir: string, manifest: Manifest, installation: Installation): Promise<void> {
  const { database, uploadsDir, settingsFile } = installation;
  const empty = database.client === 'sqlite' ? isSqliteEmpty(database) : await isPostgresEmpty(database);
  const refusals: string[] = [];
  if (!empty) refusals.push(`la base de données ${describeDatabase(database)} contient déjà des tables ;`);
  if (hasUploads(uploadsDir)) refusals.push(`le dossier ${uploadsDir} contient déjà des fichiers ;`);
  const settingsDiffer = manifest.settings && existsSync(settingsFile) && !readFileSync(settingsFile).equals(readFileSync(path.join(dir, MEMBERS.settings)));
  if (settingsDiffer) refusals.push(`${settingsFile} existe déjà, avec d’autres réglages ;`);
  if (refusals.length === 0) return;
  throw new Error(
    `Restauration refusée, rien n’a été modifié :\n  - ${refusals.join('\n  - ')}\n` +
      'Pour tout remplacer par le contenu de l’archive, arrêtez le CMS et relancez avec --force ' +
      `(l’ancien fichier de réglages est gardé sous ${path.basename(previousSettings(settingsFile))}).`,
  );
}

/** The restored database must hold what the backup counted, table for table. */
function assertSameCounts(expected: Record<string, number>, actual: Record<string, number>): void {
  const differences = [...new Set([...Object.keys(expected), ...Object.keys(actual)])]
    .filter((table) => expected[table] !== actual[table])
    .map((table) => `${table} : ${actual[table] ?? 'absente'} au lieu de ${expected[table] ?? 'absente'}`);
  if (differences.length > 0) throw new Error(`La vérification de la base restaurée a échoué :\n  ${differences.join('\n  ')}`);
}

/**
 * Restores an archive of `createBackup` into an installation: its database (same client only),
 * its uploads folder and its settings file. Refuses to overwrite anything without `force`, and
 * checks the restored database's rows per table against the manifest. Stop the CMS first.
 */
export async function restoreBackup(file: string, installation: Installation, { force = false, report = () => {} }: RestoreOptions = {}): Promise<Manifest> {
  if (!existsSync(file)) throw new Error(`L’archive ${file} n’existe pas : vérifiez le chemin (relatif au dossier d’où la commande est lancée).`);
  // Private to the owner (mkdtemp): the extracted settings hold secrets.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reseau-epn-restauration-'));
  try {
    report(`▶ Lecture de ${file}…`);
    await extractTar(file, dir);
    const manifest = readManifest(dir);
    const expected = manifest.database.tables;
    report(
      `  sauvegarde du ${manifest.createdAt} : base ${CLIENT_NAMES[manifest.database.client]}, ${Object.keys(expected).length} tables, ${manifest.uploads.files} fichier(s).`,
    );
    assertSameDatabase(manifest, installation.database);
    if (!force) await assertNothingOverwritten(dir, manifest, installation);

    const { database } = installation;
    report(`▶ Base de données : ${describeDatabase(database)}…`);
    const from = path.join(dir, MEMBERS.database[database.client]);
    const restored =
      database.client === 'sqlite' ? await restoreSqlite(from, database, report) : await restorePostgres(from, database, Object.keys(expected).length, report);
    assertSameCounts(expected, restored);
    report(`  vérifiée : ${Object.keys(restored).length} tables, le même nombre de lignes qu’à la sauvegarde.`);

    report(`▶ Fichiers téléversés : ${installation.uploadsDir}…`);
    restoreUploads(path.join(dir, MEMBERS.uploads), installation.uploadsDir);
    report(`  ${manifest.uploads.files} fichier(s).`);

    restoreSettings(dir, manifest, installation.settingsFile, report);
    return manifest;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function restoreSettings(dir: string, manifest: Manifest, target: string, report: Report): void {
  if (!manifest.settings) {
    report('▶ Réglages : aucun dans l’archive, ceux de cette machine sont gardés.');
    return;
  }
  const from = path.join(dir, MEMBERS.settings);
  if (existsSync(target) && readFileSync(target).equals(readFileSync(from))) {
    report(`▶ Réglages : ${target} est déjà celui de l’archive.`);
    return;
  }
  const replaced = existsSync(target);
  if (replaced) copyFileSync(target, previousSettings(target));
  copyFileSync(from, target);
  chmodSync(target, 0o600);
  report(`▶ Réglages : ${target} restauré${replaced ? ` (l’ancien est gardé sous ${previousSettings(target)})` : ''}.`);
}
