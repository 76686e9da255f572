/**
 * A publication on the live site at 5,000 fiches: `npx tsx tests/bench/site/incremental.ts`
 * (options: --fiches 5000 --events 500 --spaces 300). Builds the generated site whole, then, for
 * a fiche edited in every language, a new fiche and an edited event, the snapshot as the CMS would
 * export it after the publication is built incrementally over the live build (site/src/lib/build-scope.ts),
 * precompressed, swapped in as the launcher does, and fetched from a static server until the
 * new page answers: the time from the snapshot change to the page served, next to the full
 * build's time in the same run. A benchmark: it prints figures and never fails on them.
 */
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Snapshot } from '@reseau-epn/platform';
import { serveStatic } from '../../../site/scripts/static-server';
import { buildSite } from '../../helpers/site-build';
import { applyChanges, type SnapshotChange } from '../../helpers/snapshot-changes';
import { benchTable, type BenchRow } from '../table';
import { generateSnapshot, type CorpusOptions } from './corpus';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const SITE_NOW = '2026-11-25T09:00:00Z';
const TARGET_S = 15;

/** Each publication, and the page that must show it. */
const PUBLICATIONS: { change: SnapshotChange; label: string; page: (s: Snapshot) => { url: string; text: string } }[] = [
  { change: 'edit-fiche', label: 'a fiche edited (fr, br, en)', page: (s) => ficheOf(s, (f) => f.documentId === translated(s)) },
  { change: 'new-fiche', label: 'a new fiche', page: (s) => ficheOf(s, (f) => f.documentId === 'nouvellefichedetestxxxxx') },
  { change: 'edit-event', label: 'an event edited', page: (s) => eventOf(s) },
];

type Entry = Record<string, unknown> & { documentId: string };
const entries = (s: Snapshot, name: string, locale = 'fr') => (s.collections as unknown as Record<string, Record<string, Entry[]>>)[name]![locale] ?? [];
const translated = (s: Snapshot) => entries(s, 'fiches', 'br')[0]?.documentId ?? entries(s, 'fiches')[0]!.documentId;
function ficheOf(s: Snapshot, pick: (f: Entry) => boolean) {
  const fiche = entries(s, 'fiches').find(pick)!;
  return { url: `/fiches/${String(fiche.slug)}/`, text: String(fiche.title) };
}
function eventOf(s: Snapshot) {
  const event = entries(s, 'ateliers')[0]!;
  return { url: `/calendrier/ateliers/${String(event.slug)}/`, text: String(event.title) };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Fetches `url` until it carries `text` (the swap is atomic: one fetch suffices, this checks it). */
async function served(base: string, url: string, text: string): Promise<boolean> {
  const html = await (await fetch(`${base}${url}`)).text();
  // As Astro escapes text: a title's apostrophe is &#39; in the page.
  const escaped = text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
  return html.includes(escaped);
}

export async function benchIncremental(counts: CorpusOptions = { fiches: 5000, events: 500, spaces: 300 }, log = console.log): Promise<BenchRow[]> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'reseau-epn-incremental-'));
  mkdirSync(path.join(ROOT, 'site', '.builds'), { recursive: true });
  const builds = mkdtempSync(path.join(ROOT, 'site', '.builds', 'incremental-bench-'));
  const live = path.join(builds, 'dist');
  const cacheDir = path.join(builds, 'cache');
  const env = { NODE_OPTIONS: '--max-old-space-size=8192' };
  const rows: BenchRow[] = [];
  const { server, url: base } = await serveStatic(path.join(live, 'client'));
  try {
    const fixture = JSON.parse(readFileSync(path.join(ROOT, 'tests', 'fixtures', 'site-snapshot.json'), 'utf8')) as Snapshot;
    let snapshot = generateSnapshot(fixture, counts);
    const snapshotFile = path.join(work, 'snapshot.json');
    writeFileSync(snapshotFile, JSON.stringify(snapshot));
    log(`Full build: ${counts.fiches} fiches, ${counts.events} events, ${counts.spaces} spaces…`);
    let started = performance.now();
    await buildSite({ snapshot: snapshotFile, outDir: live, cacheDir, siteNow: SITE_NOW, env });
    const fullMs = performance.now() - started;
    rows.push({ area: 'publication', measure: 'full build (with .br/.gz), for comparison', value: seconds(fullMs), target: '' });

    for (const publication of PUBLICATIONS) {
      snapshot = applyChanges(snapshot, [publication.change]);
      writeFileSync(snapshotFile, JSON.stringify(snapshot));
      const { url, text } = publication.page(snapshot);
      log(`Incremental build: ${publication.label}…`);
      started = performance.now();
      const next = `${live}-next`;
      await buildSite({ snapshot: snapshotFile, outDir: next, base: live, cacheDir, siteNow: SITE_NOW, env });
      rmSync(`${live}-old`, { recursive: true, force: true });
      renameSync(live, `${live}-old`);
      renameSync(next, live);
      const shown = await served(base, url, text);
      const elapsed = performance.now() - started;
      rmSync(`${live}-old`, { recursive: true, force: true });
      rows.push({
        area: 'publication',
        measure: `${publication.label}: snapshot change to page served`,
        value: `${seconds(elapsed)} (${(fullMs / elapsed).toFixed(1)}× faster than full)${shown ? '' : ' NOT SHOWN'}`,
        target: `≤ ${TARGET_S} s`,
        met: shown && elapsed <= TARGET_S * 1000,
        note: 'without the CMS: the snapshot fetch (about the same for both kinds of build) and the launcher’s debounce are not counted',
      });
    }
  } finally {
    server.close();
    rmSync(work, { recursive: true, force: true });
    rmSync(builds, { recursive: true, force: true });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { fiches: { type: 'string', default: '5000' }, events: { type: 'string', default: '500' }, spaces: { type: 'string', default: '300' } },
  });
  benchIncremental({ fiches: Number(values.fiches), events: Number(values.events), spaces: Number(values.spaces) })
    .then((rows) => {
      console.log(`\n${benchTable(rows)}`);
      for (const row of rows) if (row.note) console.log(`- ${row.measure}: ${row.note}`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
