import { spawn } from 'node:child_process';
import path from 'node:path';

/**
 * What the site build may see of the CMS process's environment: the system's basics and the
 * site's own settings (SITE_URL, SITE_NOW, SITE_TILE_URL, SITE_CMS_PUBLIC_URL…, all SITE_*).
 * The CMS's secrets (APP_KEYS, the JWT secrets and salts, DATABASE_*, SMTP_*, PREVIEW_SECRET)
 * stay out: the build runs third-party code (Astro, Vite, their plugins) that has no use for
 * them. PREVIEW_SECRET included: the preview route is rendered in the CMS process, not by the build.
 */
const PASSED = new Set([
  'PATH',
  'HOME',
  'NODE_ENV',
  // A memory limit for large sites; whoever sets it controls the CMS process already.
  'NODE_OPTIONS',
  'TMPDIR',
  'TMP',
  'TEMP',
  'LANG',
  'LC_ALL',
  'LC_CTYPE',
  'TZ',
  'CI',
  'ASTRO_TELEMETRY_DISABLED',
  'NO_COLOR',
  'FORCE_COLOR',
]);
const PASSED_PREFIX = 'SITE_';

/** The build's environment: the allowed part of `source`, then `settings` (CMS_URL, CMS_TOKEN, ASTRO_CACHE_DIR…). */
export function siteBuildEnv(settings: Record<string, string>, source: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(source)) {
    if (value !== undefined && (PASSED.has(name) || name.startsWith(PASSED_PREFIX))) env[name] = value;
  }
  return { ...env, ...settings };
}

/** Runs a Node script (the Astro CLI) with the build's environment; resolves when it exits with 0. */
export function runSiteBuildProcess(
  script: string,
  args: string[],
  options: { cwd: string; settings: Record<string, string>; quiet?: boolean },
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: options.cwd,
      stdio: ['ignore', options.quiet ? 'ignore' : 'inherit', 'inherit'],
      env: siteBuildEnv(options.settings),
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(script)} ${args[0] ?? ''} exited with ${code}`))));
  });
}
