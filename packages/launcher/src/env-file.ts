import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseEnv } from 'node:util';

const SECRETS = ['API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY', 'PREVIEW_SECRET'];
/**
 * Every secret cms/config reads (server.ts, admin.ts, users-permissions' JWT_SECRET): what
 * `npm start` writes, and what `npm run serve` requires. APP_KEYS holds several keys, comma-separated.
 */
export const REQUIRED_SECRETS: readonly string[] = ['APP_KEYS', ...SECRETS];
const secret = () => randomBytes(24).toString('base64');

/** The variables of a .env file, as Strapi's dotenv reads them; none when it does not exist. */
export function readEnvFile(file: string): Record<string, string | undefined> {
  return existsSync(file) ? parseEnv(readFileSync(file, 'utf8')) : {};
}

/**
 * Writes a .env with fresh random secrets when none exists, so that no secret is ever committed
 * and a newcomer has nothing to configure; an older .env gets the secrets added since. Returns
 * the names it wrote.
 */
export function ensureEnvFile(file: string): string[] {
  if (!existsSync(file)) {
    const lines = [
      '# Written by `npm start` on first run: random secrets for this machine only. Never commit it.',
      `APP_KEYS=${[secret(), secret(), secret(), secret()].join(',')}`,
      ...SECRETS.map((key) => `${key}=${secret()}`),
      '',
    ];
    writeFileSync(file, lines.join('\n'), { mode: 0o600 });
    return [...REQUIRED_SECRETS];
  }
  const present = new Set(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => line.split('=')[0].trim()),
  );
  const missing = SECRETS.filter((key) => !present.has(key));
  if (missing.length > 0) appendFileSync(file, `\n${missing.map((key) => `${key}=${secret()}`).join('\n')}\n`);
  return missing;
}
