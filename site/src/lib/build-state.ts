/**
 * What a build keeps in its state folder, beside its pages' records (build-scope.ts), for the
 * next build to reuse instead of computing again: the plain text of every body it read
 * (lib/plain-text.ts) and the sitemap's entry of every page (integrations/sitemap.ts). Each record
 * is a JSON file in a folder of its own, stored with the code stamp: other code may read Markdown
 * or pages otherwise, and then nothing is reused.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { codeStamp, STATE_DIR_NAME } from './build-scope';

interface Stored<T> {
  code: string;
  data: T;
}

/** A record's file in the state folder: in a folder, as the routes' records are its only plain files. */
export type StateFile = `${string}/${string}.json`;

/** The previous build's record (SITE_BUILD_BASE); undefined without one, or after a code change. */
export function previousState<T>(file: StateFile, env: NodeJS.ProcessEnv = process.env): T | undefined {
  const stored = env.SITE_BUILD_BASE && path.join(env.SITE_BUILD_BASE, STATE_DIR_NAME, file);
  if (!stored || !existsSync(stored)) return undefined;
  const { code, data } = JSON.parse(readFileSync(stored, 'utf8')) as Stored<T>;
  return code === codeStamp() ? data : undefined;
}

/** Records `data` for the next build, when this one keeps a state (SITE_BUILD_STATE). */
export function saveState(file: StateFile, data: unknown, env: NodeJS.ProcessEnv = process.env): void {
  if (!env.SITE_BUILD_STATE) return;
  mkdirSync(path.join(env.SITE_BUILD_STATE, path.dirname(file)), { recursive: true });
  writeFileSync(path.join(env.SITE_BUILD_STATE, file), JSON.stringify({ code: codeStamp(), data } satisfies Stored<unknown>));
}
