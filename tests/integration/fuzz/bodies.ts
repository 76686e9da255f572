import fc from 'fast-check';
import type { Core } from '@strapi/strapi';
import type { FuzzWorld } from './callers';
import { FuzzCase } from './fuzz-case';
import { clientAddress, pathFor } from './params';
import { attributesOf, type FuzzRoute } from './routes';
import { anyBadValue, objectText, oddKey, wrongValueFor, type Json } from './values';

type Entry = readonly [string, Json];

/** One to four fields of the route's content type, each with a value its type refuses, and now and then a key that is no field. */
function badEntries(strapi: Core.Strapi, route: FuzzRoute): fc.Arbitrary<Entry[]> {
  const attributes = attributesOf(strapi, route);
  const names = Object.keys(attributes);
  const stray: fc.Arbitrary<Entry> = fc.tuple(oddKey, anyBadValue);
  const field: fc.Arbitrary<Entry> =
    names.length > 0 ? fc.constantFrom(...names).chain((name) => wrongValueFor(attributes[name]).map((value): Entry => [name, value])) : stray;
  return fc.array(fc.oneof({ arbitrary: field, weight: 4 }, { arbitrary: stray, weight: 1 }), { minLength: 1, maxLength: 4 });
}

/** Well-formed JSON with the wrong content: under `data` as the core routes expect, flat as the custom ones do, or `data` not an object. */
function wrongBody(strapi: Core.Strapi, route: FuzzRoute): fc.Arbitrary<Json> {
  return fc.tuple(badEntries(strapi, route), fc.constantFrom('data', 'flat', 'data-not-object')).map(([entries, shape]) => {
    if (shape === 'data') return objectText([['data', objectText(entries)]]);
    if (shape === 'flat') return objectText(entries);
    return objectText([['data', entries[0][1]]]);
  });
}

/** Text that is not a JSON object: broken syntax, a cut-off body, other JSON values at the top. */
function malformedJson(strapi: Core.Strapi, route: FuzzRoute): fc.Arbitrary<Json> {
  return fc.oneof(
    fc.constantFrom(
      '{',
      '{"data":}',
      "{'data':{}}",
      '{"data":{},}',
      '\uFEFF{"data":{}}',
      'undefined',
      'NaN',
      '"text"',
      '123',
      'null',
      'true',
      '{"data":{"a":1}}}',
      '{"a":"\\x"}',
    ),
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    wrongBody(strapi, route).chain((text) => fc.nat({ max: Math.max(0, text.length - 2) }).map((cut) => text.slice(0, cut + 1))),
  );
}

/** Requests with a JSON body that is wrong in content or in form, from every caller of the route. */
export function bodyCases(strapi: Core.Strapi, world: FuzzWorld, route: FuzzRoute): fc.Arbitrary<FuzzCase> {
  const body = fc.oneof(
    { arbitrary: wrongBody(strapi, route).map((text) => ({ kind: 'body' as const, text })), weight: 4 },
    { arbitrary: malformedJson(strapi, route).map((text) => ({ kind: 'malformed-json' as const, text })), weight: 1 },
  );
  return fc
    .record({ caller: fc.constantFrom(...world.callersOf(route)), path: pathFor(world, route), address: clientAddress, body })
    .map(
      ({ caller, path, address, body: { kind, text } }) =>
        new FuzzCase(kind, caller.name, route.method, path, '', { ...caller.headers, 'content-type': 'application/json', 'x-forwarded-for': address }, text),
    );
}
