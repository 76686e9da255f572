import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/** The placeholder that keeps the folder in git: not an upload. */
const PLACEHOLDER = '.gitkeep';

/** Files and bytes under the uploads folder (0 when it does not exist). */
export function describeUploads(dir: string): { files: number; bytes: number } {
  if (!existsSync(dir)) return { files: 0, bytes: 0 };
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name === PLACEHOLDER) continue;
    files += 1;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

export const hasUploads = (dir: string) => describeUploads(dir).files > 0;

/** Replaces the uploads folder's content by the archive's, keeping the folder and its placeholder. */
export function restoreUploads(from: string, dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) {
    if (name !== PLACEHOLDER) rmSync(path.join(dir, name), { recursive: true, force: true });
  }
  if (existsSync(from)) cpSync(from, dir, { recursive: true });
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} Mo`;
}
