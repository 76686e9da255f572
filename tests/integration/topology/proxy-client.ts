import { request as httpRequest } from 'node:http';
import { request } from 'node:https';

export interface ProxyAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json<T = any>(): T;
}

export interface ProxyRequest {
  method?: string;
  body?: unknown;
  token?: string;
  headers?: Record<string, string>;
}

/**
 * HTTPS to the proxy on loopback, under the names a visitor would use: the connection goes to
 * 127.0.0.1:`port`, with `host` as the TLS name (SNI) and the Host header, and the test's
 * self-signed certificate as the only authority trusted. No DNS, nothing outside the machine.
 */
export function proxyClient(port: number, ca: string) {
  return (host: string, pathname: string, init: ProxyRequest = {}): Promise<ProxyAnswer> => {
    const body = init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
    const headers: Record<string, string> = {
      host: `${host}:${port}`,
      ...(body !== undefined && typeof init.body !== 'string' ? { 'content-type': 'application/json' } : {}),
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...init.headers,
    };
    return new Promise((resolve, reject) => {
      const outgoing = request(
        { host: '127.0.0.1', port, servername: host, ca, path: pathname, method: init.method ?? (body === undefined ? 'GET' : 'POST'), headers, agent: false },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
          incoming.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, text, json: () => JSON.parse(text) });
          });
          incoming.on('error', reject);
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  };
}

export type ProxyCall = ReturnType<typeof proxyClient>;

/**
 * Plain HTTP to one CMS instance, past the proxy (what a test must send to that one), on a
 * connection of its own: none is left open to an instance a later test kills.
 */
export function directCall(base: string, pathname: string, init: ProxyRequest = {}): Promise<ProxyAnswer> {
  const body = init.body === undefined ? undefined : JSON.stringify(init.body);
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: hostname,
        port,
        path: pathname,
        method: init.method ?? (body === undefined ? 'GET' : 'POST'),
        agent: false,
        headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, text, json: () => JSON.parse(text) });
        });
        incoming.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}
