/**
 * Incremental builds: a detail route (one page per fiche, event, space…) renders only the pages
 * whose data changed since the previous build, and the pages it skips are taken from that build
 * (src/integrations/incremental.ts). Which pages changed is not guessed from what was published:
 * each page's props (the prepared data it renders, fiche, related fiches, counts, alternates…) are
 * hashed, with whatever the page reads besides its props (`extra`), and compared with the hashes
 * the previous build recorded. A renamed slug or an unpublished entry is a path the new build does
 * not list, so it is simply not carried over.
 *
 * SITE_BUILD_STATE: the folder where this build records each scoped route's hashes (no variable:
 * nothing recorded, every page rendered, as before). SITE_BUILD_BASE: the previous build's output
 * folder (holding client/ and its state in scope/); without it, or without its record for a
 * route, every page of that route renders (a full build).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

interface StaticPath {
  params: Record<string, string | undefined>;
  props?: object;
}

/** What a build records for a scoped route: the file of each page, with the hash of its data. */
export interface RouteRecord {
  /** The route's pattern, e.g. `[...lang]/fiches/[slug]/` (a trailing slash: an HTML page). */
  pattern: string;
  /** Output file (relative to client/) → hash of the page's data. */
  pages: Record<string, string>;
  /** The files this build did not render, taken from the previous build. */
  kept: string[];
  /** The code that rendered the pages (codeStamp): other code, other pages, whatever the data. */
  code: string;
}

export const STATE_DIR_NAME = 'scope';

/** The file a route writes for `params`, relative to the site's root (`fiches/x/index.html`). */
export function outputFile(pattern: string, params: StaticPath['params']): string {
  const filled = pattern.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => params[name] ?? '');
  const clean = filled.split('/').filter(Boolean).join('/');
  return pattern.endsWith('/') ? (clean ? `${clean}/index.html` : 'index.html') : clean;
}

/** Stable JSON: Maps, Sets and Dates written out, so equal data hashes equally. */
function stable(value: unknown): unknown {
  if (value instanceof Map) return [...value.entries()].map(([k, v]) => [stable(k), stable(v)]);
  if (value instanceof Set) return [...value].map(stable);
  return value;
}

export function hashOf(value: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(value, (_key, v: unknown) => stable(v)) ?? 'undefined')
    .digest('base64url');
}

export function recordName(pattern: string): string {
  return `${pattern.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}.json`;
}

/** What renders the pages besides the data: the site's sources, its config, its shared packages, the installed dependencies. */
const CODE = ['src', 'astro.config.ts', '../packages/platform/src', '../packages/markdown/src', '../package-lock.json'];

let code: string | undefined;

/**
 * A hash of the code the site is built with, and of its public address (in every page's canonical
 * and alternate links, and in the .ics files' links), so that a build after a change of either
 * renders every page.
 */
export function codeStamp(siteDir = process.cwd()): string {
  if (code) return code;
  const hash = createHash('sha256').update(`${process.env.SITE_URL ?? ''}\0`);
  for (const entry of CODE) {
    const root = path.resolve(siteDir, entry);
    if (!existsSync(root)) continue;
    const files = statSync(root).isFile()
      ? [root]
      : readdirSync(root, { recursive: true, withFileTypes: true })
          .filter((f) => f.isFile())
          .map((f) => path.join(f.parentPath, f.name))
          .sort();
    for (const file of files) hash.update(path.relative(siteDir, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return (code = hash.digest('base64url'));
}

function readRecord(file: string): RouteRecord | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as RouteRecord) : null;
}

/**
 * Keeps the paths whose data differs from the previous build's (all of them when there is no
 * previous build), and records every path's hash for the next one. `extra` gives what a page
 * reads besides its props (the forum topic a fiche page links to, say).
 */
export async function scopedPaths<T extends StaticPath>(
  pattern: string,
  paths: T[],
  extra: (path: T) => unknown = () => null,
  env: NodeJS.ProcessEnv = process.env,
): Promise<T[]> {
  const stateDir = env.SITE_BUILD_STATE;
  if (!stateDir) return paths;
  const stamp = codeStamp();
  const previous = env.SITE_BUILD_BASE ? readRecord(path.join(env.SITE_BUILD_BASE, STATE_DIR_NAME, recordName(pattern))) : null;
  const base = previous?.code === stamp ? previous : null;
  const record: RouteRecord = { pattern, pages: {}, kept: [], code: stamp };
  const rendered: T[] = [];
  for (const staticPath of paths) {
    const file = outputFile(pattern, staticPath.params);
    const hash = hashOf([staticPath.params, staticPath.props ?? null, await extra(staticPath)]);
    record.pages[file] = hash;
    if (base?.pages[file] === hash && env.SITE_BUILD_BASE && existsSync(path.join(env.SITE_BUILD_BASE, 'client', file))) record.kept.push(file);
    else rendered.push(staticPath);
  }
  mkdirSync(stateDir, { recursive: true });
  writeFileSync(path.join(stateDir, recordName(pattern)), JSON.stringify(record));
  return rendered;
}
