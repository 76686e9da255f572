import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Resolves once a background build started by a global setup has written its status file (in a
 * test file: the global setup runs in another process); throws the build's error if it failed.
 */
export async function waitForStatusFile(statusFile: string, what: string, timeoutMs = 15 * 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(statusFile)) {
    if (Date.now() > deadline) throw new Error(`${what} did not end within ${timeoutMs / 60_000} minutes (${statusFile})`);
    await sleep(250);
  }
  const error = readFileSync(statusFile, 'utf8');
  if (error) throw new Error(error);
}
