// A bounded memo for pure functions of a string: segmenting the same label or
// sentence again is the slowest part of a comparison, and of labelling a text
// that repeats itself.
export function memo<T>(fn: (key: string) => T, limit = 50_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= limit) cache.clear();
      value = fn(key);
      cache.set(key, value);
    }
    return value;
  };
}
