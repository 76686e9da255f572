/// <reference lib="dom" />
/**
 * The XSS corpus (tests/fixtures/xss/) in Chromium: built into fiches, ateliers (with their
 * sessions' notes, « hors-les-murs » venue and « Animé par »), formations and training paths,
 * loaded on their pages, in the lists and search results, and in the editors' preview. Nothing
 * may run (each payload would set `top.XSS`), and the DOM may hold no script, no event handler,
 * no script URL and no element that loads or submits. Each page is also checked to show, as text,
 * what the corpus put in the fields read there, so that a field left out of a page cannot pass
 * unseen.
 *
 * The corpus has its own build, which the site project's global setup (tests/site/global-setup.ts)
 * makes next to the shared one: that one is made from the fixture snapshot, and the corpus must
 * not leak into the pages every other test reads. The preview's draft comes from a small local
 * server answering GET /api/fiches/:documentId
 * with the CMS's REST shape: it stands in for the CMS's answer, the route's own rendering is what
 * is tested.
 */
import type { Server } from 'node:http';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic } from '../../site/scripts/static-server';
import { xssEntries, xssForum, type XssEntry } from '../fixtures/xss/snapshot';
import { launchBrowser } from '../helpers/browser';
import { close, listen, previewPath, servePreview, standInCms } from '../helpers/preview';
import { builtSite } from '../site/global-setup';

const PREVIEW_SECRET = 'secret-des-tests-xss';
const CMS_TOKEN = 'jeton-des-tests-xss';

const entries: XssEntry[] = xssEntries();
let outDir: string;
let siteUrl: string;
let previewUrl: string;
const servers: Server[] = [];
let browser: Browser;
let context: BrowserContext;
const savedEnv = { CMS_URL: process.env.CMS_URL, CMS_TOKEN: process.env.CMS_TOKEN, PREVIEW_SECRET: process.env.PREVIEW_SECRET };

beforeAll(async () => {
  // Built from xssSnapshot(xssEntries()): the same entries as `entries`.
  await builtSite(inject('siteBuilds').xss);
  outDir = inject('xssBuildDir');
  const site = await serveStatic(path.join(outDir, 'client'));
  servers.push(site.server);
  siteUrl = site.url;

  // The preview route reads these at request time, in this process (as in npm start's).
  const cms = standInCms(
    entries.map((e) => e.fiche),
    CMS_TOKEN,
  );
  servers.push(cms);
  Object.assign(process.env, { CMS_URL: await listen(cms), CMS_TOKEN, PREVIEW_SECRET });
  const preview = await servePreview(outDir);
  servers.push(preview.server);
  previewUrl = preview.url;

  browser = await launchBrowser();
  context = await browser.newContext();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map(close));
  for (const [key, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

interface Visit {
  url: string;
  /** `top.XSS` after load and network idle: the number of a payload that ran, or undefined. */
  fired: unknown;
  /** Where the browser ended up (a meta refresh or a base element could move it). */
  landed: string;
  /** What the DOM holds that it must not. */
  offences: string[];
  /** The texts of Target.shows the scope does not show. */
  missing: string[];
}

/**
 * Runs in the page. `scope` is where the user's text is shown: there no element that runs, loads,
 * frames or submits may appear. Anywhere in the document: no event handler attribute, no <base>,
 * no meta refresh, and no URL whose scheme, as the browser resolves it, runs script or embeds a
 * document.
 */
function domOffences({ scope, forbidden }: { scope: string; forbidden: string }): string[] {
  const found: string[] = [];
  const roots = [...document.querySelectorAll(scope)];
  if (roots.length === 0) return [`nothing matches ${scope}`];
  for (const root of roots) {
    for (const element of root.querySelectorAll(forbidden)) found.push(`<${element.localName}> in ${scope}`);
    for (const element of root.querySelectorAll('[style]')) found.push(`style attribute on <${element.localName}> in ${scope}`);
  }
  for (const element of document.querySelectorAll('base, meta[http-equiv="refresh" i]')) found.push(`<${element.localName}> in the document`);
  const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'background', 'poster', 'srcset', 'cite', 'longdesc'];
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) found.push(`${name} on <${element.localName}>`);
      if (name === 'srcdoc') found.push(`srcdoc on <${element.localName}>`);
      if (!URL_ATTRIBUTES.includes(name)) continue;
      const value = name === 'srcset' ? attribute.value.trim().split(/\s+/)[0] : attribute.value;
      let protocol = '';
      try {
        protocol = new URL(value, document.baseURI).protocol;
      } catch {
        continue; // not a URL the browser would follow
      }
      if (['javascript:', 'vbscript:', 'data:'].includes(protocol)) found.push(`${name}="${attribute.value}" on <${element.localName}>`);
    }
  }
  return found;
}

/** Where members' text is shown: anything that runs, loads, frames, styles or submits. */
const FORBIDDEN =
  'script, iframe, frame, frameset, object, embed, applet, form, button, select, textarea, input:not([type="checkbox"]), base, meta, style, link, svg, math, noscript, template, video, audio, source, picture';

/**
 * The venue's map on an atelier's page is the site's own SVG drawing (components/calendar/
 * VenueMap.astro), the venue's name and commune in its <title> and <text>: that <svg> is allowed,
 * and nothing in it but the map's own shapes.
 */
const FORBIDDEN_BESIDE_MAP = `${FORBIDDEN.replace('svg,', 'svg:not(.venue-map > svg),')}, .venue-map svg :not(title, rect, path, circle, text)`;

/** A page to load, where members' text shows on it, and what to wait for (results drawn by script). */
interface Target {
  url: string;
  scope: string;
  ready?: string;
  /** The selector of what may not appear in the scope (FORBIDDEN unless given). */
  forbidden?: string;
  /** Texts the scope must show, as typed: the corpus's fields read on this page. */
  shows?: string[];
}

const visits = new Map<string, Promise<Visit>>();

async function visitOn(page: Page, { url, scope, ready, forbidden = FORBIDDEN, shows = [] }: Target): Promise<Visit> {
  await page.goto(url, { waitUntil: 'networkidle' });
  if (ready) await page.waitForSelector(ready);
  const fired = await page.evaluate(() => (window as unknown as { XSS?: unknown }).XSS);
  const offences = await page.evaluate(domOffences, { scope, forbidden });
  const text = await page.evaluate((selector) => [...document.querySelectorAll(selector)].map((root) => root.textContent).join('\n'), scope);
  return { url, fired, landed: page.url(), offences, missing: shows.filter((expected) => !text.includes(expected)) };
}

/**
 * Each page is loaded once and read by every test that asks for it; six tabs, each going from
 * page to page. A navigation gives the next page a new document (its own `window`, so no
 * `top.XSS` carried over) in the same renderer: a new tab per page cost Chromium a renderer
 * process each, three times the CPU of the visit itself (about 500 pages here). A tab whose
 * visit failed is closed and replaced, so one stuck page cannot spoil the next.
 */
async function visitAll(targets: Target[]): Promise<Visit[]> {
  const queue = targets.filter((target) => !visits.has(target.url));
  const work = async () => {
    let page: Page | undefined;
    try {
      for (let target = queue.shift(); target; target = queue.shift()) {
        if (!page) {
          page = await context.newPage();
          page.on('dialog', (dialog) => void dialog.dismiss());
        }
        const visit = visitOn(page, target);
        visits.set(target.url, visit);
        const succeeded = await visit.then(
          () => true,
          () => false,
        );
        if (!succeeded) {
          await page.close().catch(() => undefined);
          page = undefined;
        }
      }
    } finally {
      await page?.close().catch(() => undefined);
    }
  };
  await Promise.all(Array.from({ length: 6 }, work));
  return Promise.all(targets.map((target) => visits.get(target.url)!));
}

const ran = (list: Visit[]) => list.filter((v) => v.fired !== undefined || v.landed !== v.url).map((v) => `${v.url}: XSS=${String(v.fired)}, at ${v.landed}`);
const offending = (list: Visit[]) => list.flatMap((v) => v.offences.map((o) => `${v.url}: ${o}`));
const unshown = (list: Visit[]) => list.flatMap((v) => v.missing.map((text) => `${v.url}: ${text}`));
const text = (value: unknown) => String(value);

// The article, and « Formations liées »: the formation that cites the fiche.
const fichePages = (): Target[] =>
  entries.map((e) => ({ url: `${siteUrl}/fiches/${e.fiche.slug}/`, scope: 'article, .fiche-formations', shows: [text(e.formation.title)] }));
// The article less the site's own registration form (#inscription: labels from the i18n files, no
// text of the event's), where form elements are the point.
const EVENT_ARTICLE = 'article.event > :not(#inscription)';
const venueOf = (e: XssEntry) => e.atelier.venue as { name: string; address: string; commune: string };
const sessionNotes = (e: XssEntry) => (e.atelier.sessions as { note: string }[]).map((session) => session.note);
const eventPages = (): Target[] =>
  entries.map((e) => ({
    url: `${siteUrl}/calendrier/ateliers/${e.atelier.slug}/`,
    scope: EVENT_ARTICLE,
    forbidden: FORBIDDEN_BESIDE_MAP,
    // « Animé par » joins the names, split at commas and semicolons: its first words only.
    shows: [text(e.atelier.title), ...sessionNotes(e), venueOf(e).name, venueOf(e).address, venueOf(e).commune, `Animatrice ${e.payload.n}`],
  }));
const formationOf = new Map(entries.map((e) => [e.formation.documentId, e.formation]));
const titleOf = (documentId: unknown) => text(formationOf.get(text(documentId))?.title);
// The article and what the formation's page adds: its paths, prerequisites and supporting fiches.
const formationPages = (): Target[] =>
  entries.map((e) => ({
    url: `${siteUrl}/calendrier/formations/${e.formation.slug}/`,
    scope: `${EVENT_ARTICLE}, .formation-context`,
    shows: [
      text(e.formation.title),
      text(e.parcours.title),
      ...(e.formation.prerequisites as { documentId: string }[]).map((p) => titleOf(p.documentId)),
      text(e.fiche.title),
      text(e.fiche.summary),
    ],
  }));
const parcoursPages = (): Target[] =>
  entries.map((e) => ({
    url: `${siteUrl}/calendrier/parcours/${e.parcours.slug}/`,
    scope: 'main article',
    shows: [
      text(e.parcours.title),
      text(e.parcours.summary),
      `Avant le parcours ${e.payload.n}`,
      ...(e.parcours.formations as { documentId: string }[]).map((f) => titleOf(f.documentId)),
    ],
  }));
const forum = xssForum(entries);
const forumPages = () => [
  ...forum.topics.map((topic) => ({ url: `${siteUrl}/forum/sujet/${topic.slug}/`, scope: '[data-posts]' })),
  { url: `${siteUrl}/forum/categorie/materiel/`, scope: '.topics' },
  ...forum.members.slice(0, 10).map((member) => ({ url: `${siteUrl}/forum/membre/${member.documentId}/`, scope: 'main h1, main .bio' })),
];
const RESULTS = '[data-search-results]';
const listPages = () => [
  { url: `${siteUrl}/`, scope: 'main section' },
  { url: `${siteUrl}/fiches/`, scope: '.card-list' },
  { url: `${siteUrl}/calendrier/`, scope: '.events' },
  { url: `${siteUrl}/calendrier/mois/2027-01/`, scope: 'table.month' },
  { url: `${siteUrl}/calendrier/parcours/`, scope: '.paths' },
  { url: `${siteUrl}/recherche/?q=fiche`, scope: RESULTS, ready: `${RESULTS} li` },
  { url: `${siteUrl}/recherche/?q=atelier`, scope: RESULTS, ready: `${RESULTS} li` },
];
const previewPages = () =>
  entries.map((e) => ({
    url: `${previewUrl}${previewPath({ documentId: e.fiche.documentId, secret: PREVIEW_SECRET })}`,
    scope: 'article',
  }));

describe('the XSS corpus on the built fiche pages', () => {
  it('should show the citing formation’s title as text in « Formations liées »', async () => {
    expect(unshown(await visitAll(fichePages()))).toEqual([]);
  }, 180_000);

  it('should run none of the payloads', async () => {
    expect(ran(await visitAll(fichePages()))).toEqual([]);
  }, 180_000);

  it('should leave no script, event handler, script URL or active element in the article', async () => {
    expect(offending(await visitAll(fichePages()))).toEqual([]);
  }, 180_000);
});

describe('the XSS corpus on the built atelier pages (sessions’ notes, « hors-les-murs » venue and its map, « Animé par »)', () => {
  it('should show the payloads as text in the title, the sessions’ notes, the venue and « Animé par »', async () => {
    expect(unshown(await visitAll(eventPages()))).toEqual([]);
  }, 180_000);

  it('should run none of the payloads', async () => {
    expect(ran(await visitAll(eventPages()))).toEqual([]);
  }, 180_000);

  it('should leave no script, event handler, script URL or active element in the article', async () => {
    expect(offending(await visitAll(eventPages()))).toEqual([]);
  }, 180_000);
});

describe('the XSS corpus on the built formation pages (paths, prerequisites, supporting fiches)', () => {
  it('should show the payloads as text in the paths’, prerequisites’ and fiches’ titles and the fiches’ summaries', async () => {
    expect(unshown(await visitAll(formationPages()))).toEqual([]);
  }, 180_000);

  it('should run none of the payloads', async () => {
    expect(ran(await visitAll(formationPages()))).toEqual([]);
  }, 180_000);

  it('should leave no script, event handler, script URL or active element in the article and its paths and fiches', async () => {
    expect(offending(await visitAll(formationPages()))).toEqual([]);
  }, 180_000);
});

describe('the XSS corpus on the built training path pages', () => {
  it('should show the payloads as text in the path’s title, summary, description and steps', async () => {
    expect(unshown(await visitAll(parcoursPages()))).toEqual([]);
  }, 180_000);

  it('should run none of the payloads', async () => {
    expect(ran(await visitAll(parcoursPages()))).toEqual([]);
  }, 180_000);

  it('should leave no script, event handler, script URL or active element in the article', async () => {
    expect(offending(await visitAll(parcoursPages()))).toEqual([]);
  }, 180_000);
});

describe('the XSS corpus in lists and search results', () => {
  it('should run none of the payloads shown in titles and summaries', async () => {
    expect(ran(await visitAll(listPages()))).toEqual([]);
  }, 60_000);

  it('should leave no script, event handler or script URL where titles and summaries are listed', async () => {
    expect(offending(await visitAll(listPages()))).toEqual([]);
  }, 60_000);
});

describe('the XSS corpus in the forum (posts, authors’ names and bios, topic titles)', () => {
  it('should run none of the payloads', async () => {
    expect(ran(await visitAll(forumPages()))).toEqual([]);
  }, 180_000);

  it('should leave no script, event handler, script URL or active element in the posts and lists', async () => {
    expect(offending(await visitAll(forumPages()))).toEqual([]);
  }, 180_000);
});

describe('the XSS corpus in the editors’ preview', () => {
  it('should run none of the payloads', async () => {
    expect(ran(await visitAll(previewPages()))).toEqual([]);
  }, 180_000);

  it('should leave no script, event handler, script URL or active element in the article', async () => {
    expect(offending(await visitAll(previewPages()))).toEqual([]);
  }, 180_000);
});
