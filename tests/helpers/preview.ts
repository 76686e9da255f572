/**
 * The editors' preview route (site/src/pages/apercu/) outside npm start: the build's server part
 * mounted the way packages/launcher/src/site-builder.ts mounts it (Astro's Node handler in
 * middleware mode), a stand-in for the CMS's GET /api/fiches/:documentId, and links signed as the
 * Content Manager signs them (cms/config/admin.ts).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { signPreviewToken } from '../../cms/src/utils/preview-token';

type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
type RawFiche = Record<string, unknown> & { documentId: string };

export const listen = (server: Server) =>
  new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));

export const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

/**
 * Answers GET /api/fiches/:documentId with the CMS's REST shape ({ data, meta }) for the fiches
 * given, to the bearer of `token`; 404 otherwise. It stands in for the CMS's answer: what is tested
 * is what the preview route does with it.
 */
export function standInCms(fiches: RawFiche[], token: string): Server {
  const byId = new Map(fiches.map((fiche) => [fiche.documentId, fiche]));
  return createServer((request, response) => {
    const match = /^\/api\/fiches\/([^/?]+)/.exec(request.url ?? '');
    const fiche = match && request.headers.authorization === `Bearer ${token}` ? byId.get(decodeURIComponent(match[1])) : undefined;
    response.writeHead(fiche ? 200 : 404, { 'content-type': 'application/json' });
    response.end(JSON.stringify(fiche ? { data: fiche, meta: {} } : { data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found' } }));
  });
}

/** Serves the on-demand routes of a build (`<outDir>/server/entry.mjs`); anything else is a 404. */
export async function servePreview(outDir: string): Promise<{ server: Server; url: string }> {
  const { handler } = (await import(pathToFileURL(path.join(outDir, 'server', 'entry.mjs')).href)) as { handler: Handler };
  const server = createServer((request, response) => handler(request, response, () => response.writeHead(404).end('Not found')));
  return { server, url: await listen(server) };
}

export interface PreviewLink {
  documentId: string;
  locale?: string;
  status?: string;
  secret: string;
  /** When the link was made (ms); now by default. */
  now?: number;
}

/** The path of a preview link, as the Content Manager gets it from cms/config/admin.ts. */
export function previewPath({ documentId, locale = 'fr', status = 'draft', secret, now }: PreviewLink): string {
  const token = signPreviewToken({ documentId, locale, status }, secret, { now });
  return `/apercu/fiches/${encodeURIComponent(documentId)}/?${new URLSearchParams({ locale, status, token })}`;
}
