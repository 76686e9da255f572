import pg from 'pg';

/** Where a PostgreSQL server is reached: the machine's own unless TEST_POSTGRES_* say otherwise. */
export interface PostgresServer {
  host: string;
  port: number;
  user: string;
  password: string;
}

/** The server test:postgres and the topology test create their throw-away databases on. */
export const TEST_POSTGRES: PostgresServer = {
  host: process.env.TEST_POSTGRES_HOST ?? '127.0.0.1',
  port: Number(process.env.TEST_POSTGRES_PORT ?? 5432),
  user: process.env.TEST_POSTGRES_USER ?? 'postgres',
  password: process.env.TEST_POSTGRES_PASSWORD ?? '',
};

/**
 * One connection to `database` for the time of `run`, closed however it ends. The server's own
 * `postgres` database is where databases are created and dropped.
 */
export async function withPostgres<T>(database: string, run: (client: pg.Client) => Promise<T>, server: PostgresServer = TEST_POSTGRES): Promise<T> {
  const { host, port, user, password } = server;
  const client = new pg.Client({ host, port, user, password, database, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Why no test can run on PostgreSQL here, in one line; null when the server answers. */
export async function postgresUnreachable(server: PostgresServer = TEST_POSTGRES): Promise<string | null> {
  try {
    await withPostgres('postgres', (client) => client.query('select 1'), server);
    return null;
  } catch (error) {
    return `no PostgreSQL reachable at ${server.user}@${server.host}:${server.port} (${(error as Error).message})`;
  }
}

/** The CMS's settings for `database` on the test server (cms/config/database.ts reads them). */
export function postgresSettings(database: string, server: PostgresServer = TEST_POSTGRES): Record<string, string> {
  return {
    DATABASE_CLIENT: 'postgres',
    DATABASE_HOST: server.host,
    DATABASE_PORT: String(server.port),
    DATABASE_USERNAME: server.user,
    DATABASE_PASSWORD: server.password,
    DATABASE_NAME: database,
  };
}
