import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

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
