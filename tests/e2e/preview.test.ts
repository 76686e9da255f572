/**
 * The editors' preview route (site/src/pages/apercu/), as the Content Manager opens it: the shared
 * build's on-demand part, mounted as npm start mounts it, reading drafts from a stand-in CMS. Only
 * a link the CMS signed for this document, locale and status, still valid, shows the draft;
 * anything else is a plain 404, as for a page that does not exist.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../site/src/lib/cms-source';
import { close, listen, previewPath, servePreview, standInCms } from '../helpers/preview';
import { SITE_FIXTURE } from '../site/global-setup';
import { siteDir } from '../site/helpers';

const SECRET = 'secret-des-tests-apercu';
const CMS_TOKEN = 'jeton-des-tests-apercu';
const fiches = (JSON.parse(readFileSync(SITE_FIXTURE, 'utf8')) as Snapshot).collections.fiches.fr;
const [fiche, other] = fiches;
const HOUR = 3600 * 1000;

let url: string;
const servers: Server[] = [];
const savedEnv = { CMS_URL: process.env.CMS_URL, CMS_TOKEN: process.env.CMS_TOKEN, PREVIEW_SECRET: process.env.PREVIEW_SECRET };

beforeAll(async () => {
  const cms = standInCms([fiche, other], CMS_TOKEN);
  servers.push(cms);
  Object.assign(process.env, { CMS_URL: await listen(cms), CMS_TOKEN, PREVIEW_SECRET: SECRET });
  const preview = await servePreview(path.join(siteDir(), '..'));
  servers.push(preview.server);
  url = preview.url;
});

afterAll(async () => {
  await Promise.all(servers.map(close));
  for (const [key, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

const signed = previewPath({ documentId: fiche.documentId, secret: SECRET });
/** `signed`, with one query parameter changed. */
const withParam = (name: string, value: string) => {
  const link = new URL(signed, 'http://x');
  link.searchParams.set(name, value);
  return `${link.pathname}${link.search}`;
};

describe('the preview route', () => {
  it('should show the draft through a link the CMS signed for it', async () => {
    const response = await fetch(`${url}${signed}`);

    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(new RegExp(`<h1[^>]*>${String(fiche.title).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</h1>`));
  });

  it('should keep the answer out of caches and search engines', async () => {
    const response = await fetch(`${url}${signed}`);

    expect([response.headers.get('cache-control'), response.headers.get('x-robots-tag')]).toEqual(['no-store', 'noindex, nofollow']);
  });

  it('should send the site’s Content-Security-Policy as a header, with no inline script but the build’s', async () => {
    const policy = (await fetch(`${url}${signed}`)).headers.get('content-security-policy') ?? '';

    expect(policy).toContain("default-src 'self'");
    expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;/);
  });

  it.each([
    ['another document’s token', previewPath({ documentId: other.documentId, secret: SECRET }).replace(other.documentId, fiche.documentId)],
    ['another locale', withParam('locale', 'br')],
    ['the published version with the draft’s token', withParam('status', 'published')],
    ['a link over an hour old', previewPath({ documentId: fiche.documentId, secret: SECRET, now: Date.now() - HOUR - 1000 })],
    [
      'a tampered token',
      withParam(
        'token',
        new URLSearchParams(signed.split('?')[1]).get('token')!.replace(/\.(.)/, (_, c: string) => `.${c === 'A' ? 'B' : 'A'}`),
      ),
    ],
    ['a token signed with another secret', previewPath({ documentId: fiche.documentId, secret: 'devine' })],
    ['the old static secret', `/apercu/fiches/${fiche.documentId}/?locale=fr&status=draft&secret=${SECRET}`],
    ['no token at all', `/apercu/fiches/${fiche.documentId}/?locale=fr&status=draft`],
  ])('should answer 404 to %s', async (_case, link) => {
    const response = await fetch(`${url}${link}`);

    expect([response.status, response.headers.get('cache-control')]).toEqual([404, 'no-store']);
  });
});
