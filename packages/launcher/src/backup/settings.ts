import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CMS_DIR } from '../paths';

interface Dotenv {
  parse(source: string): Record<string, string>;
}

/**
 * The dotenv Strapi itself reads cms/.env with (@strapi/core's dependency), found through the
 * CMS's Strapi, so quoting, comments and multi-line values mean the same here as in the CMS.
 */
function strapiDotenv(): Dotenv {
  const cmsRequire = createRequire(path.join(CMS_DIR, 'package.json'));
  const strapiRequire = createRequire(cmsRequire.resolve('@strapi/strapi/package.json'));
  const coreRequire = createRequire(strapiRequire.resolve('@strapi/core/package.json'));
  return coreRequire('dotenv') as Dotenv;
}

/** The settings file the CMS loads: ENV_PATH (relative to cms/, where the CMS runs) or cms/.env. */
export function settingsFile(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(CMS_DIR, env.ENV_PATH || '.env');
}

/**
 * What the CMS would see: the settings file under the process's own environment, which wins as
 * it does in Strapi (dotenv never overrides a variable already set).
 */
export function cmsEnvironment(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const file = settingsFile(env);
  const fromFile = existsSync(file) ? strapiDotenv().parse(readFileSync(file, 'utf8')) : {};
  return { ...fromFile, ...env };
}
