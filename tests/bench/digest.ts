/**
 * The digest's benchmark: `npx tsx tests/bench/digest.ts` (SUBSCRIBERS=10000, SAMPLE=500).
 *
 * Boots the CMS on a throw-away SQLite database (or PostgreSQL with DATABASE_CLIENT=postgres and
 * the usual DATABASE_* variables), publishes a realistic week (fiches in three languages, events,
 * forum, spaces), adds confirmed subscribers with mixed languages and interests, and runs a full
 * digest to an SMTP sink in a child process. Then the same run compiling the MJML for every
 * message, on a sample (extrapolated: at tens of milliseconds a compile, 10,000 would take
 * minutes). Prints a table; never fails a build.
 */
import { execSync, fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import type { DigestContent } from '../../plugins/digest/server/src/digest/content';
import { compileLetter } from '../../plugins/digest/server/src/digest/letter';
import { normaliseInterests, selectItems } from '../../plugins/digest/server/src/digest/selection';
import type { RunnerService } from '../../plugins/digest/server/src/services/runner';
import { boot, measure, type Cms } from './digest-cms';
import type { MeasuredRun } from './digest-run';
import { benchTable, type BenchRow } from './table';
import { UIDS } from '@reseau-epn/platform';

const SUBSCRIBERS = Number(process.env.SUBSCRIBERS ?? 10_000);
const SAMPLE = Number(process.env.SAMPLE ?? 500);
/** The baseline that records each message in its own commit, as the runs did before issue 13. */
const RECORD_SAMPLE = Math.min(SUBSCRIBERS, Number(process.env.RECORD_SAMPLE ?? 2000));
const ABONNE = UIDS.abonne;
const SECTIONS = ['fiches', 'calendar', 'forum', 'spaces'];

interface SinkStats {
  messages: number;
  bytes: number;
  recipients: number;
  duplicates: number;
}

function startSink(): Promise<{ child: ChildProcess; port: number; stats(): Promise<SinkStats>; reset(): Promise<void> }> {
  const child = fork(path.join(import.meta.dirname, 'digest-smtp-sink.ts'), { execArgv: ['--import', 'tsx'] });
  const ask = <T>(type: string) =>
    new Promise<T>((resolve) => {
      const listener = (message: { type: string } & T) => {
        if (message.type === type) {
          child.off('message', listener);
          resolve(message);
        }
      };
      child.on('message', listener);
      child.send({ type });
    });
  return new Promise((resolve) => {
    child.once('message', (message: { port: number }) =>
      resolve({ child, port: message.port, stats: () => ask<SinkStats>('stats'), reset: () => ask<void>('reset') }),
    );
  });
}

const id = () => randomBytes(4).toString('hex');

/** A week of the network: what a letter usually holds. */
async function publishWeek(cms: Cms): Promise<string[]> {
  const categories: string[] = [];
  for (const name of ['Réseau', 'Sécurité', 'Logiciels libres']) {
    const suffix = id();
    const category = await cms.strapi.documents(UIDS.categorie).create({ locale: 'fr', data: { name: `${name} ${suffix}`, slug: `bench-${suffix}` } });
    for (const locale of ['br', 'en'])
      await cms.strapi
        .documents(UIDS.categorie)
        .update({ documentId: category.documentId, locale, data: { name: `${name} ${locale}`, slug: `bench-${locale}-${suffix}` } });
    categories.push(category.documentId);
  }
  for (let i = 0; i < 8; i += 1) {
    const suffix = id();
    const data = (locale: string) => ({
      title: `Fiche ${i + 1} : configurer le poste public (${locale})`,
      slug: `bench-fiche-${locale}-${suffix}`,
      summary: 'Un pas-à-pas pour que chaque session reparte d’un poste propre, sans droits d’administration ni traces de la personne précédente.',
      category: categories[i % categories.length],
    });
    const fiche = await cms.strapi.documents(UIDS.fiche).create({ locale: 'fr', status: 'published', data: data('fr') });
    for (const locale of i % 2 === 0 ? ['br', 'en'] : ['en'])
      await cms.strapi.documents(UIDS.fiche).update({ documentId: fiche.documentId, locale, status: 'published', data: data(locale) });
  }
  const espace = await cms.strapi.documents(UIDS.espace).create({
    locale: 'fr',
    status: 'published',
    data: {
      name: `Médiathèque ${id()}`,
      slug: `bench-espace-${id()}`,
      type: 'mediatheque',
      address: '2 place de la Mairie',
      postalCode: '29800',
      commune: 'Landerneau',
      inseeCode: '29103',
      intercommunality: 'landerneau_daoulas',
    },
  });
  for (let i = 0; i < 6; i += 1) {
    const startsAt = new Date(Date.now() + (i + 1) * 2 * 86_400_000);
    const event = {
      title: `Atelier ${i + 1} : premiers pas avec la messagerie`,
      slug: `bench-event-${id()}`,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(),
      // The schema's default, which the generated input type asks for.
      eventStatus: 'prevu' as const,
      place: espace.documentId,
      category: categories[i % categories.length],
    };
    if (i % 2) await cms.strapi.documents(UIDS.formation).create({ locale: 'fr', status: 'published', data: { ...event, audience: 'animateurs' } });
    else await cms.strapi.documents(UIDS.atelier).create({ locale: 'fr', status: 'published', data: { ...event, audience: 'tout_public' } });
  }
  for (let i = 0; i < 3; i += 1) {
    const sujet = await cms.strapi.documents(UIDS.sujet).create({
      data: { title: `Sujet ${i + 1} : imprimante partagée`, slug: `bench-sujet-${id()}`, state: 'publie', language: 'fr', category: categories[i] },
    });
    await cms.strapi
      .documents(UIDS.message)
      .create({ data: { topic: sujet.documentId, body: 'Qui a une solution ?', state: 'publie', opening: true, language: 'fr' } });
    for (let m = 0; m <= i; m += 1)
      await cms.strapi.documents(UIDS.message).create({ data: { topic: sujet.documentId, body: 'Réponse', state: 'publie', language: 'fr' } });
  }
  return categories;
}

/** Confirmed subscribers in bulk: 70 % French, 15 % Breton, 15 % English; 40 % with narrower interests. */
async function addSubscribers(cms: Cms, count: number, categories: string[]) {
  const rows = [];
  for (let i = 0; i < count; i += 1) {
    const language = i % 20 < 14 ? 'fr' : i % 20 < 17 ? 'br' : 'en';
    const narrow = i % 5 < 2;
    rows.push({
      documentId: `bench${i.toString(36).padStart(19, '0')}`,
      email: `lecteur.${i}@bench.example`,
      language,
      confirmed: true,
      confirmedAt: new Date(),
      preferences: narrow
        ? { sections: SECTIONS.filter((_, s) => (i + s) % 3 !== 0), categories: [categories[i % categories.length]] }
        : { sections: SECTIONS, categories: [] },
    });
  }
  // The query engine in bulk: ten thousand Document Service creates would measure the set-up, not the run.
  for (let i = 0; i < rows.length; i += 500) await cms.strapi.db.query(ABONNE).createMany({ data: rows.slice(i, i + 500) });
}

/**
 * The personalisation alone, without SMTP or database: the French letter for the sample's
 * subscribers, from the letter compiled once, and compiled for each of them.
 */
async function renderOnly(cms: Cms, issueKey: string, count: number) {
  const issue = await cms.strapi.db.query(UIDS.digestIssue).findOne({ where: { issueKey } });
  const content = issue.content.fr as DigestContent;
  const subscribers: { preferences: unknown }[] = await cms.strapi.db
    .query(ABONNE)
    .findMany({ where: { language: 'fr' }, select: ['preferences'], limit: count });
  const links = { webUrl: 'https://site.example/lettres/x/', subscribeUrl: 'https://site.example/lettre/' };
  const slots = {
    preferencesUrl: 'https://site.example/lettre/preferences/?token=abc',
    unsubscribeUrl: 'https://cms.example/api/digest/unsubscribe?token=abc',
  };
  let started = performance.now();
  const once = await compileLetter(content, links);
  for (const subscriber of subscribers) once.render(selectItems(content, normaliseInterests(subscriber.preferences)), slots);
  const onceMs = (performance.now() - started) / subscribers.length;
  started = performance.now();
  for (const subscriber of subscribers) {
    const items = selectItems(content, normaliseInterests(subscriber.preferences));
    (await compileLetter({ ...content, items }, links)).render(items, slots);
  }
  const eachMs = (performance.now() - started) / subscribers.length;
  return { onceMs, eachMs, count: subscribers.length };
}

const mb = (bytes: number) => `${Math.round(bytes / 1_048_576)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * The whole run, as a server would send it: a CMS started afresh on the benchmark's database in
 * a process of its own (digest-run.ts), this one idle meanwhile.
 */
function runFresh(issueKey: string): Promise<MeasuredRun> {
  const runner = path.join(import.meta.dirname, '../../packages/launcher/run.cjs');
  // execArgv empty: not this process's tsx flags, which would put the hook back in the child.
  const child = fork(runner, [path.join(import.meta.dirname, 'digest-run.ts'), issueKey], { execArgv: [] });
  return new Promise((resolve, reject) => {
    child.once('message', (run: MeasuredRun) => resolve(run));
    child.once('exit', (code) => reject(new Error(`the digest's measured run exited with ${code}`)));
  });
}

const TARGET_RATE = 500;
const TARGET_RSS = 400 * 1_048_576;

/**
 * The benchmark's rows for `npm run bench` (and its own detailed table on stdout): one full run
 * to the SMTP sink, the per-message compile baseline on a sample, and the personalisation alone.
 */
export async function digestBench(): Promise<BenchRow[]> {
  if (!process.env.DIGEST_BENCH_SKIP_BUILD) execSync('npm run build --workspaces --if-present --silent', { stdio: 'inherit' });
  const sink = await startSink();
  process.env.SMTP_HOST = '127.0.0.1';
  process.env.SMTP_PORT = String(sink.port);
  const cms = await boot();
  const runner = cms.strapi.plugin('digest').service('runner') as RunnerService;

  const categories = await publishWeek(cms);
  await addSubscribers(cms, SUBSCRIBERS, categories);

  const fullKey = `bench-${id()}`;
  const full = await runFresh(fullKey);
  const { connections, rssBefore: baselineRss, phases: fullPhases } = full;
  const fullSink = await sink.stats();

  // The baselines on samples: only the first subscribers stay confirmed.
  const keepFirst = (count: number) =>
    cms.strapi.db
      .query(ABONNE)
      .updateMany({ where: { email: { $notIn: Array.from({ length: count }, (_, i) => `lecteur.${i}@bench.example`) } }, data: { confirmed: false } });
  await keepFirst(RECORD_SAMPLE);
  const each = await measure(() => runner.run({ issueKey: `bench-each-${id()}`, recordEach: true }));
  await keepFirst(SAMPLE);
  await sink.reset();
  const naive = await measure(() => runner.run({ issueKey: `bench-naive-${id()}`, compilePerMessage: true }));
  const naiveSink = await sink.stats();

  const render = await renderOnly(cms, fullKey, SAMPLE);
  const fullRate = (full.result.sent / full.ms) * 1000;
  const eachRate = (each.result.sent / each.ms) * 1000;
  const cpuPerMessage = (run: { cpuMs: number; result: { sent: number } }) => `${((run.cpuMs / Math.max(1, run.result.sent)) * 1000).toFixed(0)} µs`;
  const naiveRate = (naive.result.sent / naive.ms) * 1000;
  const heap = full.memory.atPeak;
  const rows = [
    ['', 'compiled once per language', 'compiled per message'],
    ['subscribers', String(SUBSCRIBERS), `${SAMPLE} (sample)`],
    ['messages sent', String(full.result.sent), String(naive.result.sent)],
    ['skipped (empty letter)', String(full.result.skipped), String(naive.result.skipped)],
    [
      'at the SMTP sink (distinct, twice)',
      `${fullSink.messages} (${fullSink.recipients}, ${fullSink.duplicates})`,
      `${naiveSink.messages} (${naiveSink.recipients}, ${naiveSink.duplicates})`,
    ],
    [
      'average message',
      `${Math.round(fullSink.bytes / Math.max(1, fullSink.messages) / 1024)} KB`,
      `${Math.round(naiveSink.bytes / Math.max(1, naiveSink.messages) / 1024)} KB`,
    ],
    ['total time', seconds(full.ms), `${seconds(naive.ms)} → ${seconds((naive.ms * SUBSCRIBERS) / SAMPLE)} for ${SUBSCRIBERS} (extrapolated)`],
    ['messages / s', fullRate.toFixed(0), naiveRate.toFixed(1)],
    ['CPU of the CMS process per message', cpuPerMessage(full), cpuPerMessage(naive)],
    ['main thread busy (event loop utilisation)', `${Math.round(full.mainThreadBusy * 100)} %`, `${Math.round(naive.mainThreadBusy * 100)} %`],
    [
      `records one commit per message (${RECORD_SAMPLE}, before)`,
      `${eachRate.toFixed(0)} msg/s, ${cpuPerMessage(each)} CPU / message, peak RSS ${mb(each.memory.peakRss)}`,
      '',
    ],
    ['peak RSS (process, Strapi included)', mb(full.memory.peakRss), mb(naive.memory.peakRss)],
    ['  at that peak: heap used / heap total / external', `${mb(heap.heapUsed)} / ${mb(heap.heapTotal)} / ${mb(heap.external)}`, ''],
    ['VmHWM (kernel peak, boot and set-up included)', mb(full.memory.hwm), ''],
    ['RSS before the run', mb(baselineRss), ''],
    ['throughput ratio (whole run)', `${(fullRate / naiveRate).toFixed(1)} ×`, ''],
    [`personalisation alone (${render.count} letters)`, `${(render.onceMs * 1000).toFixed(0)} µs / message`, `${render.eachMs.toFixed(1)} ms / message`],
    ['personalisation ratio', `${(render.eachMs / render.onceMs).toFixed(0)} ×`, ''],
    ...fullPhases.map(([name, phase]) => [
      `  ${name} (${phase.calls} calls)`,
      `${seconds(phase.ms)} (${((phase.ms / full.ms) * 100).toFixed(0)} % of the run)`,
      '',
    ]),
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const heapLimit = Math.round(v8.getHeapStatistics().heap_size_limit / 1_048_576);
  console.log(
    `\nDigest benchmark — ${process.env.DATABASE_CLIENT ?? 'sqlite'}, ${connections} SMTP connections, no rate limit, Node ${process.version}, V8 heap limit ${heapLimit} MB, ${os.cpus().length} cores\n`,
  );
  for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c])).join('  │  '));

  sink.child.send({ type: 'close' });
  const peak = Math.max(full.memory.peakRss, full.memory.hwm);
  return [
    {
      area: 'digest',
      measure: `weekly letter, ${SUBSCRIBERS} subscribers, end to end (SQLite, delivery records)`,
      value: `${fullRate.toFixed(0)} msg/s (${seconds(full.ms)})`,
      target: `≥ ${TARGET_RATE} msg/s`,
      met: fullRate >= TARGET_RATE,
      note: `records one commit per message (before): ${eachRate.toFixed(0)} msg/s on ${RECORD_SAMPLE}`,
    },
    {
      area: 'digest',
      measure: 'peak RSS of the CMS process running it',
      value: mb(peak),
      target: `< ${mb(TARGET_RSS)}`,
      met: peak < TARGET_RSS,
      note: `V8 heap limit ${heapLimit} MB; RSS before the run ${mb(baselineRss)}`,
    },
    {
      area: 'digest',
      measure: 'personalisation vs compiling the MJML per message',
      value: `${(render.onceMs * 1000).toFixed(0)} µs vs ${render.eachMs.toFixed(1)} ms`,
      target: '',
    },
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  digestBench().then(
    (rows) => {
      console.log(`\n${benchTable(rows)}`);
      process.exit(0);
    },
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
