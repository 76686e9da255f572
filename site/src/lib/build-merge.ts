/**
 * Carries the pages an incremental build did not render over from the previous build: hard links
 * of each kept page and of its precompressed copies. What the previous build had and this one
 * neither rendered nor kept (an unpublished entry, a renamed slug, a list page that no longer
 * exists) is simply not carried: the new folder holds the new site only.
 */
import { existsSync } from 'node:fs';
import { link, mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { RouteRecord } from './build-scope';
import { mapLimited } from './parallel';

/** The copies site/scripts/precompress.ts writes next to a page. */
const VARIANTS = ['', '.br', '.gz'];

export interface CarryOverOptions {
  /** This build's records (SITE_BUILD_STATE). */
  stateDir: string;
  /** The previous build's output folder, holding client/ (SITE_BUILD_BASE). */
  baseDir: string;
  /** This build's static pages (its client/ folder). */
  outDir: string;
}

/** Links the kept pages into `outDir`; returns how many pages were kept and how many rendered. */
export async function carryOver({ stateDir, baseDir, outDir }: CarryOverOptions): Promise<{ kept: number; rendered: number }> {
  const kept: string[] = [];
  let rendered = 0;
  for (const entry of existsSync(stateDir) ? await readdir(stateDir, { withFileTypes: true }) : []) {
    // The routes' records are the folder's files; what else a build keeps there is in folders (lib/build-state.ts).
    if (!entry.isFile()) continue;
    const record = JSON.parse(await readFile(path.join(stateDir, entry.name), 'utf8')) as RouteRecord;
    kept.push(...record.kept);
    rendered += Object.keys(record.pages).length - record.kept.length;
  }
  // Thousands of pages at 5,000 fiches: sixteen at a time (lib/parallel.ts).
  await mapLimited(kept, 16, async (file) => {
    const target = path.join(outDir, file);
    // A page both rendered and kept would be a bug in build-scope.ts: never overwrite a fresh page.
    if (existsSync(target)) throw new Error(`incremental build: ${file} was rendered and kept`);
    await mkdir(path.dirname(target), { recursive: true });
    for (const suffix of VARIANTS) {
      const source = path.join(baseDir, 'client', `${file}${suffix}`);
      if (existsSync(source)) await link(source, `${target}${suffix}`);
    }
  });
  return { kept: kept.length, rendered };
}
