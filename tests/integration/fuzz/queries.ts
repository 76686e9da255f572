import fc from 'fast-check';
import type { Core } from '@strapi/strapi';
import type { FuzzWorld } from './callers';
import { FuzzCase } from './fuzz-case';
import { clientAddress, pathFor } from './params';
import { attributesOf, type FuzzRoute } from './routes';
import { POLLUTION_MARKER } from './values';

/** Parameters the project's own controllers read (tokens of signed links, pages, locales, searches). */
const CUSTOM_PARAMS = ['token', 'locale', 'status', 'page', 'pageSize', 'q', 'email', 'reference', 'category', 'slug', 'kind', 'since', 'format'];

const encoded = (value: string) => encodeURIComponent(value);
const oddText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom('-1', '0', '1e309', '9007199254740993', '-9223372036854775809', 'NaN', 'null', 'true', '[]', '{}', '%', '%zz', '\u0000', 'x'.repeat(6_000)),
);
const oddNumber = fc.constantFrom('-1', '0', '1e309', '99999999999999999999', 'abc', '1.5', '', '[]', '-0', '0x10');

/** Raw `key=value` pairs (brackets as qs reads them) that Strapi's query parser and the routes' validation must refuse cleanly. */
function oddParams(field: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const deepPopulate = fc.tuple(field, fc.integer({ min: 3, max: 25 })).map(([name, depth]) => `populate${`[${name}][populate]`.repeat(depth)}[${name}]=*`);
  return fc.oneof(
    fc.tuple(field, oddText).map(([name, value]) => `filters[${name}][$eq]=${encoded(value)}`),
    fc
      .tuple(field, fc.constantFrom('$foo', '$where', '$regex', '$raw', '__proto__', '$in', '$between', '$null'))
      .map(([name, op]) => `filters[${name}][${op}]=1`),
    fc.constantFrom('filters[$foo]=1', 'filters[$or]=x', 'filters[$and][0][$not]=1', `filters[__proto__][${POLLUTION_MARKER}]=1`, 'filters=x'),
    field.map((name) => Array.from({ length: 150 }, (_, index) => `filters[${name}][$in][${index}]=${index}`).join('&')),
    deepPopulate,
    fc.tuple(field, oddText).map(([name, value]) => `populate[${name}][fields][0]=${encoded(value)}`),
    fc.constantFrom('populate=*', 'populate=**', 'populate[0]=__proto__', 'populate[createdBy]=*', 'populate[localizations][populate]=*', 'populate=true'),
    oddNumber.map((value) => `pagination[pageSize]=${encoded(value)}`),
    oddNumber.map((value) => `pagination[page]=${encoded(value)}`),
    oddNumber.map((value) => `pagination[start]=${encoded(value)}&pagination[page]=2`),
    fc.constantFrom('pagination[limit]=999999999999', 'pagination[withCount]=maybe', 'pagination=1', 'pagination[pageSize][]=1'),
    field.map((name) => `sort=${encoded(`${name}:sideways`)}`),
    fc.tuple(field, oddText).map(([name, value]) => `sort[0][${name}]=${encoded(value)}`),
    fc.constantFrom(
      'sort=__proto__',
      'sort[]=',
      'fields[0]=password',
      'fields=,,',
      'fields[0][$eq]=x',
      'locale=xx-YY',
      'locale[]=fr',
      'status=foo',
      'status[]=draft',
    ),
    fc.tuple(fc.constantFrom(...CUSTOM_PARAMS), oddText).map(([name, value]) => `${name}=${encoded(value)}`),
    fc.constantFrom(...CUSTOM_PARAMS).map((name) => `${name}[]=a&${name}[]=b`),
    fc.constantFrom(...CUSTOM_PARAMS).map((name) => `${name}[$ne]=`),
    fc.constantFrom(`__proto__[${POLLUTION_MARKER}]=1`, `constructor[prototype][${POLLUTION_MARKER}]=1`, `${'[a]'.repeat(40)}=1`, 'a'.repeat(200) + '=1'),
  );
}

/** Requests whose query string is odd: filters, populate, pagination, sort, fields, and the custom routes' own parameters. */
export function queryCases(strapi: Core.Strapi, world: FuzzWorld, route: FuzzRoute): fc.Arbitrary<FuzzCase> {
  const names = Object.keys(attributesOf(strapi, route));
  const field =
    names.length > 0
      ? fc.oneof(fc.constantFrom(...names), fc.constantFrom('password', 'createdBy', '__proto__'))
      : fc.constantFrom('title', 'password', '__proto__');
  return fc
    .record({
      caller: fc.constantFrom(...world.callersOf(route)),
      path: pathFor(world, route),
      address: clientAddress,
      params: fc.array(oddParams(field), { minLength: 1, maxLength: 3 }),
    })
    .map(
      ({ caller, path, address, params }) =>
        new FuzzCase('query', caller.name, route.method, path, params.join('&'), { ...caller.headers, 'x-forwarded-for': address }),
    );
}
