/**
 * A function computed once per argument for the whole build: lists and indexes that thousands of
 * pages ask for (a language's fiches, a post's HTML). A promise is kept as it is, so callers
 * asking at the same time share one computation.
 */
export function once<K, V>(compute: (key: K) => V): (key: K) => V {
  const computed = new Map<K, V>();
  return (key) => {
    if (!computed.has(key)) computed.set(key, compute(key));
    return computed.get(key)!;
  };
}
