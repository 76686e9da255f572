import { lstat, readFile, realpath, stat } from 'node:fs/promises';
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Readable } from 'node:stream';
import sirv from 'sirv';
import { parseRequestPath, pathOf } from './request-path';

/** Answers the requests it handles (returning true); the others are served from the files. */
export type DynamicRoutes = (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;

/** On every answer, whoever writes it (files, errors, the dynamic routes). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // The pages carry their CSP in a <meta> written by the build; only a header can say who may
  // frame a page. The preview route widens it for the admin (packages/launcher/src/site-builder.ts).
  'Content-Security-Policy': "frame-ancestors 'self'",
};

/** Astro names what it writes in /_astro/ after a hash of the content: a new version has a new name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else may be kept but is checked again (ETag, Last-Modified) before each use. */
const REVALIDATE = 'no-cache';

/** Text with its charset (sirv's types give one to HTML only): French text must not be read as Latin-1. */
const TEXT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** `file` once symlinks are resolved, if it exists and lies inside `root` (itself resolved); null otherwise. */
async function inside(root: string, file: string): Promise<string | null> {
  const real = await realpath(file).catch(() => null);
  return real !== null && (real === root || real.startsWith(root + path.sep)) ? real : null;
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => null))?.isFile() ?? false;
}

type Located = { file: string } | { redirect: string } | null;

/**
 * The file a path names in the built site: a directory through its index.html, reached without
 * its trailing slash by a redirect. Hidden files and anything resolving outside the root (a
 * symlink, here or in a precompressed sibling that sirv would pick) are not found.
 */
async function locate(root: string, segments: string[], directory: boolean): Promise<Located> {
  if (segments.some((segment) => segment.startsWith('.') && segment !== '.well-known')) return null;
  const target = await inside(root, path.join(root, ...segments));
  if (!target) return null;
  if ((await stat(target).catch(() => null))?.isDirectory()) {
    const index = await inside(root, path.join(target, 'index.html'));
    if (!index || !(await isFile(index))) return null;
    return directory ? { file: index } : { redirect: pathOf(segments, true) };
  }
  if (directory || !(await isFile(target))) return null;
  for (const variant of [`${target}.br`, `${target}.gz`]) {
    if ((await lstat(variant).catch(() => null)) && !(await inside(root, variant))) return null;
  }
  return { file: target };
}

/** A client that sends If-Modified-Since alone (no ETag) gets a 304 too; sirv answers If-None-Match. */
async function notModifiedSince(request: IncomingMessage, file: string): Promise<boolean> {
  const since = Date.parse(request.headers['if-modified-since'] ?? '');
  if (request.headers['if-none-match'] || Number.isNaN(since)) return false;
  const times = await Promise.all(
    [file, `${file}.br`, `${file}.gz`].map((f) =>
      stat(f).then(
        (s) => s.mtimeMs,
        () => 0,
      ),
    ),
  );
  return Math.floor(Math.max(...times) / 1000) * 1000 <= since;
}

/** sirv reads Range loosely (a reversed range makes it throw): only one well-formed range goes through. */
function keepSaneRange(request: IncomingMessage): void {
  const match = /^bytes=(\d{1,15})-(\d{0,15})$/.exec(request.headers.range ?? '');
  if (!match || (match[2] !== '' && Number(match[2]) < Number(match[1]))) delete request.headers.range;
}

/** Drops what a half-done answer had set (types, caching), keeping the security headers. */
function resetHeaders(response: ServerResponse): void {
  for (const name of response.getHeaderNames()) response.removeHeader(name);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
}

/** A short answer written by the server itself; too late for one, the connection is cut. */
function answer(response: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  resetHeaders(response);
  // No type on a bodiless answer: a cache would copy a 304's headers onto the page it keeps.
  if (status === 204 || status === 304) {
    response.writeHead(status, headers).end();
    return;
  }
  response
    .writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers })
    .end(`${STATUS_CODES[status] ?? 'Error'}\n`);
}

async function notFound(root: string, response: ServerResponse): Promise<void> {
  const page = await inside(root, path.join(root, '404.html'));
  const body = page ? await readFile(page).catch(() => null) : null;
  if (!body) return answer(response, 404);
  resetHeaders(response);
  response.writeHead(404, { 'Content-Type': TEXT_TYPES['.html']!, 'Cache-Control': REVALIDATE, 'Content-Length': body.length }).end(body);
}

/**
 * Serves a built static site, as any web host would: index.html for directories (a 301 adds the
 * trailing slash), /404.html with status 404 otherwise, precompressed .br/.gz siblings when the
 * client accepts them (site/scripts/precompress.ts writes them); `dynamic` answers the on-demand
 * routes first. Used by `npm start` (inside the CMS process: one request must never take it down)
 * and by the site's tests.
 */
export function serveStatic(root: string, port = 0, host = '127.0.0.1', dynamic?: DynamicRoutes): Promise<{ server: Server; url: string }> {
  // dev: sirv looks each file up when asked instead of listing the folder once: the site builder
  // swaps a new build in under the same path. The lookups are ours (locate); sirv writes the
  // answer: types, ETag, Last-Modified, 304 on If-None-Match, ranges, the precompressed variant.
  const files = sirv(root, { dev: true, etag: true, extensions: [], gzip: true, brotli: true });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    resetHeaders(response);
    const target = parseRequestPath(request.url);
    if (!target.ok) return answer(response, target.status);
    if (dynamic && (await dynamic(request, response))) return;
    if (request.method === 'OPTIONS') return answer(response, 204, { Allow: 'GET, HEAD, OPTIONS' });
    if (request.method !== 'GET' && request.method !== 'HEAD') return answer(response, 405, { Allow: 'GET, HEAD, OPTIONS' });

    // Missing for an instant while the builder swaps builds.
    const realRoot = await realpath(root).catch(() => null);
    if (!realRoot) return answer(response, 503, { 'Retry-After': '1' });
    const found = await locate(realRoot, target.segments, target.directory);
    if (!found) return notFound(realRoot, response);
    if ('redirect' in found) return answer(response, 301, { Location: `${found.redirect}${target.search}` });

    const relative = path.relative(realRoot, found.file).split(path.sep).join('/');
    // sirv reads its path from request.url, where "?" and "#" would cut it short.
    if (/[?#]/.test(relative)) return notFound(realRoot, response);
    response.setHeader('Cache-Control', relative.startsWith('_astro/') ? IMMUTABLE : REVALIDATE);
    response.setHeader('Vary', 'Accept-Encoding');
    const type = TEXT_TYPES[path.extname(found.file)];
    if (type) response.setHeader('Content-Type', type);
    if (await notModifiedSince(request, found.file)) {
      return answer(response, 304, { 'Cache-Control': response.getHeader('Cache-Control') as string, Vary: 'Accept-Encoding' });
    }

    keepSaneRange(request);
    // sirv pipes a file stream without listening for its errors (a file removed by a rebuild
    // between the lookup and the read): end this answer instead of the process.
    response.once('pipe', (source: Readable) => source.once('error', () => response.destroy()));
    request.url = encodeURI(`/${relative}`);
    files(request, response, () => void notFound(realRoot, response).catch(() => response.destroy()));
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: Error) => {
      console.error(`[site] ${request.method} ${request.url?.slice(0, 200)} : ${error.stack ?? error.message}`);
      try {
        answer(response, 500);
      } catch {
        response.destroy();
      }
    });
  });
  // Requests Node cannot parse never reach the handler: answer them here and close.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
    const headers = Object.entries(SECURITY_HEADERS)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Length: 0\r\n${headers}\r\n`);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      resolve({ server, url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${address.port}` });
    });
  });
}
