/**
 * `compute` with its last `size` results remembered, by the text it was given. For the functions a
 * headline is cut with: one title is drafted again for every repair tried, on the same quote and
 * continuation, so the same few texts come back within a call. The memory is that short on purpose:
 * an article's titles ask for far more than 16 texts (about 90 in the bench corpus), so what one
 * article remembers is gone before the next, and a corpus of near-copies gains no more than a real one.
 */
export function rememberRecent<T>(compute: (text: string) => T, size = 16): (text: string) => T {
  const recent = new Map<string, T>();
  return (text) => {
    let result = recent.get(text);
    if (result === undefined && !recent.has(text)) {
      result = compute(text);
      if (recent.size >= size) recent.delete(recent.keys().next().value!);
      recent.set(text, result);
    }
    return result as T;
  };
}
