import { randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';

const SECRETS = ['API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'];
const secret = () => randomBytes(24).toString('base64');

/**
 * Writes a .env with fresh random secrets when none exists, so that no secret is ever committed
 * and a newcomer has nothing to configure. Returns whether it wrote one.
 */
export function ensureEnvFile(file: string): boolean {
  if (existsSync(file)) return false;
  const lines = [
    '# Written by `npm start` on first run: random secrets for this machine only. Never commit it.',
    `APP_KEYS=${[secret(), secret(), secret(), secret()].join(',')}`,
    ...SECRETS.map((key) => `${key}=${secret()}`),
    '',
  ];
  writeFileSync(file, lines.join('\n'), { mode: 0o600 });
  return true;
}
