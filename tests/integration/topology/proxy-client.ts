import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest, type RequestOptions } from 'node:https';

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

type Send = (options: RequestOptions, onAnswer: (incoming: IncomingMessage) => void) => ClientRequest;

/**
 * One request on a connection of its own (`agent: false`: none is left open to an instance a later
 * test kills), its body JSON unless given as a string, and its whole answer read as text.
 */
function send(send: Send, options: RequestOptions, init: ProxyRequest): Promise<ProxyAnswer> {
  const body = init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
  const headers: Record<string, string> = {
    ...(options.headers as Record<string, string> | undefined),
    ...(body !== undefined && typeof init.body !== 'string' ? { 'content-type': 'application/json' } : {}),
    ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    ...init.headers,
  };
  return new Promise((resolve, reject) => {
    const outgoing = send({ ...options, method: init.method ?? (body === undefined ? 'GET' : 'POST'), headers, agent: false }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, text, json: () => JSON.parse(text) });
      });
      incoming.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/**
 * HTTPS to the proxy on loopback, under the names a visitor would use: the connection goes to
 * 127.0.0.1:`port`, with `host` as the TLS name (SNI) and the Host header, and the test's
 * self-signed certificate as the only authority trusted. No DNS, nothing outside the machine.
 */
export function proxyClient(port: number, ca: string) {
  return (host: string, pathname: string, init: ProxyRequest = {}): Promise<ProxyAnswer> =>
    send(httpsRequest, { host: '127.0.0.1', port, servername: host, ca, path: pathname, headers: { host: `${host}:${port}` } }, init);
}

export type ProxyCall = ReturnType<typeof proxyClient>;

/** Plain HTTP to one CMS instance, past the proxy (what a test must send to that one). */
export function directCall(base: string, pathname: string, init: ProxyRequest = {}): Promise<ProxyAnswer> {
  const { hostname, port } = new URL(base);
  return send(httpRequest, { host: hostname, port, path: pathname }, init);
}
