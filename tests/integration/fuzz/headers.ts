import fc from 'fast-check';
import type { FuzzWorld } from './callers';
import { FuzzCase } from './fuzz-case';
import { clientAddress, pathFor } from './params';
import { takesBody, type FuzzRoute } from './routes';

/** Node refuses a request whose headers pass 16 KB: values stay under that, one large one at a time. */
const LARGE_VALUE = 8 * 1024;

const headerText = fc.string({ unit: 'binary-ascii', maxLength: 60 }).map((text) => text.replace(/[^\x20-\x7e]/g, ''));

/** A body and the content type it is sent with, mismatched or not. */
const bodyWithType = fc.oneof(
  fc.constantFrom(
    { type: 'text/plain', body: '{"data":{}}' },
    { type: 'application/xml', body: '<data><title>x</title></data>' },
    { type: 'application/x-www-form-urlencoded', body: '{"data":{"title":1}}' },
    { type: 'application/x-www-form-urlencoded', body: 'data[title][$ne]=1&data[__proto__][x]=1' },
    { type: 'application/json', body: 'data[title]=1' },
    { type: 'application/json; charset=utf-16', body: '{"data":{}}' },
    { type: 'application/json; charset=nope', body: '{"data":{}}' },
    { type: 'multipart/form-data; boundary=x', body: '--x\r\nContent-Disposition: form-data; name="data"\r\n\r\n{"title":1}\r\n--x--\r\n' },
    // formidable's errors (no boundary, a body that is no multipart) escape Strapi's body middleware
    // without a status: cms/src/middlewares/body-errors.ts answers them 400.
    { type: 'multipart/form-data', body: '{"data":{}}' },
    { type: 'multipart/form-data; boundary=x', body: '{"data":{}}' },
    { type: 'multipart/form-data; boundary=x', body: '--x\r\nContent-Disposition: form-data; name="data"\r\n\r\n{"title"' },
    { type: 'application/octet-stream', body: '\u0000\u0001' },
    { type: '', body: '{"data":{}}' },
  ),
  headerText.map((type) => ({ type, body: '{"data":{}}' })),
);

/** Headers whose values are odd: garbage credentials, huge values, bad encodings, forged addresses. */
const oddHeaders: fc.Arbitrary<Record<string, string>> = fc
  .array(
    fc.oneof(
      fc
        .constantFrom('Bearer', 'Bearer ', 'Bearer x.y.z', 'Basic Zm9vOmJhcg==', 'bearer null', 'Bearer ' + 'a'.repeat(LARGE_VALUE))
        .map((value) => ['authorization', value] as const),
      headerText.map((value) => ['authorization', `Bearer ${value}`] as const),
      // Over a body that is not compressed: zlib's error escapes Strapi's body middleware without a
      // status (cms/src/middlewares/body-errors.ts answers it 400); unknown encodings are a 415.
      fc.constantFrom('gzip', 'deflate', 'br', 'GZIP', 'identity', 'identity, x', 'x-unknown', 'compress').map((value) => ['content-encoding', value] as const),
      fc.constantFrom('*/*', 'text/html', 'application/xml', '', 'x'.repeat(LARGE_VALUE)).map((value) => ['accept', value] as const),
      fc.constantFrom('zz', '*', 'fr;q=abc', 'x'.repeat(LARGE_VALUE)).map((value) => ['accept-language', value] as const),
      fc.constantFrom('not-an-ip', '999.1.1.1', '1.1.1.1, 2.2.2.2, 3.3.3.3', '', '::ffff:zz').map((value) => ['x-forwarded-for', value] as const),
      fc.constantFrom('strapi_up_refresh=x', 'koa.sess=%%%', `a=${'b'.repeat(LARGE_VALUE)}`).map((value) => ['cookie', value] as const),
      fc.constantFrom('W/"x"', '*', '"', 'x'.repeat(2_000)).map((value) => ['if-none-match', value] as const),
      fc.constantFrom('null', 'http://evil.example', 'x').map((value) => ['origin', value] as const),
      headerText.map((value) => ['x-fuzz', value] as const),
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((pairs) => Object.fromEntries(pairs));

/** Requests with odd headers, and for routes that read a body, a body whose content type does not match it. */
export function headerCases(world: FuzzWorld, route: FuzzRoute): fc.Arbitrary<FuzzCase> {
  return fc
    .record({
      caller: fc.constantFrom(...world.callersOf(route)),
      path: pathFor(world, route),
      address: clientAddress,
      headers: oddHeaders,
      body: bodyWithType,
    })
    .map(({ caller, path, address, headers, body }) => {
      const typed: Record<string, string> = takesBody(route) && body.type ? { 'content-type': body.type } : {};
      return new FuzzCase(
        'headers',
        caller.name,
        route.method,
        path,
        '',
        { 'x-forwarded-for': address, ...caller.headers, ...typed, ...headers },
        takesBody(route) ? body.body : undefined,
      );
    });
}
