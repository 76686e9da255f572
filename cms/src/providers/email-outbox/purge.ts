import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';

const DAY_MS = 86_400_000;

/**
 * Deletes the outbox's `.eml` files last written more than `days` days before `now`, and
 * returns how many. Nothing else in the folder is touched; a missing folder holds nothing.
 */
export async function purgeOutbox(dir: string, days: number, now: Date = new Date()): Promise<number> {
  if (!Number.isFinite(days) || days < 0) throw new RangeError(`the outbox's retention must be a number of days ≥ 0, not ${days}`);
  const cutoff = now.getTime() - days * DAY_MS;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  let removed = 0;
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.eml')) continue;
    const file = path.join(dir, entry.name);
    if ((await stat(file)).mtimeMs < cutoff) {
      await rm(file, { force: true });
      removed += 1;
    }
  }
  return removed;
}
