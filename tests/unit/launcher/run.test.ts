/**
 * packages/launcher/run.cjs: the server commands' runner. The command's TypeScript and its
 * imports load under tsx's hook; the hook is gone once the command runs (Strapi's modules, loaded
 * then, must not go through it: README › Performance, the digest's memory).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const RUNNER = path.resolve(import.meta.dirname, '../../../packages/launcher/run.cjs');
const COMMAND = path.join(import.meta.dirname, 'fixtures/command.ts');

const runCommand = (...args: string[]) => JSON.parse(execFileSync(process.execPath, [RUNNER, COMMAND, ...args], { encoding: 'utf8' }));

describe('run.cjs', () => {
  it('should load the command and its TypeScript imports, then call its run() with the arguments after the command', () => {
    const out = runCommand('--dir', 'exemple');
    expect(out.greeting).toBe('demat');
    expect(out.argv).toEqual(['--dir', 'exemple']);
  });

  it('should have removed the TypeScript hook by the time run() is called', () => {
    // Without the hook, Node does not look for a `.ts` file behind an extensionless require.
    expect(runCommand().later).toBe('MODULE_NOT_FOUND');
  });

  it('should exit with 2 and its usage when no command is given', () => {
    let status: number | null = null;
    let stderr = '';
    try {
      execFileSync(process.execPath, [RUNNER], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      ({ status, stderr } = error as { status: number; stderr: string });
    }
    expect(status).toBe(2);
    expect(stderr).toContain('Usage');
  });
});
