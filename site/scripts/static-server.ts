import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file a URL path names in the built site: directories serve their index.html. */
function resolveFile(root: string, pathname: string): string | null {
  const decoded = decodeURIComponent(pathname);
  const file = path.resolve(root, `.${decoded}`);
  if (!file.startsWith(path.resolve(root))) return null;
  if (existsSync(file) && statSync(file).isDirectory()) {
    const index = path.join(file, 'index.html');
    return existsSync(index) ? index : null;
  }
  return existsSync(file) ? file : null;
}

/** Answers the requests it handles (returning true); the others are served from the files. */
export type DynamicRoutes = (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;

/**
 * Serves a built static site, as any web host would: index.html for directories, /404.html
 * with status 404 otherwise; `dynamic` answers the on-demand routes first. Used by `npm start`
 * and by the site's tests.
 */
export function serveStatic(root: string, port = 0, host = '127.0.0.1', dynamic?: DynamicRoutes): Promise<{ server: Server; url: string }> {
  const server = createServer(async (request, response) => {
    if (dynamic && (await dynamic(request, response).catch(() => false))) return;
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname !== '/' && !pathname.endsWith('/') && !path.extname(pathname) && resolveFile(root, `${pathname}/`)) {
      response.writeHead(301, { location: `${pathname}/` }).end();
      return;
    }
    const file = resolveFile(root, pathname);
    const status = file ? 200 : 404;
    const body = file ?? resolveFile(root, '/404.html');
    if (!body) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(status, { 'content-type': TYPES[path.extname(body)] ?? 'application/octet-stream' });
    createReadStream(body).pipe(response);
  });
  return new Promise((resolve) =>
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      resolve({ server, url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${address.port}` });
    }),
  );
}
