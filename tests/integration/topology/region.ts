import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { SITE_DIR } from '../../../packages/launcher/src/paths';
import { postgresSettings, postgresUnreachable, withPostgres } from '../../helpers/postgres';
import { startInbox, type Inbox } from '../../helpers/smtp';
import { isolatedSettings, spawnEntry, startProductionCms, type ProductionCms } from '../production/production-child';
import { directCall, proxyClient, type ProxyAnswer, type ProxyCall, type ProxyRequest } from './proxy-client';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const TEMPLATE = path.join(ROOT, 'deploy', 'nginx', 'reseau-epn.conf.template');
export const SITE_HOST = 'www.reseau.test';
export const CMS_HOST = 'cms.reseau.test';
export const ADMIN = { email: 'exploitation@reseau.test', password: 'Topologie-Reseau-2026' };

/** Why the topology cannot run here (no nginx, no PostgreSQL), in one line; null when it can. */
export async function missingForRegion(): Promise<string | null> {
  if (!existsSync('/usr/sbin/nginx')) return 'nginx is not installed (apt-get install nginx; .ci/run does)';
  return postgresUnreachable();
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The repository's nginx template, filled in as README › « Running for a whole region » says, on loopback only. */
export function renderNginxSite(values: Record<string, string>): string {
  const text = readFileSync(TEMPLATE, 'utf8').replace(/\$\{([A-Z_0-9]+)\}/g, (whole, name: string) => {
    if (!(name in values)) throw new Error(`the nginx template names \${${name}}, which the test does not fill in`);
    return values[name]!;
  });
  // The test listens on 127.0.0.1 only: the IPv6 lines would listen on every interface.
  return text
    .split('\n')
    .filter((line) => !/^\s*listen \[::\]/.test(line))
    .join('\n');
}

/** A process of the region, with what it printed. */
export interface Child {
  process: ChildProcess;
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

function watch(child: ChildProcess): Child {
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    process: child,
    output: () => output,
    stop: (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Polls `read` until it gives something truthy (or throws after `timeoutMs`, with `describe()`'s end). */
async function until<T>(what: string, read: () => Promise<T> | T, timeoutMs: number, describe: () => string = () => ''): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await Promise.resolve()
      .then(read)
      .catch(() => null);
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${describe().slice(-4000)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export interface Region {
  /** HTTPS through nginx, by host name (SITE_HOST, CMS_HOST). */
  call: ProxyCall;
  /** nginx's plain HTTP port (redirects only). */
  httpPort: number;
  httpsPort: number;
  /** The CMS instances, each reached directly (for what a test must send to one of them). */
  instances: ProductionCms[];
  /** Plain HTTP to instance `index`, past the proxy. */
  direct(index: number, pathname: string, init?: ProxyRequest): Promise<ProxyAnswer>;
  builder: Child;
  nginx: Child;
  inbox: Inbox;
  adminToken: string;
  /** The finished builds the builder reported, so far. */
  builds(): number;
  /** Upstream addresses nginx sent each CMS request to, in order (its access log). */
  upstreams(): string[];
  databaseName: string;
  /** A statement on the region's database: what a test cannot do through the API (time passing). */
  sql(text: string, values?: unknown[]): Promise<unknown[]>;
  stop(): Promise<void>;
}

/** What a test may do through the proxy as the Super Admin before the builder starts (startRegion's `prepare`). */
export type RegionEditor = Pick<Region, 'call' | 'adminToken' | 'instances'>;

/**
 * The network as README › « Running for a whole region » deploys it, on this machine's loopback:
 * Debian's nginx with the repository's configuration (deploy/nginx) and a self-signed
 * certificate, two CMS instances in production mode on one fresh PostgreSQL database, the site
 * builder of its own (`npm run serve:builder`) told of publications by Strapi's webhooks, and an
 * SMTP server that receives every mail. The first instance starts alone and creates the tables,
 * as the README says to start the first one; the database starts empty, as a new network's does
 * (the test publishes what it needs: a seeded site would make each build a minute longer), or
 * seeded with `seed` (the load benchmark, tests/bench/region.ts). What `prepare` publishes is in
 * the builder's first build: a builder started after the editors' first publications (its webhooks
 * then met a closed port) builds everything the CMS has, and one build fewer waits for it.
 */
export async function startRegion(
  extraCmsEnv: Record<string, string> = {},
  { seed = false, prepare }: { seed?: boolean; prepare?: (editor: RegionEditor) => Promise<void> } = {},
): Promise<Region> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'reseau-epn-region-'));
  mkdirSync(path.join(SITE_DIR, '.builds'), { recursive: true });
  const siteDir = mkdtempSync(path.join(SITE_DIR, '.builds', 'region-'));
  const databaseName = `reseau_epn_region_${randomBytes(4).toString('hex')}`;
  await withPostgres('postgres', (client) => client.query(`create database ${databaseName}`));
  const started: { stop(): Promise<void> }[] = [];

  const stop = async () => {
    for (const child of started.reverse()) await child.stop().catch(() => undefined);
    await withPostgres('postgres', (client) => client.query(`drop database if exists ${databaseName} with (force)`)).catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
    rmSync(siteDir, { recursive: true, force: true });
  };

  try {
    const [cmsPort1, cmsPort2, builderPort, httpPort, httpsPort] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()]);
    const inbox = await startInbox();
    started.push({ stop: () => inbox.close() });

    const cert = path.join(work, 'cert.pem');
    const key = path.join(work, 'key.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=reseau.test',
        '-addext',
        `subjectAltName=DNS:${SITE_HOST},DNS:${CMS_HOST}`,
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    );
    const call = proxyClient(httpsPort, readFileSync(cert, 'utf8'));
    const cmsPublic = `https://${CMS_HOST}:${httpsPort}`;
    const sitePublic = `https://${SITE_HOST}:${httpsPort}`;

    // One set of settings for every instance: the same secrets, database and mail.
    const builderSecret = randomBytes(24).toString('base64');
    const cmsEnv = {
      ...isolatedSettings(path.join(work, 'data')),
      LOG_LEVEL: 'warn',
      ...postgresSettings(databaseName),
      PUBLIC_URL: cmsPublic,
      SITE_URL: sitePublic,
      TRUST_PROXY: '1',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(inbox.port),
      BUILDER_URL: `http://127.0.0.1:${builderPort}`,
      BUILDER_SECRET: builderSecret,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      ...extraCmsEnv,
    };

    const first = await startProductionCms({ ...cmsEnv, TEST_CMS_PORT: String(cmsPort1), SEED_ON_EMPTY: String(seed) });
    started.push(first);
    const second = await startProductionCms({ ...cmsEnv, TEST_CMS_PORT: String(cmsPort2) });
    started.push(second);

    const tmp = (name: string) => {
      const dir = path.join(work, 'nginx', name);
      mkdirSync(dir, { recursive: true });
      return dir;
    };
    const siteConf = path.join(work, 'nginx', 'reseau-epn.conf');
    tmp('');
    writeFileSync(
      siteConf,
      renderNginxSite({
        SITE_HOST,
        CMS_HOST,
        HTTP_PORT: `127.0.0.1:${httpPort}`,
        HTTPS_PORT: `127.0.0.1:${httpsPort}`,
        TLS_CERT: cert,
        TLS_KEY: key,
        SITE_ROOT: path.join(siteDir, 'dist', 'client'),
        CMS_PORT_1: String(cmsPort1),
        CMS_PORT_2: String(cmsPort2),
        BUILDER_PORT: String(builderPort),
      }),
    );
    const accessLog = path.join(work, 'nginx', 'access.log');
    const mainConf = path.join(work, 'nginx', 'nginx.conf');
    writeFileSync(
      mainConf,
      [
        'daemon off;',
        'worker_processes 1;',
        // As root (CI), the workers would otherwise be « nobody », who cannot read the test's files.
        ...(process.getuid?.() === 0 ? ['user root;'] : []),
        `pid ${path.join(work, 'nginx', 'nginx.pid')};`,
        'events { worker_connections 512; }',
        'http {',
        '  include /etc/nginx/mime.types;',
        '  default_type application/octet-stream;',
        ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${name}_temp_path ${tmp(name)};`),
        "  log_format region '$upstream_addr $status $request_method $uri';",
        `  access_log ${accessLog} region;`,
        `  include ${siteConf};`,
        '}',
        '',
      ].join('\n'),
    );
    execFileSync('/usr/sbin/nginx', ['-t', '-q', '-e', path.join(work, 'nginx', 'error.log'), '-p', path.join(work, 'nginx'), '-c', mainConf], {
      stdio: 'pipe',
    });
    const nginx = watch(
      spawn('/usr/sbin/nginx', ['-e', path.join(work, 'nginx', 'error.log'), '-p', path.join(work, 'nginx'), '-c', mainConf], {
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    started.push(nginx);

    const login = await until(
      'the admin login through the proxy',
      async () => {
        const answer = await call(CMS_HOST, '/admin/login', { body: ADMIN });
        return answer.status === 200 ? answer.json() : null;
      },
      30_000,
    );
    const adminToken: string = login.data.token;
    // What a self-hoster does once in Settings › API Tokens for the builder (deploy/builder.env.example).
    const created = await call(CMS_HOST, '/admin/api-tokens', {
      token: adminToken,
      body: { name: 'Constructeur du site', type: 'read-only', lifespan: null, description: 'npm run serve:builder' },
    });
    if (created.status !== 201) throw new Error(`API token refused: ${created.status} ${created.text}`);
    await prepare?.({ call, adminToken, instances: [first, second] });

    const builder = watch(
      spawnEntry('packages/launcher/src/builder/serve-builder.ts', {
        CMS_URL: first.url,
        CMS_TOKEN: created.json().data.accessKey,
        BUILDER_SECRET: builderSecret,
        BUILDER_PORT: String(builderPort),
        BUILDER_OUT_DIR: path.join(siteDir, 'dist'),
        PUBLIC_URL: cmsPublic,
        SITE_URL: sitePublic,
        SITE_CMS_PUBLIC_URL: cmsPublic,
        SITE_REBUILD_DELAY_MS: '1500',
        BUILDER_RETRY_MS: '2000',
      }),
    );
    started.push(builder);
    const builds = () =>
      builder
        .output()
        .split('\n')
        .filter((line) => line.startsWith('[site] construit')).length;
    await until('the builder’s first build', () => builds() >= 1, 600_000, builder.output);

    return {
      call,
      httpPort,
      httpsPort,
      instances: [first, second],
      direct: (index, pathname, init) => directCall([first, second][index]!.url, pathname, init),
      builder,
      nginx,
      inbox,
      adminToken,
      builds,
      upstreams: () =>
        readFileSync(accessLog, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => line.split(' ')[0]!),
      databaseName,
      sql: (text, values = []) => withPostgres(databaseName, async (client) => (await client.query(text, values)).rows),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

export { until };
