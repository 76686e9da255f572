/**
 * Copies the uploads the pages use into the build, through a staging folder kept between builds
 * (in Astro's cache folder): a file already staged with the size Strapi recorded is not read
 * again from the CMS, so a rebuild after a publication fetches only the new files. Each build's
 * folder is fresh (npm start swaps it in whole), so the staged files are copied into it every
 * time, which is a local copy. Long copies print their progress.
 */
import { copyFile, mkdir, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { UploadCopy } from './uploads';

/** Where the files come from: a folder holding what `/uploads/` serves, or the CMS over HTTP. */
export type UploadsSource = { dir: string } | { baseUrl: string };

/**
 * The source of this build's files: SITE_UPLOADS_DIR when set (the CMS's public/uploads on the
 * same machine, say); else the CMS the content comes from; else the `uploads/` folder beside the
 * snapshot (npm run export:snapshot writes it there). Mirrors loadSource() in cms-source.ts.
 */
export function uploadsSource(env: NodeJS.ProcessEnv, defaultSnapshot: string): UploadsSource {
  if (env.SITE_UPLOADS_DIR) return { dir: path.resolve(env.SITE_UPLOADS_DIR) };
  if (!env.SITE_SNAPSHOT && env.CMS_URL) return { baseUrl: env.CMS_URL.replace(/\/$/, '') };
  return { dir: path.join(path.dirname(path.resolve(env.SITE_SNAPSHOT || defaultSnapshot)), 'uploads') };
}

/** Strapi records sizes in kB (1,000 bytes) rounded to two decimals: ±5 bytes, and a little slack. */
const sameSize = (bytes: number, kb: number | null) => kb === null || Math.abs(bytes - kb * 1000) <= 10;

async function sizeOf(file: string): Promise<number | undefined> {
  try {
    const info = await stat(file);
    return info.isFile() ? info.size : undefined;
  } catch {
    return undefined;
  }
}

/** `/uploads/a/b.png` under `root`, checked to stay inside it. */
function under(root: string, sitePath: string): string {
  const file = path.resolve(root, `.${sitePath.slice('/uploads'.length)}`);
  if (!file.startsWith(`${path.resolve(root)}${path.sep}`)) throw new Error(`${sitePath} leaves the uploads folder`);
  return file;
}

/** Fetches or copies one file into the staging folder, through a temporary name so no half file is ever staged. */
async function stage(source: UploadsSource, sitePath: string, target: string): Promise<number> {
  await mkdir(path.dirname(target), { recursive: true });
  const partial = `${target}.part`;
  if ('dir' in source) {
    await copyFile(under(source.dir, sitePath), partial);
  } else {
    const response = await fetch(`${source.baseUrl}${sitePath}`);
    if (!response.ok) throw new Error(`the CMS answered ${response.status}`);
    await writeFile(partial, new Uint8Array(await response.arrayBuffer()));
  }
  await rename(partial, target);
  return (await stat(target)).size;
}

export interface CopyReport {
  /** Files read from the source this time. */
  fetched: number;
  /** Files found staged already. */
  reused: number;
  /** Files that could not be had, each with why. */
  missing: string[];
}

export interface CopyOptions {
  files: UploadCopy[];
  source: UploadsSource;
  /** The staging `uploads/` folder, kept between builds. */
  stagingDir: string;
  /** The build's own `uploads/` folder (in its client folder). */
  outDir: string;
  log: (message: string) => void;
  /** Files fetched at once from a CMS. */
  parallel?: number;
}

const PROGRESS_EVERY_MS = 2000;

export async function copyUploads({ files, source, stagingDir, outDir, log, parallel = 4 }: CopyOptions): Promise<CopyReport> {
  const report: CopyReport = { fetched: 0, reused: 0, missing: [] };
  let done = 0;
  let lastLog = Date.now();
  const one = async (file: UploadCopy) => {
    try {
      const staged = under(stagingDir, file.path);
      const size = await sizeOf(staged);
      if (size !== undefined && sameSize(size, file.kb)) report.reused += 1;
      else {
        const fetched = await stage(source, file.path, staged);
        if (!sameSize(fetched, file.kb)) log(`${file.path} : ${fetched} octets, le CMS en annonçait ${file.kb} ko`);
        report.fetched += 1;
      }
      const copy = under(outDir, file.path);
      if ((await sizeOf(copy)) !== (await sizeOf(staged))) {
        await mkdir(path.dirname(copy), { recursive: true });
        await copyFile(staged, copy);
      }
    } catch (error) {
      report.missing.push(`${file.path} (${(error as Error).message})`);
    }
    done += 1;
    if (Date.now() - lastLog >= PROGRESS_EVERY_MS) {
      lastLog = Date.now();
      log(`${done}/${files.length} fichiers…`);
    }
  };
  const queue = [...files];
  const workers = Array.from({ length: 'dir' in source ? 1 : parallel }, async () => {
    for (let file = queue.shift(); file; file = queue.shift()) await one(file);
  });
  await Promise.all(workers);
  return report;
}
