/** Remembers `compute(key)` per key object (forgotten with the key): for texts derived from data items. */
export function weakMemo<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as V;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}

/** Remembers the last result for the same arguments (compared by identity), like a one-slot reselect. */
export function memoLast<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | undefined;
  let lastResult: R | undefined;
  return (...args) => {
    if (!lastArgs || args.length !== lastArgs.length || args.some((arg, i) => arg !== lastArgs?.[i])) {
      lastResult = compute(...args);
      lastArgs = args;
    }
    return lastResult as R;
  };
}
