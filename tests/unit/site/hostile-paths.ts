/** Ways to spell "the parent directory" a server might decode late, or decode twice. */
const DOTS = ['..', '%2e%2e', '%2E%2E', '.%2e', '%2e.', '%c0%ae%c0%ae', '%e0%80%ae%e0%80%ae', '%252e%252e', '..%00', '%2e%2e%00', '...', '.'];
/** Ways to spell a separator: encoded, overlong UTF-8, double-encoded, Windows', doubled. */
const SEPARATORS = ['/', '%2f', '%2F', '\\', '%5c', '%5C', '//', '%c0%af', '%e0%80%af', '%252f', '/./', '%00/'];
/** Odd paths of their own: bad escapes, NUL and control bytes, overlong or invalid UTF-8, huge paths. */
const ODD = [
  '/%ff',
  '/%',
  '/%%',
  '/%g0',
  '/%0',
  '/%00',
  '/index.html%00',
  '/index.html%00.txt',
  '/%0d%0aSet-Cookie:%20x=1',
  '/%0a',
  '/%c0%ae',
  '/%c0%af',
  '/%e0%80%af',
  '/%f0%80%80%af',
  '/%ed%a0%80',
  '/%fe%ff',
  '/%ef%bf%bf',
  '/\\',
  '/\\..\\secret.txt',
  '//',
  '///secret.txt',
  '//evil.example/',
  '/fiches//',
  '/fiches/%ff/',
  '/fiches/exemple/%2e',
  '/_astro/../secret.txt',
  '/.env',
  '/.%65nv',
  '/%2eenv',
  '/.git/config',
  '/index.html/',
  '/index.html/..',
  '/?%ff',
  '/?a=%00',
  '/#%ff',
  `/${'a/'.repeat(1500)}`,
  `/${'%2e%2e/'.repeat(600)}secret.txt`,
  `/${'x'.repeat(3000)}`,
  `/${'é'.repeat(10)}`,
  '/\u00ff',
  '/fiches/exemple?\u00e9',
  '/fiches/exemple?%ff%00',
  '/fiches/exemple?\\..\\secret.txt',
  '*',
  'secret.txt',
  'http://localhost/../secret.txt',
  '/%2e%2e%5csecret.txt',
  '/..;/secret.txt',
  '/%u002e%u002e/secret.txt',
];

/**
 * About fifteen hundred request targets trying to reach `targets` (paths of files outside the
 * served folder, seen from it, or hidden in it) through every spelling of "..", plus odd paths.
 */
export function hostilePaths(targets: string[]): string[] {
  const paths = new Set<string>(ODD);
  for (const target of targets) {
    for (const dots of DOTS) {
      for (const separator of SEPARATORS) {
        for (const depth of [1, 3]) paths.add(`/${`${dots}${separator}`.repeat(depth)}${target}`);
      }
    }
  }
  return [...paths];
}
