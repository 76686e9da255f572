import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompress } from '../../../site/scripts/precompress';
import { serveStatic } from '../../../site/scripts/static-server';
import { hostilePaths } from './hostile-paths';
import { rawRequest, type RawResponse } from './raw-http';

const SECRET = `secret-${randomUUID()}`;
const HIDDEN = `hidden-${randomUUID()}`;
const LARGE_PAGE = `<!doctype html><title>Grande page</title>${'<p>Une fiche pour apprendre à remettre une imprimante en ligne.</p>\n'.repeat(60)}`;

let base: string;
let root: string;
let server: Server;
let url: string;

/** A built site in `base`/site, with a secret next to it, in a sibling folder, and behind symlinks. */
function writeFixture(): void {
  base = mkdtempSync(path.join(tmpdir(), 'static-server-'));
  root = path.join(base, 'site');
  const files: Record<string, string> = {
    'index.html': '<h1>Accueil</h1>',
    '404.html': '<h1>Page introuvable</h1>',
    'fiches/exemple/index.html': '<h1>Exemple</h1>',
    '_astro/app.0a1b2c3d.js': 'console.log("app");',
    'grande/index.html': LARGE_PAGE,
    'donnees.csv': 'nom\r\nÉPN de Bellevue\r\n',
    '.env': HIDDEN,
  };
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  writeFileSync(path.join(base, 'secret.txt'), SECRET);
  // Its name starts with the root's: "…/site-secret".startsWith("…/site") is no containment check.
  mkdirSync(path.join(base, 'site-secret'));
  writeFileSync(path.join(base, 'site-secret', 'secret.txt'), SECRET);
  symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'lien-secret.txt'));
  symlinkSync(base, path.join(root, 'dossier-lien'));
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** GET (or another method) without fetch's redirects and decompression. */
function get(pathname: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    request(`${url}${pathname}`, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

beforeAll(async () => {
  writeFixture();
  await precompress(root);
  ({ server, url } = await serveStatic(root));
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(base, { recursive: true, force: true });
});

describe('the site server, on a request it cannot decode', () => {
  let child: ChildProcess;
  afterAll(() => child?.kill());

  it('should keep answering after GET /%ff, in a process of its own', async () => {
    child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'serve-site.mts'), root], { stdio: ['ignore', 'pipe', 'inherit'] });
    const childUrl = await new Promise<string>((resolve) => child.stdout!.once('data', (data: Buffer) => resolve(data.toString().trim())));

    const malformed = await rawRequest(childUrl, 'GET', '/%ff');
    const next = await rawRequest(childUrl, 'GET', '/');

    expect(malformed.status).toBe(400);
    expect(next.status).toBe(200);
    expect(next.body).toContain('Accueil');
  });
});

describe('the site server, on malformed paths', () => {
  it.each([
    '/%ff',
    '/%c0%ae%c0%ae/secret.txt',
    '/index.html%00',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/..\\secret.txt',
    '/../secret.txt',
    '//evil.example/',
  ])('should answer 400 to %s', async (target) => {
    expect((await rawRequest(url, 'GET', target)).status).toBe(400);
  });

  it('should answer 414 to a path longer than any of the site', async () => {
    expect((await rawRequest(url, 'GET', `/${'a'.repeat(3000)}`)).status).toBe(414);
  });

  it('should answer 400 to a request Node cannot parse', async () => {
    expect((await rawRequest(url, 'GET', '/ HTTP/1.1 extra')).status).toBe(400);
  });

  it('should ignore a reversed range instead of failing', async () => {
    const answer = await get('/donnees.csv', { range: 'bytes=10-5' });

    expect(answer.status).toBe(200);
    expect(answer.body.toString()).toBe('nom\r\nÉPN de Bellevue\r\n');
  });
});

describe('the site server, fuzzed with hostile paths', () => {
  const METHODS = ['HEAD', 'OPTIONS', 'POST', 'DELETE'];
  const paths = hostilePaths(['secret.txt', 'site-secret/secret.txt', 'lien-secret.txt', 'dossier-lien/secret.txt', '.env', 'site/.env']);
  const answers: RawResponse[] = [];
  const afterEachBatch: number[] = [];

  beforeAll(async () => {
    for (let start = 0; start < paths.length; start += 100) {
      const batch = paths.slice(start, start + 100);
      answers.push(
        ...(await Promise.all(batch.flatMap((target, i) => [rawRequest(url, 'GET', target), rawRequest(url, METHODS[i % METHODS.length]!, target)]))),
      );
      afterEachBatch.push((await rawRequest(url, 'GET', '/')).status);
    }
  }, 120_000);

  it('should try over a thousand paths', () => {
    expect(paths.length).toBeGreaterThan(1000);
  });

  it('should answer every one without a server error', () => {
    expect(answers.filter((answer) => answer.status >= 500)).toEqual([]);
  });

  it('should never send the files outside the root, behind a symlink or hidden', () => {
    expect(answers.filter((answer) => answer.body.includes(SECRET) || answer.body.includes(HIDDEN))).toEqual([]);
  });

  it('should answer a plain request after each batch', () => {
    expect(new Set(afterEachBatch)).toEqual(new Set([200]));
  });
});

describe('the site server, on files', () => {
  it.each(['/lien-secret.txt', '/dossier-lien/secret.txt', '/.env'])('should not find %s (a symlink out of the root, or a hidden file)', async (target) => {
    const answer = await get(target);

    expect(answer.status).toBe(404);
    expect(answer.body.toString()).not.toContain(SECRET);
  });

  it('should serve /404.html with status 404 for an unknown path', async () => {
    const answer = await get('/fiches/inconnue/');

    expect(answer.status).toBe(404);
    expect(answer.body.toString()).toBe('<h1>Page introuvable</h1>');
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('should redirect a directory to its URL with a trailing slash, keeping the query', async () => {
    const answer = await get('/fiches/exemple?retour=1');

    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe('/fiches/exemple/?retour=1');
  });

  it('should give text files a UTF-8 charset', async () => {
    expect((await get('/donnees.csv')).headers['content-type']).toBe('text/csv; charset=utf-8');
  });

  it('should answer HEAD with the headers only', async () => {
    const answer = await get('/', {}, 'HEAD');

    expect(answer.status).toBe(200);
    expect(answer.headers['content-length']).toBe('16');
    expect(answer.body.length).toBe(0);
  });

  it('should refuse methods other than GET, HEAD and OPTIONS', async () => {
    const answer = await get('/', {}, 'POST');

    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('GET, HEAD, OPTIONS');
  });

  it.each(['/', '/fiches/inconnue/', '/fiches/exemple', '/%ff', '/_astro/app.0a1b2c3d.js'])(
    'should send the security headers with the answer to %s',
    async (target) => {
      const { headers } = await rawRequest(url, 'GET', target);

      expect(headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'strict-origin-when-cross-origin',
        'content-security-policy': "frame-ancestors 'self'",
      });
    },
  );
});

describe('the site server, on caching', () => {
  it('should let browsers keep hashed assets for a year without asking again', async () => {
    expect((await get('/_astro/app.0a1b2c3d.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('should ask browsers to revalidate pages, with an ETag and a Last-Modified date', async () => {
    const { headers } = await get('/fiches/exemple/');

    expect(headers['cache-control']).toBe('no-cache');
    expect(headers.etag).toMatch(/^W\/".+"$/);
    expect(Date.parse(headers['last-modified']!)).not.toBeNaN();
  });

  it('should answer 304 without a body to a matching If-None-Match', async () => {
    const { headers } = await get('/fiches/exemple/');

    const answer = await get('/fiches/exemple/', { 'if-none-match': headers.etag! });

    expect(answer.status).toBe(304);
    expect(answer.body.length).toBe(0);
  });

  it('should answer 304 to an If-Modified-Since at the Last-Modified date', async () => {
    const { headers } = await get('/fiches/exemple/');

    expect((await get('/fiches/exemple/', { 'if-modified-since': headers['last-modified']! })).status).toBe(304);
  });

  it('should keep the page’s caching rule on a 304, and give it no other type (caches copy its headers)', async () => {
    const { headers } = await get('/fiches/exemple/');

    const answers = [
      await get('/fiches/exemple/', { 'if-none-match': headers.etag! }),
      await get('/fiches/exemple/', { 'if-modified-since': headers['last-modified']! }),
    ];

    expect(answers.map((answer) => answer.headers['cache-control'])).toEqual(['no-cache', 'no-cache']);
    expect(answers.map((answer) => answer.headers['content-type'] ?? 'text/html; charset=utf-8')).toEqual([
      'text/html; charset=utf-8',
      'text/html; charset=utf-8',
    ]);
  });
});

describe('the site server, on compression', () => {
  it('should send the brotli file to clients that accept it', async () => {
    const answer = await get('/grande/', { 'accept-encoding': 'gzip, deflate, br' });

    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers.vary).toBe('Accept-Encoding');
    expect(brotliDecompressSync(answer.body).toString()).toBe(LARGE_PAGE);
  });

  it('should send the gzip file to clients that accept gzip only', async () => {
    const answer = await get('/grande/', { 'accept-encoding': 'gzip' });

    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(answer.body).toString()).toBe(LARGE_PAGE);
  });

  it('should send the plain file to clients that accept no compression', async () => {
    const answer = await get('/grande/');

    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.body.toString()).toBe(LARGE_PAGE);
  });
});

describe('the site server, with dynamic routes', () => {
  let dynamicServer: Server;
  let dynamicUrl: string;

  beforeAll(async () => {
    ({ server: dynamicServer, url: dynamicUrl } = await serveStatic(root, 0, '127.0.0.1', async (req, res) => {
      if (req.url === '/apercu/boum/') throw new Error('the preview failed');
      if (req.url !== '/apercu/ok/') return false;
      res.writeHead(200, { 'content-type': 'text/plain' }).end('aperçu');
      return true;
    }));
  });

  afterAll(() => new Promise((resolve) => dynamicServer.close(resolve)));

  it('should let the dynamic routes answer first', async () => {
    const answer = await rawRequest(dynamicUrl, 'GET', '/apercu/ok/');

    expect(answer.status).toBe(200);
    expect(answer.body).toBe('aperçu');
  });

  it('should answer 500 to a request whose dynamic route throws, and keep serving', async () => {
    const failed = await rawRequest(dynamicUrl, 'GET', '/apercu/boum/');
    const next = await rawRequest(dynamicUrl, 'GET', '/');

    expect(failed.status).toBe(500);
    expect(next.status).toBe(200);
  });
});
