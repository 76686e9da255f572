import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { siteChange, type SiteChange } from '../site-changes';

/** Strapi's webhooks send the whole entry: a long fiche fits, a flood does not. */
const MAX_BODY_BYTES = 2 * 1024 * 1024;
export const HOOK_PATH = '/hooks';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Compares in constant time, whatever the lengths: a wrong secret takes as long as a right one. */
function sameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

function answer(response: ServerResponse, status: number, message: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end(`${message}\n`);
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) return resolve(null);
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        // The rest is read and dropped; the answer closes the connection.
        chunks.length = 0;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * Receives Strapi's webhooks (cms/src/site-webhook) on POST /hooks: the CMS authenticates with
 * `Authorization: Bearer <BUILDER_SECRET>`; the event (Strapi's `X-Strapi-Event` header,
 * or the body's `event`) and its payload say whether the site changed (site-changes.ts), and
 * `onChange` schedules the rebuild. Answers at once: the build runs after, debounced.
 * Returns false for any other path.
 */
export function createHookReceiver(secret: string, onChange: (change: SiteChange) => void) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<boolean> => {
    if (new URL(request.url ?? '/', 'http://builder').pathname !== HOOK_PATH) return false;
    if (request.method !== 'POST') {
      response.setHeader('allow', 'POST');
      answer(response, 405, 'POST only');
      return true;
    }
    const authorization = request.headers.authorization ?? '';
    if (!authorization.startsWith('Bearer ') || !sameSecret(authorization.slice('Bearer '.length), secret)) {
      answer(response, 401, 'authorization: a Bearer token equal to BUILDER_SECRET is required');
      return true;
    }
    if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
      answer(response, 415, 'content-type: application/json is required');
      return true;
    }
    const text = await readBody(request);
    if (text === null) {
      response.setHeader('connection', 'close');
      answer(response, 413, `body: larger than ${MAX_BODY_BYTES} bytes`);
      return true;
    }
    let payload: unknown;
    try {
      payload = JSON.parse(text);
    } catch {
      answer(response, 400, 'body: not JSON');
      return true;
    }
    const header = request.headers['x-strapi-event'];
    const event = typeof header === 'string' ? header : (payload as { event?: unknown } | null)?.event;
    if (typeof event !== 'string') {
      answer(response, 400, 'event: the X-Strapi-Event header or the body’s event is required');
      return true;
    }
    const change = siteChange(event, payload);
    if (change) onChange(change);
    answer(response, 202, change ? 'rebuild scheduled' : 'nothing public changed');
    return true;
  };
}
