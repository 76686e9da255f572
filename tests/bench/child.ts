/**
 * Runs one benchmark for tests/bench/run.ts in a process of its own (memory figures such as the
 * digest's peak RSS must not include another benchmark's), and writes its rows as JSON.
 * Usage: tsx tests/bench/child.ts <module> <export> <rows file>
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchRow } from './table';

async function main(): Promise<void> {
  const [modulePath, exportName, rowsFile] = process.argv.slice(2);
  if (!modulePath || !exportName || !rowsFile) throw new Error('usage: child.ts <module> <export> <rows file>');
  const loaded = (await import(pathToFileURL(path.resolve(modulePath)).href)) as Record<string, () => Promise<BenchRow[]>>;
  const bench = loaded[exportName];
  if (typeof bench !== 'function') throw new Error(`${modulePath} exports no function ${exportName}`);
  writeFileSync(rowsFile, JSON.stringify(await bench()));
}

// No top-level await: tsx runs the project's .ts files as CommonJS (the root package has no "type").
main().then(
  // A benchmark may leave a server or a pool open: its rows are written, the process is done.
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
