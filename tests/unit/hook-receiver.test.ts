import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { UIDS } from '@reseau-epn/platform';
import { createHookReceiver } from '../../packages/launcher/src/builder/hook-receiver';
import type { SiteChange } from '../../packages/launcher/src/site-changes';

/** The builder's webhook receiver over real HTTP: what the CMS sends, and what anyone else might. */
const SECRET = 'secret-du-constructeur';
const heard: SiteChange[] = [];
let server: Server;
let url: string;

const send = (init: { method?: string; headers?: Record<string, string>; body?: string; path?: string }) =>
  fetch(`${url}${init.path ?? '/hooks'}`, { method: init.method ?? 'POST', headers: init.headers, body: init.body });
const strapiHeaders = (event: string, secret = SECRET) => ({ authorization: `Bearer ${secret}`, 'content-type': 'application/json', 'x-strapi-event': event });

beforeAll(async () => {
  const receive = createHookReceiver(SECRET, (change) => heard.push(change));
  server = createServer((request, response) => {
    void receive(request, response).then((handled) => handled || response.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());
beforeEach(() => {
  heard.length = 0;
});

describe('the site builder’s webhook receiver', () => {
  it('should schedule a rebuild for a publication Strapi sends', async () => {
    const response = await send({ headers: strapiHeaders('entry.publish'), body: JSON.stringify({ event: 'entry.publish', uid: UIDS.fiche, entry: {} }) });

    expect(response.status).toBe(202);
    expect(heard).toEqual([{ uid: UIDS.fiche }]);
  });

  it('should accept, and do nothing for, an event that changes nothing public', async () => {
    const response = await send({ headers: strapiHeaders('entry.update'), body: JSON.stringify({ uid: UIDS.fiche, entry: { publishedAt: null } }) });

    expect(response.status).toBe(202);
    expect(heard).toEqual([]);
  });

  it.each([
    ['no authorization', { 'content-type': 'application/json', 'x-strapi-event': 'entry.publish' }],
    ['a wrong secret', strapiHeaders('entry.publish', 'devine')],
    ['the secret with something after it', strapiHeaders('entry.publish', `${SECRET}x`)],
  ])('should refuse with 401, naming the setting, %s', async (_, headers) => {
    const response = await send({ headers, body: JSON.stringify({ uid: UIDS.fiche }) });

    expect(response.status).toBe(401);
    expect(await response.text()).toContain('BUILDER_SECRET');
    expect(heard).toEqual([]);
  });

  it.each([
    [405, 'a GET', { method: 'GET', headers: strapiHeaders('entry.publish') }, 'POST'],
    [415, 'a body that is not JSON by its type', { headers: { ...strapiHeaders('entry.publish'), 'content-type': 'text/plain' }, body: 'x' }, 'content-type'],
    [400, 'a JSON body that does not parse', { headers: strapiHeaders('entry.publish'), body: '{"uid":' }, 'body'],
    [400, 'no event at all', { headers: { authorization: `Bearer ${SECRET}`, 'content-type': 'application/json' }, body: '{}' }, 'event'],
    [
      413,
      'a body over 2 MB',
      { headers: strapiHeaders('entry.publish'), body: JSON.stringify({ uid: UIDS.fiche, entry: { body: 'x'.repeat(3 * 1024 * 1024) } }) },
      'body',
    ],
  ])('should answer %i to %s, naming what is wrong', async (status, _, init, named) => {
    const response = await send(init);

    expect(response.status).toBe(status);
    expect(await response.text()).toContain(named);
    expect(heard).toEqual([]);
  });

  it('should leave other paths to the rest of the server', async () => {
    expect((await send({ path: '/hooks/../admin', headers: strapiHeaders('entry.publish'), body: '{}' })).status).toBe(404);
    expect((await send({ path: '/autre', headers: strapiHeaders('entry.publish'), body: '{}' })).status).toBe(404);
  });
});
