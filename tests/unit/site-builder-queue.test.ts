import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** What the fake Astro build saw: how many builds were writing at once, at most. */
const builds = { running: 0, most: 0, done: 0 };

// The Astro build and the compression, replaced by a build that writes one page slowly: what
// is tested is the builder's queue, which a real build would take a minute a turn to show.
vi.mock('../../packages/launcher/src/site-build-process', () => ({
  runSiteBuildProcess: async (_astro: string, args: string[]) => {
    const next = args[args.indexOf('--outDir') + 1];
    builds.running += 1;
    builds.most = Math.max(builds.most, builds.running);
    mkdirSync(path.join(next, 'client'), { recursive: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
    writeFileSync(path.join(next, 'client', 'index.html'), `build ${builds.done + 1}`);
    builds.running -= 1;
    builds.done += 1;
  },
}));
vi.mock('@reseau-epn/site/precompress', () => ({ precompress: async () => 0 }));

const { SiteBuilder } = await import('../../packages/launcher/src/site-builder');

/** A CMS that is never called: the fake build above reads nothing. */
const cms = { url: 'http://127.0.0.1:1', token: async () => 'jeton', adminOrigin: null };

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'site-builder-'));
  Object.assign(builds, { running: 0, most: 0, done: 0 });
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

describe('the launcher’s site builder', () => {
  it('should run builds asked for at once one after the other, each complete', async () => {
    const builder = new SiteBuilder(cms, { outDir: path.join(dir, 'dist'), quiet: true });

    await Promise.all([builder.build(), builder.build(), builder.build()]);

    expect({ most: builds.most, done: builds.done }).toEqual({ most: 1, done: 3 });
    expect(readdirSync(dir).sort()).toEqual(['dist']);
  });

  it('should not start a scheduled rebuild while a build asked for directly is under way', async () => {
    const builder = new SiteBuilder(cms, { outDir: path.join(dir, 'dist'), debounceMs: 10, quiet: true });

    const first = builder.build();
    builder.schedule();
    await first;
    await builder.idle();

    expect({ most: builds.most, done: builds.done }).toEqual({ most: 1, done: 2 });
  });
});
