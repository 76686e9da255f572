import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { carryOver } from '../../../site/src/lib/build-merge';
import { outputFile, scopedPaths } from '../../../site/src/lib/build-scope';

const PATTERN = '[...lang]/fiches/[slug]/';

/** One fiche page per language, as localizedPaths gives them. */
function fichePaths(fiches: Record<string, string>) {
  return ['fr', 'br', 'en'].flatMap((locale) =>
    Object.entries(fiches).map(([slug, title]) => ({ params: { lang: locale === 'fr' ? undefined : locale, slug }, props: { locale, page: { title } } })),
  );
}

let work: string;
beforeEach(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'build-scope-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** A build: records its hashes in <dir>/scope and writes the pages it renders into <dir>/client. */
async function build(dir: string, fiches: Record<string, string>, base?: string) {
  const env = { SITE_BUILD_STATE: path.join(dir, 'scope'), ...(base ? { SITE_BUILD_BASE: base } : {}) };
  const rendered = await scopedPaths(PATTERN, fichePaths(fiches), undefined, env);
  for (const page of rendered) {
    const file = path.join(dir, 'client', outputFile(PATTERN, page.params));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, page.props.page.title);
    writeFileSync(`${file}.br`, 'br');
  }
  if (base) await carryOver({ stateDir: env.SITE_BUILD_STATE, baseDir: base, outDir: path.join(dir, 'client') });
  return rendered.map((page) => outputFile(PATTERN, page.params));
}

describe('outputFile', () => {
  it('should write a French page at the root and the others under their language', () => {
    expect([outputFile(PATTERN, { lang: undefined, slug: 'wifi' }), outputFile(PATTERN, { lang: 'br', slug: 'wifi' })]).toEqual([
      'fiches/wifi/index.html',
      'br/fiches/wifi/index.html',
    ]);
  });

  it('should name an endpoint’s file after its pattern', () => {
    expect(outputFile('calendrier/[kind]/[slug].ics', { kind: 'ateliers', slug: 'tablette' })).toBe('calendrier/ateliers/tablette.ics');
  });
});

describe('scopedPaths', () => {
  it('should render every page when no previous build is given', async () => {
    expect(await build(path.join(work, 'a'), { wifi: 'Wi-Fi', pdf: 'PDF' })).toHaveLength(6);
  });

  it('should render every page when the build records nothing', async () => {
    expect(await scopedPaths(PATTERN, fichePaths({ wifi: 'Wi-Fi' }), undefined, {})).toHaveLength(3);
  });

  it('should render only the edited fiche’s pages, in each language', async () => {
    await build(path.join(work, 'a'), { wifi: 'Wi-Fi', pdf: 'PDF' });

    expect(await build(path.join(work, 'b'), { wifi: 'Wi-Fi public', pdf: 'PDF' }, path.join(work, 'a'))).toEqual([
      'fiches/wifi/index.html',
      'br/fiches/wifi/index.html',
      'en/fiches/wifi/index.html',
    ]);
  });

  it('should render a page again when what it reads besides its props changed', async () => {
    const env = (dir: string) => ({ SITE_BUILD_STATE: path.join(work, dir, 'scope'), SITE_BUILD_BASE: path.join(work, 'a') });
    await build(path.join(work, 'a'), { wifi: 'Wi-Fi' });

    const rendered = await scopedPaths(PATTERN, fichePaths({ wifi: 'Wi-Fi' }), () => 'nouveau sujet du forum', env('b'));

    expect(rendered).toHaveLength(3);
  });
});

describe('carryOver', () => {
  it('should keep the unchanged pages with their compressed copies, as links to the previous build’s files', async () => {
    await build(path.join(work, 'a'), { wifi: 'Wi-Fi', pdf: 'PDF' });
    await build(path.join(work, 'b'), { wifi: 'Wi-Fi public', pdf: 'PDF' }, path.join(work, 'a'));
    const kept = path.join(work, 'b', 'client', 'br', 'fiches', 'pdf', 'index.html');

    expect([readFileSync(kept, 'utf8'), existsSync(`${kept}.br`), statSync(kept).nlink]).toEqual(['PDF', true, 2]);
  });

  it('should leave out the pages of an unpublished fiche', async () => {
    await build(path.join(work, 'a'), { wifi: 'Wi-Fi', pdf: 'PDF' });
    await build(path.join(work, 'b'), { wifi: 'Wi-Fi' }, path.join(work, 'a'));

    expect(['fr', 'br/', 'en/'].map((prefix) => existsSync(path.join(work, 'b', 'client', `${prefix === 'fr' ? '' : prefix}fiches/pdf/index.html`)))).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('should move a renamed fiche to its new address only', async () => {
    await build(path.join(work, 'a'), { wifi: 'Wi-Fi', pdf: 'PDF' });
    await build(path.join(work, 'b'), { wifi: 'Wi-Fi', 'convertir-pdf': 'PDF' }, path.join(work, 'a'));
    const client = path.join(work, 'b', 'client');

    expect([existsSync(path.join(client, 'en/fiches/convertir-pdf/index.html')), existsSync(path.join(client, 'en/fiches/pdf/index.html'))]).toEqual([
      true,
      false,
    ]);
  });
});
