import fc from 'fast-check';
import type { Schema } from '@strapi/strapi';

/**
 * Values of the wrong kind for a field, by the type its schema declares, and the values that
 * break servers whatever the field: huge numbers, oversized strings, deep nesting, the keys of
 * prototype pollution. JSON texts, not objects: `__proto__` must reach the server as an own key.
 */
export type Json = string;

const json = (value: unknown): Json => JSON.stringify(value);

/** A marker no code of the project sets: if `({}).fuzzPolluted` ever exists, a request polluted Object.prototype. */
export const POLLUTION_MARKER = 'fuzzPolluted';

/** koa-body's default JSON limit is 1 MB: one over it, one under it that reaches validation. */
export const OVERSIZED = 1024 * 1024 + 16;
const LARGE = 256 * 1024;

export const hugeNumber: fc.Arbitrary<Json> = fc.constantFrom(
  '1e308',
  '-1e308',
  '1e400',
  '9007199254740993',
  '-9223372036854775809',
  '0.0000000000000000000000001',
  '-0',
  json('9'.repeat(400)),
  json('NaN'),
  json('Infinity'),
);

export const oversizedString: fc.Arbitrary<Json> = fc.constantFrom(OVERSIZED, LARGE).map((size) => json('é'.repeat(size / 2)));

/** Nesting far deeper than any schema: arrays and objects, 50 to 5,000 levels. */
export const deepNesting: fc.Arbitrary<Json> = fc
  .tuple(fc.constantFrom(50, 500, 5_000), fc.boolean())
  .map(([depth, arrays]) => (arrays ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)));

export const pollution: fc.Arbitrary<Json> = fc.constantFrom(
  `{"__proto__":{"${POLLUTION_MARKER}":true}}`,
  `{"constructor":{"prototype":{"${POLLUTION_MARKER}":true}}}`,
  `{"__proto__":{"isAdmin":true,"role":1}}`,
  `[{"__proto__":{"${POLLUTION_MARKER}":true}}]`,
);

const text = fc.string({ unit: 'grapheme', maxLength: 40 });
const odd = fc.oneof(
  fc.constant('null'),
  fc.boolean().map(json),
  fc.integer().map(json),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(json),
  text.map(json),
  fc.constantFrom('[]', '{}', '[null]', '[[]]', '{"":""}', '"\\u0000"', '"\\ud800"', '"../../etc/passwd"', '"<script>alert(1)</script>"'),
);

const notAString = fc.oneof(fc.integer().map(json), fc.boolean().map(json), fc.constantFrom('{}', '[]', '["a","b"]', '{"$ne":""}'));
const notANumber = fc.oneof(text.map(json), fc.boolean().map(json), fc.constantFrom('{}', '[1]', '"12abc"', '"0x1F"', '{"$gt":0}'), hugeNumber);
const notABoolean = fc.oneof(fc.constantFrom('"true"', '"yes"', '1', '0', '{}', '[]', '"on"'));
const notADate = fc.oneof(
  fc.constantFrom('"2026-13-45"', '"31/12/2026"', '"not a date"', '"2026-02-30T25:61:00Z"', '""', '{}', '[]', '1e20', '"+275760-09-13"', '"0000-00-00"'),
  fc.integer().map(json),
);
const notARelation = fc.constantFrom(
  '"abc"',
  '12.5',
  '-1',
  '{"connect":"x"}',
  '{"connect":[{"documentId":123}]}',
  '{"connect":[{"documentId":"x","position":{"before":{}}}]}',
  '{"set":[{"id":"../"}]}',
  '{"disconnect":{}}',
  '[{}]',
  '[{"documentId":{"$ne":null}}]',
  '{"connect":[{"id":1e308}]}',
  // Ids PostgreSQL's integer cannot hold, in the other shapes Strapi reads as ids (cms/src/validation/relation-ids.ts).
  '2147483648',
  '"12abc"',
  '[[1e308]]',
  '{"set":[{"id":12.5}]}',
  '{"disconnect":[9007199254740993]}',
  '{"connect":[{"id":1,"position":{"before":1e308}}]}',
);
const notAComponent = fc.constantFrom('"x"', '[1,2]', '{"id":"x"}', '[[]]', '{"__component":"nope.nope"}', '[{"id":-1}]', '42');
const notAZone = fc.constantFrom('[{"__component":"nope.nope"}]', '"x"', '{}', '[{"__component":{}}]', '[1]');
const notAMedia = fc.constantFrom('"x"', '{"id":{}}', '[-1]', '{"url":"file:///etc/passwd"}', '1.5');
const notInVocabulary = fc.oneof(text.map(json), fc.constantFrom('"ÉPN"', '" epn "', '"EPN"', '["epn"]'));
const notAnEmail = fc.constantFrom('"@"', '"a@"', '"a b@c.d"', '"<a@b.c>"', '"a@b.c\\nBcc: x@y.z"', '""');
const notAUid = fc.constantFrom('"a b"', '"../x"', '"ÉTÉ"', '"a/b"', '""', '"-"');

/** A value that the field's declared type refuses (or should). */
export function wrongValueFor(attribute: Schema.Attribute.AnyAttribute | undefined): fc.Arbitrary<Json> {
  const byType: Record<string, fc.Arbitrary<Json>> = {
    string: notAString,
    text: notAString,
    richtext: notAString,
    blocks: fc.oneof(notAString, notAZone),
    password: notAString,
    email: fc.oneof(notAnEmail, notAString),
    uid: fc.oneof(notAUid, notAString),
    enumeration: fc.oneof(notInVocabulary, notAString),
    integer: notANumber,
    biginteger: notANumber,
    float: notANumber,
    decimal: notANumber,
    boolean: notABoolean,
    date: notADate,
    datetime: notADate,
    time: notADate,
    timestamp: notADate,
    json: fc.oneof(deepNesting, pollution, odd),
    relation: notARelation,
    component: notAComponent,
    dynamiczone: notAZone,
    media: notAMedia,
  };
  const specific = attribute ? byType[attribute.type] : undefined;
  return specific ? fc.oneof({ arbitrary: specific, weight: 4 }, { arbitrary: anyBadValue, weight: 1 }) : anyBadValue;
}

/** Whatever the field: odd values, huge numbers, oversized strings, deep nesting, pollution. */
export const anyBadValue: fc.Arbitrary<Json> = fc.oneof(
  { arbitrary: odd, weight: 6 },
  { arbitrary: hugeNumber, weight: 2 },
  { arbitrary: pollution, weight: 2 },
  { arbitrary: deepNesting, weight: 1 },
  { arbitrary: oversizedString, weight: 1 },
);

/** Keys that are not fields, or that try the prototype. */
export const oddKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'documentId', 'publishedAt', 'createdBy', 'locale', '$where', 'a.b', ''),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
);

/** An object from key/JSON pairs, keeping `__proto__` as an own key (JSON.stringify of an object would drop it). */
export const objectText = (entries: readonly (readonly [string, Json])[]): Json => `{${entries.map(([key, value]) => `${json(key)}:${value}`).join(',')}}`;
