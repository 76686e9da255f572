import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';

/** The built site (from the fixture snapshot) and its URL. */
export const siteDir = () => inject('siteDir');
export const siteUrl = () => inject('siteUrl');

/** A built file's text, by its URL path ("/fiches/x/" reads its index.html). */
export function builtFile(urlPath: string): string {
  const file = path.join(siteDir(), urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
  if (!existsSync(file)) throw new Error(`not built: ${urlPath}`);
  return readFileSync(file, 'utf8');
}

/** Every file of the built site, as paths relative to its root. */
export function builtFiles(dir = siteDir(), prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? builtFiles(full, `${prefix}/${name}`) : [`${prefix}/${name}`];
  });
}
