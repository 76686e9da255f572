import { cpSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATE_DIR_NAME } from '../../../site/src/lib/build-scope';
import { sitemap } from '../../../site/src/integrations/sitemap';

/**
 * The sitemap of an incremental build takes a kept page's entry from the previous build's record
 * (site/src/integrations/sitemap.ts): two builds are faked as folders of pages, the second with
 * one page hard-linked from the first (kept), one copied (written again, same bytes) and one new.
 */
let work: string;

const page = (lang: string, alternate: string) =>
  `<!doctype html><html lang="${lang}"><head><link rel="alternate" hreflang="${lang}" href="http://localhost:4321/${alternate}"></head><body></body></html>`;

function writePage(client: string, file: string, html: string) {
  mkdirSync(path.dirname(path.join(client, file)), { recursive: true });
  writeFileSync(path.join(client, file), html);
}

/** Runs the integration's build hook over `<build>/client`, as `astro build` would, with the build's state. */
async function writeSitemap(build: string, base?: string): Promise<string> {
  const integration = sitemap();
  const logger = { info: () => {}, warn: () => {} };
  const env = { SITE_BUILD_STATE: process.env.SITE_BUILD_STATE, SITE_BUILD_BASE: process.env.SITE_BUILD_BASE };
  process.env.SITE_BUILD_STATE = path.join(build, STATE_DIR_NAME);
  if (base) process.env.SITE_BUILD_BASE = base;
  else delete process.env.SITE_BUILD_BASE;
  try {
    await (integration.hooks['astro:config:done'] as (o: unknown) => void)({ config: { site: 'http://localhost:4321' } });
    await (integration.hooks['astro:build:done'] as (o: unknown) => Promise<void>)({ dir: pathToFileURL(path.join(build, 'client') + '/'), logger });
  } finally {
    for (const [name, value] of Object.entries(env)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
  return readFileSync(path.join(build, 'client', 'sitemap.xml'), 'utf8');
}

/** What the first build recorded for a page, altered: the second build shows it only if it reused the record. */
function alterRecord(build: string, file: string) {
  const record = path.join(build, STATE_DIR_NAME, 'sitemap', 'pages.json');
  const stored = JSON.parse(readFileSync(record, 'utf8'));
  stored.data[file][1].alternates = { fr: 'http://localhost:4321/du-registre/' };
  writeFileSync(record, JSON.stringify(stored));
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'sitemap-record-'));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("an incremental build's sitemap", () => {
  it("should take a kept page's entry from the previous build's record, and read every page written again", async () => {
    const first = path.join(work, 'first');
    for (const name of ['gardee', 'copiee', 'changee']) writePage(path.join(first, 'client'), `fiches/${name}/index.html`, page('fr', `fiches/${name}/`));
    const full = await writeSitemap(first);
    expect(full).toContain('href="http://localhost:4321/fiches/gardee/"');
    for (const name of ['gardee', 'copiee', 'changee']) alterRecord(first, `/fiches/${name}/index.html`);

    const second = path.join(work, 'second', 'client');
    mkdirSync(path.join(second, 'fiches', 'gardee'), { recursive: true });
    linkSync(path.join(first, 'client', 'fiches', 'gardee', 'index.html'), path.join(second, 'fiches', 'gardee', 'index.html'));
    mkdirSync(path.join(second, 'fiches', 'copiee'), { recursive: true });
    cpSync(path.join(first, 'client', 'fiches', 'copiee', 'index.html'), path.join(second, 'fiches', 'copiee', 'index.html'));
    writePage(second, 'fiches/changee/index.html', page('fr', 'fiches/changee-nouveau/'));
    writePage(second, 'fiches/nouvelle/index.html', page('fr', 'fiches/nouvelle/'));
    const incremental = await writeSitemap(path.join(work, 'second'), first);

    // The kept page: its entry as recorded (here altered, to tell it from a page read again).
    expect(incremental).toMatch(
      /<loc>http:\/\/localhost:4321\/fiches\/gardee\/<\/loc><xhtml:link rel="alternate" hreflang="fr" href="http:\/\/localhost:4321\/du-registre\/"\/>/,
    );
    // Pages written again, with the same bytes or others, and a new one: read.
    expect(incremental).toContain('href="http://localhost:4321/fiches/copiee/"');
    expect(incremental).toContain('href="http://localhost:4321/fiches/changee-nouveau/"');
    expect(incremental).toContain('<loc>http://localhost:4321/fiches/nouvelle/</loc>');
    expect(incremental.match(/<url>/g)).toHaveLength(4);
  });

  it('should read every page without a previous build', async () => {
    const alone = path.join(work, 'alone');
    writePage(path.join(alone, 'client'), 'index.html', page('fr', ''));

    expect(await writeSitemap(alone)).toContain('<loc>http://localhost:4321/</loc><xhtml:link rel="alternate" hreflang="fr" href="http://localhost:4321/"/>');
  });
});
