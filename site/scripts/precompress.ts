import { existsSync } from 'node:fs';
import { link, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { mapLimited } from '../src/lib/parallel';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** What compresses: text. Images (PNG, JPEG, WebP) are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.ics', '.csv', '.webmanifest']);
/** Below this, the headers cost more than compression saves. */
const MIN_BYTES = 1024;
/** A variant is kept only when it saves at least a tenth. */
const MAX_RATIO = 0.9;
/** zlib works on libuv's thread pool (4 threads by default): more at once would only queue. */
const PARALLEL = 4;

/**
 * Brotli's quality. Measured on the test site's 8 MB of text: quality 10 in 3.5 s gives 23.8 % of
 * the size, 11 takes 12 s for 23.4 %, 5 takes 0.3 s for 25.6 %; on 200 pages and index parts of the
 * 5,000-fiche benchmark, 10 took 1.9 s for 27.3 % and 5 took 0.1 s for 29.4 %. A full build affords
 * 10. A publication (an incremental build) must be on the site in seconds, and compressing the few
 * hundred pages it changed at 10 took longer than rendering them: 5, until the next full build.
 */
export const BROTLI_QUALITY = { full: 10, publication: 5 } as const;
export type PrecompressMode = keyof typeof BROTLI_QUALITY;

async function textFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const file = path.join(dir, entry.name);
      // Symlinks are left alone: the server serves nothing they lead to.
      if (entry.isDirectory()) return textFiles(file);
      return Promise.resolve(entry.isFile() && COMPRESSIBLE.has(path.extname(entry.name)) ? [file] : []);
    }),
  );
  return nested.flat();
}

const VARIANTS = ['.br', '.gz'] as const;

/**
 * A file written again the same as in the previous build (a list page the publication did not
 * change, a feed, the scripts): the previous build's copies are linked, not compressed again.
 */
async function reused(file: string, content: Buffer, previous: string | undefined): Promise<number | undefined> {
  if (!previous || !existsSync(previous) || !(await readFile(previous)).equals(content)) return undefined;
  let linked = 0;
  for (const suffix of VARIANTS) {
    if (!existsSync(`${previous}${suffix}`)) continue;
    await link(`${previous}${suffix}`, `${file}${suffix}`);
    linked += 1;
  }
  return linked;
}

async function compress(file: string, previous: string | undefined, mode: PrecompressMode): Promise<number> {
  if ((await stat(file)).size < MIN_BYTES) return 0;
  // A page an incremental build kept from the previous one came with its copies (hard links:
  // writing over them would change the previous build's files too).
  if (existsSync(`${file}.br`) || existsSync(`${file}.gz`)) return 0;
  const content = await readFile(file);
  const linked = await reused(file, content, previous);
  if (linked !== undefined) return linked;
  const [br, gz] = await Promise.all([
    brotli(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY[mode],
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
    gzipAsync(content, { level: 9 }),
  ]);
  let written = 0;
  for (const [variant, suffix] of [
    [br, VARIANTS[0]],
    [gz, VARIANTS[1]],
  ] as const) {
    if (variant.length > content.length * MAX_RATIO) continue;
    await writeFile(`${file}${suffix}`, variant);
    written += 1;
  }
  return written;
}

/**
 * Writes a .br and a .gz next to each text file of a built site, for the server to send to
 * clients that accept them (sirv's `brotli`/`gzip` options; nginx's `gzip_static`/`brotli_static`
 * read the same files). Compressing once at build time instead of on every answer costs the CMS
 * process nothing per request and affords a slow, dense brotli. `previous`: the folder of the
 * build this one follows (an incremental build, say), whose copies of unchanged files are linked.
 * `mode`: a full build's dense brotli, or a publication's fast one (BROTLI_QUALITY).
 * Returns the number of files written or linked.
 */
export async function precompress(dir: string, previous?: string, mode: PrecompressMode = 'full'): Promise<number> {
  const counts = await mapLimited(await textFiles(dir), PARALLEL, (file) => compress(file, previous && path.join(previous, path.relative(dir, file)), mode));
  return counts.reduce((sum, count) => sum + count, 0);
}
