/**
 * The network under load through its reverse proxy: `npx tsx tests/bench/region.ts`
 * (BENCH_REGION_SECONDS=10, BENCH_REGION_CONNECTIONS=10).
 *
 * Brings up the deployment of README › « Running for a whole region » on loopback, seeded
 * (tests/integration/topology/region.ts: nginx over TLS, two CMS instances on PostgreSQL, the
 * site builder, an SMTP server), then runs autocannon through nginx on what visitors and the
 * site ask most: the public list of 25 fiches, a fiche page's API call (the site's populate),
 * the search index's entry file (static, from the last build) and a registration form post.
 * Then the list again while one instance is killed halfway: what the proxy's retry leaves to
 * visitors. Prints requests/s, p50/p99, errors and each instance's RSS; never fails a build.
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { COLLECTIONS, populateParams, UIDS } from '@reseau-epn/platform';
import { sampleData } from '../helpers/fixtures';
import { CMS_HOST, SITE_HOST, startRegion, type Region } from '../integration/topology/region';
import { benchTable, mb, ms, type BenchRow } from './table';

const SECONDS = Number(process.env.BENCH_REGION_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_REGION_CONNECTIONS ?? 10);

/** Resident memory of a process, from /proc (Linux). */
const rss = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? Number.NaN) * 1024;

interface Load {
  host: string;
  path: string;
  method?: 'GET' | 'POST';
  body?: (i: number) => string;
}

async function load(region: Region, { host, path, method = 'GET', body }: Load, seconds = SECONDS, during?: () => void): Promise<autocannon.Result> {
  let i = 0;
  const run = autocannon({
    url: `https://127.0.0.1:${region.httpsPort}${path}`,
    servername: host,
    connections: CONNECTIONS,
    duration: seconds,
    method,
    headers: { host: `${host}:${region.httpsPort}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body
      ? {
          // A new body for each request: every registration is a new person.
          requests: [{ method, setupRequest: (request: autocannon.Request) => ({ ...request, body: body((i += 1)) }) }],
        }
      : {}),
  } as autocannon.Options);
  if (during) setTimeout(during, (seconds * 1000) / 2);
  return run;
}

function rows(name: string, result: autocannon.Result): BenchRow[] {
  const errors = result.errors + result.timeouts + result.non2xx;
  return [
    { area: 'region', measure: `${name}: requests/s through nginx (TLS)`, value: `${Math.round(result.requests.average)} req/s`, target: '' },
    { area: 'region', measure: `${name}: latency p50 / p99`, value: `${ms(result.latency.p50)} / ${ms(result.latency.p99)}`, target: '' },
    {
      area: 'region',
      measure: `${name}: errors (connection, timeout, non-2xx)`,
      value: `${errors} of ${result.requests.total}`,
      target: '0',
      met: errors === 0,
    },
  ];
}

export async function benchRegion(): Promise<BenchRow[]> {
  console.log('Starting nginx, two CMS instances on PostgreSQL (seeded), the site builder…');
  const region = await startRegion({ REQUESTS_RATE_LIMIT_MAX: '100000000', LOG_LEVEL: 'error' }, { seed: true });
  const out: BenchRow[] = [];
  try {
    const list = new URLSearchParams({ locale: 'fr', 'pagination[pageSize]': '25' });
    const fiches = (await region.call(CMS_HOST, `/api/fiches?${list}`)).json().data as { slug: string }[];
    const page = new URLSearchParams({ locale: 'fr', 'filters[slug][$eq]': fiches[0]!.slug });
    for (const [key, value] of populateParams(COLLECTIONS.fiches)) page.set(key, value);
    const created = await region.call(CMS_HOST, `/content-manager/collection-types/${UIDS.atelier}?locale=fr`, {
      token: region.adminToken,
      body: { ...sampleData(UIDS.atelier), registrationsOpen: true, capacity: 1_000_000, registrationLimit: 1 },
    });
    const atelier = created.json().data.documentId as string;
    await region.call(CMS_HOST, `/content-manager/collection-types/${UIDS.atelier}/${atelier}/actions/publish?locale=fr`, {
      token: region.adminToken,
      body: {},
    });

    const loads: [string, Load][] = [
      ['list of 25 fiches', { host: CMS_HOST, path: `/api/fiches?${list}` }],
      ['a fiche page’s API call', { host: CMS_HOST, path: `/api/fiches?${page}` }],
      ['search index entry (static)', { host: SITE_HOST, path: '/search/fr.json' }],
      [
        'registration form post',
        {
          host: CMS_HOST,
          path: '/api/inscriptions/demandes',
          method: 'POST',
          body: (i) =>
            JSON.stringify({
              locale: 'fr',
              kind: 'atelier',
              event: atelier,
              name: 'Charge Test',
              email: `charge-${i}-${Date.now()}@usager.example`,
              places: '1',
              website: '',
            }),
        },
      ],
    ];
    for (const [name, request] of loads) {
      console.log(`autocannon ${SECONDS} s × ${CONNECTIONS} connections: ${name}`);
      out.push(...rows(name, await load(region, request)));
    }
    const [first, second] = region.instances;
    out.push({ area: 'region', measure: 'RSS of each CMS instance after the runs', value: `${mb(rss(first!.pid))} / ${mb(rss(second!.pid))}`, target: '' });

    console.log(`autocannon ${SECONDS} s: list of 25 fiches, one instance killed (SIGKILL) halfway`);
    const failover = await load(region, loads[0]![1], SECONDS, () => void second!.stop('SIGKILL'));
    out.push(...rows('list of 25 fiches, one instance killed halfway', failover));
  } finally {
    await region.stop();
  }
  console.log(`\n${benchTable(out)}`);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchRegion().then(
    () => process.exit(0),
    (error: Error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
