// A pure function of a string, remembered per process: the build step asks the same few thousand words
// and dates again and again across a corpus. Bounded (emptied when full), so a long-lived process (the
// dev server) or an article of unique tokens never grows it without end.

/** `fn` with each distinct key's result kept, up to `limit` keys. */
export function memoByKey<T>(fn: (key: string) => T, limit: number): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined && !memo.has(key)) {
      value = fn(key);
      if (memo.size >= limit) memo.clear();
      memo.set(key, value);
    }
    return value as T;
  };
}
