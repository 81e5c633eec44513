/**
 * `compute` with a memory: each distinct key is computed once. Loading a city's services meets the same few
 * codes, times, place names and years thousands of times.
 */
export function remember<K, V>(compute: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    if (!known.has(key)) known.set(key, compute(key));
    return known.get(key)!;
  };
}
