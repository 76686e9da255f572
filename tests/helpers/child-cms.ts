import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { shellEnvironment } from './shell-env';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface ChildCms {
  url: string;
  /** What `npm start` prints for the first administrator: the one-time link and the login. */
  setup: { url: string; email: string } | null;
  stop(): Promise<void>;
}

const secret = () => randomBytes(16).toString('base64');

/**
 * Starts the CMS in a child process on `dataDir` (SQLite), with no environment of the parent's
 * except PATH and HOME, as a newcomer's shell would: only `env` is added.
 */
export function startChildCms(dataDir: string, env: Record<string, string> = {}): Promise<ChildCms> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'tests', 'helpers', 'fresh-cms.ts')], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...shellEnvironment(),
      DATA_DIR: dataDir,
      APP_KEYS: `${secret()},${secret()}`,
      API_TOKEN_SALT: secret(),
      ADMIN_JWT_SECRET: secret(),
      TRANSFER_TOKEN_SALT: secret(),
      JWT_SECRET: secret(),
      ENCRYPTION_KEY: secret(),
      STRAPI_TELEMETRY_DISABLED: 'true',
      LOG_LEVEL: 'error',
      ...env,
    },
  });
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.startsWith('READY '));
      if (!line) return;
      const { url, setup } = JSON.parse(line.slice('READY '.length));
      resolve({
        url,
        setup,
        stop: () =>
          new Promise<void>((done) => {
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`the CMS exited (${code}) before it was ready:\n${output.slice(-4000)}`)));
  });
}
