import { existsSync, renameSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { precompress } from '@reseau-epn/site/precompress';
import { BuildPlan } from './build-plan';
import type { CmsSource } from './cms-source';
import { SITE_DIR } from './paths';
import { runSiteBuildProcess } from './site-build-process';

type AstroHandler = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

/**
 * Sends `policy` as a Content-Security-Policy of its own, next to the one the preview route
 * writes (Astro's, from astro.config.ts) instead of being replaced by it: browsers enforce both.
 * Node's writeHead stores the headers it is given through setHeader, which this wraps.
 */
function addPolicy(response: ServerResponse, policy: string): void {
  const name = 'content-security-policy';
  response.setHeader(name, policy);
  const setHeader = response.setHeader.bind(response);
  response.setHeader = (header: string, value: number | string | readonly string[]) => {
    if (header.toLowerCase() !== name) return setHeader(header, value);
    const others = (Array.isArray(value) ? value : [String(value)]).filter((v: string) => v !== policy);
    return setHeader(header, [policy, ...others]);
  };
}

/**
 * Builds the public site from a CMS (its REST API, with a read-only token), into a fresh folder
 * swapped in whole, so the server never shows half a build; rebuilds a few seconds after
 * publications stop. What tells it of publications is outside: the CMS's event hub in the same
 * process (cms-source.ts) or Strapi's webhooks in a builder of its own (builder/).
 */
export class SiteBuilder {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private readonly liveDir: string;
  private readonly quiet: boolean;
  private readonly debounceMs: number;

  constructor(
    private readonly cms: CmsSource,
    options: { outDir?: string; debounceMs?: number; quiet?: boolean } = {},
  ) {
    this.quiet = options.quiet ?? false;
    this.liveDir = options.outDir ?? path.join(SITE_DIR, 'dist');
    this.debounceMs = options.debounceMs ?? Number(process.env.SITE_REBUILD_DELAY_MS ?? 3000);
  }

  private builds = 0;
  private handler: Promise<AstroHandler> | null = null;
  private readonly plan = new BuildPlan();

  /**
   * Builds the site: incrementally when the plan allows (the pages whose data did not change are
   * taken from the live build), whole otherwise or when the incremental build fails. One build at
   * a time, whoever asks: a build starts by clearing the folder the one under way writes into
   * (`-next`), so a second one at once would delete the first's pages under it.
   */
  build(): Promise<void> {
    const current = (this.running ?? Promise.resolve()).then(() => this.buildPlanned());
    const settled = current.then(
      () => undefined,
      () => undefined,
    );
    this.running = settled;
    void settled.then(() => {
      if (this.running !== settled) return;
      this.running = null;
      if (this.again) {
        this.again = false;
        this.schedule();
      }
    });
    return current;
  }

  private async buildPlanned(): Promise<void> {
    const kind = this.plan.take();
    if (kind === 'full') return this.buildOnce(false);
    try {
      await this.buildOnce(true);
    } catch (error) {
      console.error(`[site] la construction incrémentale a échoué (${(error as Error).message}) : construction complète`);
      await this.buildOnce(false);
    }
  }

  /**
   * Gives the on-demand preview route the CMS's address and the builds' token: it reads the CMS
   * in this process (whose environment may be the CMS's own: the token is a read-only one).
   * Every build does it; `npm run serve`, which builds nothing at start, too.
   */
  async grantPreviewAccess(): Promise<string> {
    const token = await this.cms.token();
    process.env.CMS_URL = this.cms.url;
    process.env.CMS_TOKEN = token;
    return token;
  }

  private async buildOnce(incremental: boolean): Promise<void> {
    const token = await this.grantPreviewAccess();
    const next = `${this.liveDir}-next`;
    rmSync(next, { recursive: true, force: true });
    const started = Date.now();
    const astro = path.join(path.dirname(require.resolve('astro/package.json', { paths: [SITE_DIR] })), 'astro.js');
    // The live build to build over: none for a full build, or before the first build kept its state.
    const base = incremental && existsSync(path.join(this.liveDir, 'scope')) ? this.liveDir : '';
    // The build gets the site's settings only, none of the CMS's secrets (site-build-process.ts).
    await runSiteBuildProcess(astro, ['build', '--outDir', next], {
      cwd: SITE_DIR,
      quiet: this.quiet,
      settings: {
        CMS_URL: this.cms.url,
        CMS_TOKEN: token,
        SITE_SNAPSHOT: '',
        ASTRO_CACHE_DIR: `${this.liveDir}-cache`,
        // Each page's data hash, for the next build to compare (site/src/lib/build-scope.ts).
        SITE_BUILD_STATE: path.join(next, 'scope'),
        // Empty for a full build: a SITE_* variable of the CMS's own environment would pass through.
        SITE_BUILD_BASE: base,
      },
    });
    // Before the swap: the server finds each page's .br/.gz as soon as the page is live. A file
    // the same as the live one's takes the live one's copies; a publication compresses fast.
    await precompress(path.join(next, 'client'), path.join(this.liveDir, 'client'), base ? 'publication' : 'full');
    const old = `${this.liveDir}-old`;
    rmSync(old, { recursive: true, force: true });
    if (existsSync(this.liveDir)) renameSync(this.liveDir, old);
    renameSync(next, this.liveDir);
    rmSync(old, { recursive: true, force: true });
    this.builds += 1;
    this.handler = null;
    console.log(`[site] construit en ${((Date.now() - started) / 1000).toFixed(1)} s${incremental ? ' (incrémental)' : ''}`);
  }

  /** Rebuilds once publications have been quiet for `debounceMs`; one build at a time. */
  schedule(uid: string | null = null): void {
    this.plan.changed(uid);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      // A build under way: one more after it, for everything published meanwhile.
      if (this.running) {
        this.again = true;
        return;
      }
      this.build().catch((error: Error) => console.error(`[site] la reconstruction a échoué : ${error.message}`));
    }, this.debounceMs);
  }

  /** The static pages of the current build. */
  get outDir(): string {
    return path.join(this.liveDir, 'client');
  }

  /**
   * Serves the site's on-demand routes (the editors' preview, under /apercu/) with the current
   * build's server part; returns false for every other request.
   */
  async serveDynamic(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
    if (!request.url?.startsWith('/apercu/')) return false;
    // A query per build: each rebuild's server part is imported afresh.
    this.handler ??= import(`${pathToFileURL(path.join(this.liveDir, 'server', 'entry.mjs')).href}?build=${this.builds}`).then((m) => m.handler);
    const handler = await this.handler;
    addPolicy(response, this.previewFrameAncestors());
    await new Promise<void>((resolve) => {
      // 'close' as well: a visitor who leaves before the answer must not keep this pending.
      response.once('finish', resolve).once('close', resolve);
      handler(request, response, () => {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      });
    });
    return true;
  }

  /**
   * The Content Manager shows the preview in an iframe of the admin panel, another origin than
   * the site's (port 1337 and 4321 by default): the admin may frame the preview route, no one else.
   */
  private previewFrameAncestors(): string {
    const origin = this.cms.adminOrigin;
    return `frame-ancestors 'self'${origin ? ` ${origin}` : ''}`;
  }

  /** Resolves once no rebuild is waiting or running. */
  async idle(): Promise<void> {
    while (this.timer || this.running) await (this.running ?? new Promise((r) => setTimeout(r, 50)));
  }
}
