import path from 'path';
import type { Core } from '@strapi/strapi';

/** The repository's git-ignored data directory: this file runs from cms/dist/config. */
const defaultDataDir = path.resolve(__dirname, '..', '..', '..', 'data');

/**
 * Migrations (cms/database/migrations) are TypeScript like the rest of the app: Strapi runs the
 * compiled ones, from cms/dist/database/migrations, whether the app was compiled at start
 * (`npm start`) or by `npm run build` (`npm run serve`).
 */
const settings = { useTypescriptMigrations: true };

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const client = env('DATABASE_CLIENT', 'sqlite');
  const pool = { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10) };

  if (client === 'sqlite') {
    const dataDir = env('DATA_DIR', defaultDataDir);
    return {
      connection: {
        client: 'sqlite',
        connection: { filename: env('DATABASE_FILENAME', path.join(dataDir, 'cms.db')) },
        useNullAsDefault: true,
      },
      settings,
    };
  }

  if (client === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: {
          connectionString: env('DATABASE_URL'),
          host: env('DATABASE_HOST', '127.0.0.1'),
          port: env.int('DATABASE_PORT', 5432),
          database: env('DATABASE_NAME', 'reseau_epn'),
          user: env('DATABASE_USERNAME', 'postgres'),
          password: env('DATABASE_PASSWORD', ''),
          ssl: env.bool('DATABASE_SSL', false) && {
            rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
          },
          schema: env('DATABASE_SCHEMA', 'public'),
        },
        pool,
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      },
      settings,
    };
  }

  throw new Error(`Unsupported DATABASE_CLIENT "${client}": use "sqlite" (the default) or "postgres".`);
};

export default config;
