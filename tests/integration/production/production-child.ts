import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { shellEnvironment } from '../../helpers/shell-env';
import { REQUIRED_SECRETS } from '../../../packages/launcher/src/env-file';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const secret = () => randomBytes(24).toString('base64');

/** Every secret `npm run serve` requires, fresh (APP_KEYS: four keys). */
export function productionSecrets(): Record<string, string> {
  return Object.fromEntries(REQUIRED_SECRETS.map((name) => [name, name === 'APP_KEYS' ? [secret(), secret(), secret(), secret()].join(',') : secret()]));
}

/**
 * The settings of a production CMS kept to `dataDir`: fresh secrets, its database and outbox
 * there, and no .env (every setting comes from here, none from a developer's cms/.env).
 */
export function isolatedSettings(dataDir: string): Record<string, string> {
  return {
    ...productionSecrets(),
    ENV_PATH: path.join(dataDir, 'absent.env'),
    DATA_DIR: dataDir,
    MAIL_OUTBOX_DIR: path.join(dataDir, 'outbox'),
    LOG_LEVEL: 'error',
  };
}

/**
 * Runs a server command of the launcher (one exporting `run()`) as its npm script does, through
 * packages/launcher/run.cjs, in a child process with no environment of the parent's but PATH and
 * HOME, as a server's shell would: only `env` is added (pass ENV_PATH, or a developer's cms/.env
 * would fill in what a test leaves out).
 */
export function spawnEntry(entry: string, env: Record<string, string>) {
  return spawn(process.execPath, [path.join(ROOT, 'packages/launcher/run.cjs'), path.join(ROOT, entry)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...shellEnvironment(),
      STRAPI_TELEMETRY_DISABLED: 'true',
      ...env,
    },
  });
}

/** `npm run serve` expected to stop before serving: its exit code and what it wrote to stderr. */
export function runServe(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const child = spawnEntry('packages/launcher/src/serve.ts', env);
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // Not an assertion: a serve that wrongly starts must not outlive the test.
  const guard = setTimeout(() => child.kill('SIGTERM'), 60_000);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(guard);
      resolve({ code, stderr });
    });
  });
}

export interface ProductionCms {
  url: string;
  pid: number;
  /** What it printed so far (Strapi's log: errors behind a 500). */
  output(): string;
  /** Stops it with SIGTERM (SIGKILL: as a crash would), once; resolves when it has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** The CMS booted as `npm run serve` boots it (production-cms.ts), once it answers. */
export function startProductionCms(env: Record<string, string>): Promise<ProductionCms> {
  const child = spawnEntry('tests/integration/production/production-cms.ts', env);
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.startsWith('READY '));
      if (!line) return;
      const exited = new Promise<void>((done) => child.once('exit', () => done()));
      resolve({
        url: JSON.parse(line.slice('READY '.length)).url,
        pid: child.pid!,
        output: () => output,
        stop: (signal = 'SIGTERM') => {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          return exited;
        },
      });
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`the CMS exited (${code}) before it was ready:\n${output.slice(-4000)}`)));
  });
}
