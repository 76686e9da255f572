import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UIDS } from '@reseau-epn/platform';
import type { Manifest } from '../../../packages/launcher/src/backup/archive';
import type { Installation } from '../../../packages/launcher/src/backup/config';
import { createBackup } from '../../../packages/launcher/src/backup/create-backup';
import { previousSettings, restoreBackup } from '../../../packages/launcher/src/backup/restore-backup';
import type { TestCms } from '../../helpers/cms';
import { getSeededCms } from '../../helpers/seeded';
import { addActivity, type Activity } from './activity';
import { emptyDatabase, emptyTable, liveDatabase, otherKindOfDatabase, readTables, settledTables, type EmptyDatabase, type Tables } from './databases';

/**
 * `npm run backup` and `npm run restore` (issue 16) on the database the run's CMS uses, SQLite or,
 * under `npm run test:postgres`, PostgreSQL: the archive restored into an empty database holds
 * every row of every table, unchanged.
 */
const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const SETTINGS = 'APP_KEYS=clef-un,clef-deux\nJWT_SECRET="un secret # avec dièse"\n';
const PHOTO = Buffer.from('un fichier téléversé, octet pour octet');

let cms: TestCms;
let activity: Activity;
let scratch: string;
let archive: string;
let manifest: Manifest;
let live: Tables;
let target: EmptyDatabase;
let restoredInto: Installation;
const databases: EmptyDatabase[] = [];

/** An installation with its uploads folder and settings file under `dir`, on `database`. */
function installationIn(dir: string, database: Installation['database']): Installation {
  return { database, uploadsDir: path.join(dir, 'public', 'uploads'), settingsFile: path.join(dir, '.env') };
}

async function newEmptyDatabase(): Promise<EmptyDatabase> {
  const database = await emptyDatabase(scratch);
  databases.push(database);
  return database;
}

/** Runs a launcher command as `npm run backup` / `npm run restore` do, with the run's database. */
function cli(script: 'backup' | 'restore', args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('npx', ['tsx', `packages/launcher/src/backup/${script}.ts`, ...args], {
      cwd: ROOT,
      // The settings file of the test's own installation, never a developer's cms/.env.
      env: { ...process.env, ENV_PATH: path.join(scratch, 'source', '.env'), INIT_CWD: scratch },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** An installation restored from the archive, whose transitions were deleted since. */
async function restoredThenChanged(name: string): Promise<Installation> {
  const installation = installationIn(path.join(scratch, name), (await newEmptyDatabase()).config);
  await restoreBackup(archive, installation);
  await emptyTable(installation.database, cms.strapi.db.metadata.get(UIDS.workflowTransition).tableName);
  return installation;
}

/** Whether a table of `tables` holds the row whose `attribute` is `value`, by the model's column name. */
function holds(tables: Tables, uid: string, attribute: string, value: unknown): boolean {
  const { tableName, attributes } = cms.strapi.db.metadata.get(uid);
  const column = (attributes[attribute] as { columnName?: string } | undefined)?.columnName ?? attribute;
  return (tables[tableName] ?? []).some((row) => (row as Record<string, unknown>)[column] === value);
}

beforeAll(async () => {
  ({ cms } = await getSeededCms());
  activity = await addActivity(cms);
  scratch = mkdtempSync(path.join(os.tmpdir(), 'reseau-epn-sauvegarde-'));
  const source = installationIn(path.join(scratch, 'source'), liveDatabase());
  mkdirSync(path.join(source.uploadsDir, 'vignettes'), { recursive: true });
  writeFileSync(path.join(source.uploadsDir, 'vignettes', 'photo.jpg'), PHOTO);
  writeFileSync(source.settingsFile, SETTINGS);

  archive = path.join(scratch, 'sauvegarde.tar.gz');
  await settledTables(liveDatabase());
  manifest = await createBackup(source, archive);
  live = await readTables(liveDatabase());
  target = await newEmptyDatabase();
  restoredInto = installationIn(path.join(scratch, 'restauree'), target.config);
  await restoreBackup(archive, restoredInto);
});

afterAll(async () => {
  await activity?.remove();
  for (const database of databases) await database.drop();
  rmSync(scratch, { recursive: true, force: true });
});

describe('backing up and restoring an installation', () => {
  it('should restore every row of every table into an empty database, nothing lost and nothing changed', async () => {
    expect(await readTables(target.config)).toEqual(live);
  });

  it('should carry the forum post, transition, revision, registration and digest delivery made before the backup', async () => {
    const restored = await readTables(target.config);

    expect({
      post: holds(restored, UIDS.message, 'documentId', activity.post),
      transition: holds(restored, UIDS.workflowTransition, 'id', activity.transition),
      revision: holds(restored, UIDS.revision, 'id', activity.revision),
      registration: holds(restored, UIDS.inscription, 'id', activity.registration),
      delivery: holds(restored, UIDS.digestDelivery, 'id', activity.delivery),
    }).toEqual({ post: true, transition: true, revision: true, registration: true, delivery: true });
  });

  it('should count the rows of every table in the manifest', () => {
    expect(manifest.database.tables).toEqual(
      Object.fromEntries(
        Object.entries(live)
          .filter(([name]) => !name.startsWith('sqlite_'))
          .map(([name, rows]) => [name, rows.length]),
      ),
    );
  });

  it('should restore the uploaded files and the settings file byte for byte', () => {
    expect(readFileSync(path.join(restoredInto.uploadsDir, 'vignettes', 'photo.jpg'))).toEqual(PHOTO);
    expect(readFileSync(restoredInto.settingsFile, 'utf8')).toBe(SETTINGS);
  });

  it('should keep the archive, which holds the secrets, readable by its owner only', () => {
    expect(statSync(archive).mode & 0o077).toBe(0);
  });

  it('should refuse to restore over a database that holds tables, say to use --force, and change nothing', async () => {
    const installation = await restoredThenChanged('refusee');
    const before = await readTables(installation.database);

    await expect(restoreBackup(archive, installation)).rejects.toThrow(/--force/);
    expect(await readTables(installation.database)).toEqual(before);
  });

  it('should replace a database that holds tables with --force', async () => {
    const installation = await restoredThenChanged('remplacee');

    await restoreBackup(archive, installation, { force: true });

    expect(await readTables(installation.database)).toEqual(live);
  });

  it('should keep the settings file it replaces with --force beside the restored one', async () => {
    const installation = installationIn(path.join(scratch, 'reglages'), (await newEmptyDatabase()).config);
    mkdirSync(path.dirname(installation.settingsFile), { recursive: true });
    writeFileSync(installation.settingsFile, 'APP_KEYS=ceux-de-cette-machine\n');

    await restoreBackup(archive, installation, { force: true });

    expect([readFileSync(installation.settingsFile, 'utf8'), readFileSync(previousSettings(installation.settingsFile), 'utf8')]).toEqual([
      SETTINGS,
      'APP_KEYS=ceux-de-cette-machine\n',
    ]);
  });

  it('should refuse an archive of another kind of database, naming both', async () => {
    const installation = installationIn(path.join(scratch, 'autre'), otherKindOfDatabase(scratch));

    await expect(restoreBackup(archive, installation)).rejects.toThrow(
      /contient une base (SQLite|PostgreSQL), et ce CMS est configuré pour (PostgreSQL|SQLite)/,
    );
  });

  it('should back up from the command line with the CMS’s configuration, an archive that restores whole', async () => {
    const file = path.join(scratch, 'en-ligne-de-commande.tar.gz');
    const database = await newEmptyDatabase();

    const run = await cli('backup', ['--out', file]);
    await restoreBackup(file, installationIn(path.join(scratch, 'cli'), database.config));

    expect(run).toMatchObject({ status: 0, stdout: expect.stringContaining('Sauvegarde terminée') });
    expect(await readTables(database.config)).toEqual(await readTables(liveDatabase()));
  });

  it('should refuse from the command line to restore over the running CMS’s database, exiting 1 with what to do', async () => {
    const file = path.join(scratch, 'refus.tar.gz');
    await cli('backup', ['--out', file]);

    const run = await cli('restore', [file]);

    expect(run.status).toBe(1);
    expect(run.stderr).toContain('rien n’a été modifié');
    expect(run.stderr).toContain('--force');
  });
});
