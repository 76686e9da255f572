import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CMS_DIR, ROOT, cmsRequire } from './paths';

/** What Strapi's app context is: where the app is, and where its compiled code is. */
export interface AppContext {
  appDir: string;
  distDir: string;
}

/** Folders of cms/ that the compiler does not read (cms/tsconfig.json's exclude, and runtime data). */
const NOT_COMPILED = new Set(['node_modules', 'dist', 'build', 'public', 'data', path.join('src', 'admin'), path.join('src', 'plugins')]);

/** Every file the CMS's compile reads: cms/ as its tsconfig includes it, the root tsconfig, the lockfile (TypeScript's version). */
function sourceFiles(cmsDir: string, root: string): string[] {
  const files = [path.join(root, 'tsconfig.json'), path.join(root, 'package-lock.json')];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      // Dot files are runtime state (.env, .tmp, .strapi, .strapi-updater.json), never compiled.
      if (name.startsWith('.') || NOT_COMPILED.has(path.relative(cmsDir, file))) continue;
      if (statSync(file).isDirectory()) walk(file);
      else files.push(file);
    }
  };
  walk(cmsDir);
  return files.filter((file) => existsSync(file)).sort();
}

/** What cms/dist is compiled from, as one hash: it changes when any compiled file is edited, added or removed. */
export function cmsSourcesHash(cmsDir = CMS_DIR, root = ROOT): string {
  const hash = createHash('sha256');
  for (const file of sourceFiles(cmsDir, root)) hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

const DIST_DIR = path.join(CMS_DIR, 'dist');
const stampFile = path.join(DIST_DIR, '.sources-hash');
const lockDir = path.join(DIST_DIR, '.compiling');

function isUpToDate(hash: string): boolean {
  return existsSync(path.join(DIST_DIR, 'src', 'index.js')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash;
}

/** True when the process that took the lock is gone (killed during a compile): its lock is void. */
function lockIsOrphan(): boolean {
  try {
    const pidFile = path.join(lockDir, 'pid');
    // A lock still without its pid after a minute was left by a process killed as it took it.
    if (!existsSync(pidFile)) return statSync(lockDir).mtimeMs < Date.now() - 60_000;
    process.kill(Number(readFileSync(pidFile, 'utf8')), 0);
    return false;
  } catch (error) {
    // ESRCH: no such process. ENOENT: the lock was just released.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Runs `run` while no other process compiles cms/dist, and holds the others off meanwhile: two
 * CMSes starting together wait for each other, and a CMS starting during `strapi build` (which
 * compiles cms/dist before bundling the admin panel) waits for the build instead of loading files
 * it is rewriting.
 */
export async function whileCompiling<T>(run: () => Promise<T>): Promise<T> {
  mkdirSync(DIST_DIR, { recursive: true });
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (lockIsOrphan()) rmSync(lockDir, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
  try {
    return await run();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

/** Records that cms/dist was just compiled from the sources as they are, by `strapi build` (run it `whileCompiling`). */
export function markCmsCompiled(): void {
  writeFileSync(stampFile, cmsSourcesHash());
}

/**
 * The CMS compiled into cms/dist, as Strapi's `compileStrapi()` does, but only when its sources
 * changed since the last compile. `compileStrapi()` re-emits every file of cms/dist at each call
 * (a plain `program.emit()`: about 8 s, much more on a loaded machine), so each start paid for it,
 * and a process starting beside another one that was loading cms/dist could make it read a file
 * halfway rewritten. With the sources' hash stamped in cms/dist, a start with nothing changed
 * writes nothing there; when something changed, the first process compiles and the others wait.
 */
export async function compileCms(): Promise<AppContext> {
  const context: AppContext = { appDir: CMS_DIR, distDir: DIST_DIR };
  if (isUpToDate(cmsSourcesHash()) && !existsSync(lockDir)) return context;
  return whileCompiling(async () => {
    // Another process may have compiled while this one waited.
    const hash = cmsSourcesHash();
    if (isUpToDate(hash)) return context;
    const { compileStrapi } = cmsRequire('@strapi/strapi');
    const compiled: AppContext = await compileStrapi({ appDir: CMS_DIR });
    writeFileSync(stampFile, hash);
    return compiled;
  });
}
