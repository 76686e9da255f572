import path from 'node:path';
import { readEnvFile } from '../env-file';
import { CMS_DIR } from '../paths';
import { secretProblemLine, secretProblems } from './secrets';

/**
 * The .env file Strapi will read: ENV_PATH (Strapi's own setting, relative to where npm was
 * run), else cms/.env. Made absolute in ENV_PATH, so that Strapi reads the very file checked
 * here whatever the working directory is when it is loaded.
 */
function envFile(): string {
  const file = process.env.ENV_PATH ? path.resolve(process.env.INIT_CWD ?? process.cwd(), process.env.ENV_PATH) : path.join(CMS_DIR, '.env');
  process.env.ENV_PATH = file;
  return file;
}

/**
 * Puts this process in production mode, before Strapi is loaded: NODE_ENV=production (Strapi's
 * production behaviour, no demo content unless SEED_ON_EMPTY=true, see
 * cms/src/bootstrap/seed-on-empty.ts), and every secret cms/config reads set to a real value, in
 * the environment or the .env file. Unlike `npm start`, nothing is generated: secrets made up on
 * a server would change at each fresh deployment and log everyone out, or differ between two
 * instances. Exits with 1 and one line per secret otherwise. Then works from cms/, as Strapi expects.
 */
export function enterProductionMode(): void {
  process.env.NODE_ENV = 'production';
  const file = envFile();
  const problems = secretProblems(process.env, readEnvFile(file));
  if (problems.length > 0) {
    console.error('Mode production : secrets absents ou d’exemple (ils ne sont jamais générés en production).');
    for (const problem of problems) console.error(secretProblemLine(problem, file));
    process.exit(1);
  }
  process.chdir(CMS_DIR);
}
