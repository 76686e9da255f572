/**
 * `npm test`: every project of tests/vitest.config.mts, in two vitest processes side by side.
 *
 * Vitest gives one worker to a group of projects that each allow one (ours must: one Strapi per
 * run, one Chromium), so in a single process the projects ran one after the other, one core idle
 * (on the 2-core CI machine, 39 minutes). Two processes run two chains at once:
 *  - the CMS chain: e2e-admin, then integration: the admin bundle's build writes cms/dist, so they
 *    stay in one process, in that order.
 *  - the site chain: unit, then site (the fixture site built once, Chromium, axe-core); its few
 *    CMSes (the e2e forms' child processes) boot from cms/dist as compiled.
 * The workspaces are built once before (SKIP_WORKSPACE_BUILD=true skips it, as CI does after
 * `npm ci`). Every CMS the run boots (in-process, in child processes, on SQLite or PostgreSQL)
 * goes through the launcher's compileCms: the first one, or the admin bundle's build, compiles
 * cms/dist under a lock, and the others wait, then write nothing there.
 * `--chain cms` or `--chain site` runs one chain only (`.ci/run` follows each with more suites),
 * passing what follows to its vitest (`--chain cms --exclude <glob>`); other arguments (files,
 * `--project`, …) run one plain vitest instead, as before.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const VITEST = path.join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
const CONFIG = ['--config', 'tests/vitest.config.mts'];

const CHAINS = [
  { name: 'cms', projects: ['e2e-admin', 'integration'] },
  { name: 'site', projects: ['unit', 'site'] },
] as const;

function runVitest(args: string[], prefix?: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [VITEST, 'run', ...CONFIG, ...args], {
      cwd: ROOT,
      env: { ...process.env, SKIP_WORKSPACE_BUILD: 'true' },
      stdio: prefix ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    if (prefix) {
      // Line by line, each with its chain's name: the two outputs interleave readably.
      for (const stream of [child.stdout!, child.stderr!]) {
        let rest = '';
        stream.on('data', (chunk: Buffer) => {
          const lines = (rest + chunk.toString()).split('\n');
          rest = lines.pop() ?? '';
          for (const line of lines) (stream === child.stderr ? process.stderr : process.stdout).write(`${prefix} ${line}\n`);
        });
        stream.on('end', () => rest && process.stdout.write(`${prefix} ${rest}\n`));
      }
    }
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/**
 * The chains `--chain <name>` asks for (every chain without it), with the vitest arguments that
 * follow the name (`.ci/run` excludes the files it runs in its other lane), or why the name is wrong.
 */
function chosenChains(args: string[]): { chains: (typeof CHAINS)[number][]; extra: string[] } | string {
  if (args.length === 0) return { chains: [...CHAINS], extra: [] };
  const chain = args[0] === '--chain' ? CHAINS.find(({ name }) => name === args[1]) : undefined;
  return chain ? { chains: [chain], extra: args.slice(2) } : `--chain comes first, and takes one of ${CHAINS.map(({ name }) => name).join(', ')}`;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const chosen = args.length === 0 || args.includes('--chain') ? chosenChains(args) : null;
  if (chosen === null) return runVitest(args);
  if (typeof chosen === 'string') {
    console.error(chosen);
    return 2;
  }
  const { chains, extra } = chosen;

  if (process.env.SKIP_WORKSPACE_BUILD !== 'true') {
    console.log('▶ Construction des workspaces (npm run build --workspaces)…');
    const build = spawnSync('npm', ['run', 'build', '--workspaces', '--if-present', '--silent'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) return build.status ?? 1;
  }

  const started = Date.now();
  const results = await Promise.all(
    chains.map(async ({ name, projects }) => {
      const code = await runVitest(
        [...projects.flatMap((project) => ['--project', project]), ...extra],
        // Alone, a chain's lines need no name (.ci/run names its steps itself).
        chains.length > 1 ? `[${name}]` : undefined,
      );
      return { name, projects, code, seconds: Math.round((Date.now() - started) / 1000) };
    }),
  );
  console.log('');
  for (const { name, projects, code, seconds } of results) {
    console.log(`npm test, chain ${name} (${projects.join(', ')}): ${code === 0 ? 'passed' : `FAILED (exit ${code})`} after ${seconds} s`);
  }
  return results.some(({ code }) => code !== 0) ? 1 : 0;
}

main().then((code) => process.exit(code));
