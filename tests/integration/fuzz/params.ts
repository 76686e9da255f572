import fc from 'fast-check';
import { UIDS } from '@reseau-epn/platform';
import type { FuzzWorld } from './callers';
import type { FuzzRoute } from './routes';

const oddSegment = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    '-1',
    '0',
    '1e309',
    '9007199254740993',
    'null',
    'undefined',
    '%00',
    '..%2F..',
    'x'.repeat(2_000),
  ),
);

/** A `{uid, documentId}` pair: a real document of the fuzzer's, or names that designate nothing. */
function target(world: FuzzWorld, route: FuzzRoute): fc.Arbitrary<{ uid: string; documentId: string }> {
  const real = [...world.documentIds].map(([uid, documentId]) => ({ uid, documentId }));
  const own = real.filter(({ uid }) => uid === route.model);
  const made = fc.record({
    uid: fc.oneof(fc.constantFrom(...real.map(({ uid }) => uid), 'api::nope.nope', 'admin::user', UIDS.user, UIDS.digestDelivery), oddSegment),
    documentId: oddSegment,
  });
  return fc.oneof({ arbitrary: fc.constantFrom(...(own.length > 0 ? own : real)), weight: 3 }, { arbitrary: made, weight: 2 });
}

/** The route's path with every `:param` filled (percent-encoded, as a client would send it). */
export function pathFor(world: FuzzWorld, route: FuzzRoute): fc.Arbitrary<string> {
  const values = route.params.map((param) =>
    fc.oneof(oddSegment, fc.constantFrom('atelier', 'formation', 'approve', 'reject', 'hide', 'ban')).map((value) => [param, value] as const),
  );
  return fc.tuple(target(world, route), fc.tuple(...values)).map(([{ uid, documentId }, pairs]) => {
    const chosen = new Map<string, string>(pairs);
    chosen.set('uid', uid);
    chosen.set('documentId', documentId);
    // `:id` is the document when no `:documentId` comes first (core routes), a revision's number otherwise.
    if (!route.params.includes('documentId')) chosen.set('id', documentId);
    return route.path.replace(/:([A-Za-z_]\w*)/g, (_whole, name: string) => encodeURIComponent(chosen.get(name)!));
  });
}

/** A different client address per request: the public routes' per-address limits must not end every case in a 429. */
export const clientAddress = fc.ipV4();
