import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { markCmsCompiled, whileCompiling } from './cms-compile';
import { CMS_DIR, ROOT, cmsRequire } from './paths';

/** What the admin panel's bundle is made of: when none of it changed, the bundle is reused. */
function inputFiles(root: string): string[] {
  const cms = path.join(root, 'cms');
  const files = [
    path.join(root, 'package-lock.json'),
    path.join(cms, 'package.json'),
    path.join(cms, 'config', 'admin.ts'),
    path.join(cms, 'config', 'plugins.ts'),
  ];
  const walk = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (name === 'node_modules' || name === 'dist') continue;
      if (statSync(file).isDirectory()) walk(file);
      else files.push(file);
    }
  };
  walk(path.join(cms, 'src', 'admin'));
  const plugins = path.join(root, 'plugins');
  if (existsSync(plugins)) {
    for (const name of readdirSync(plugins)) {
      walk(path.join(plugins, name, 'admin'));
      files.push(path.join(plugins, name, 'package.json'));
    }
  }
  return files.filter((file) => existsSync(file)).sort();
}

function inputsHash(root: string): string {
  const hash = createHash('sha256');
  for (const file of inputFiles(root)) hash.update(path.relative(root, file)).update(readFileSync(file));
  return hash.digest('hex');
}

const stampFile = (root: string) => path.join(root, 'cms', 'dist', 'build', '.inputs-hash');

/** True when the admin bundle is missing or was built from other inputs. */
export function isAdminBuildStale(root: string): boolean {
  const stamp = stampFile(root);
  return !existsSync(path.join(root, 'cms', 'dist', 'build', 'index.html')) || !existsSync(stamp) || readFileSync(stamp, 'utf8') !== inputsHash(root);
}

export function markAdminBuilt(root: string): void {
  writeFileSync(stampFile(root), inputsHash(root));
}

export interface AdminBuildOptions {
  /** Only the build's errors are kept (returned on failure), nothing is printed. */
  quiet?: boolean;
  /** Stops the build; one still waiting for the compile lock does not start. */
  signal?: AbortSignal;
  env?: NodeJS.ProcessEnv;
}

/**
 * The admin panel bundled into cms/dist/build by `strapi build --minify`, which compiles cms/dist
 * first: under the compile lock, and both recorded as done when it succeeds. Resolves with an
 * empty string, or with what went wrong (the end of the build's errors when quiet).
 */
export function buildAdminPanel({ quiet = false, signal, env = process.env }: AdminBuildOptions = {}): Promise<string> {
  // The CLI is not an export of the package: found next to its package.json.
  const strapiBin = path.join(path.dirname(cmsRequire.resolve('@strapi/strapi/package.json')), 'bin', 'strapi.js');
  return whileCompiling(
    () =>
      new Promise<string>((resolve) => {
        if (signal?.aborted) return resolve('stopped before the build started');
        const child = spawn(process.execPath, [strapiBin, 'build', '--minify'], {
          cwd: CMS_DIR,
          stdio: quiet ? ['ignore', 'ignore', 'pipe'] : 'inherit',
          env,
          signal,
        });
        let stderr = '';
        child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.once('error', (error) => resolve(`strapi build did not start or was stopped: ${error.message}`));
        child.once('close', (code, killed) => {
          if (code !== 0) return resolve(`strapi build ended with ${code ?? killed}${stderr ? `:\n${stderr.slice(-4000)}` : ''}`);
          markAdminBuilt(ROOT);
          markCmsCompiled();
          resolve('');
        });
      }),
  );
}
