/**
 * `compute` with its last `size` results remembered, by the text it was given. For the functions a
 * headline is cut with: one title is drafted again for every repair tried, on the same quote and
 * continuation, so the same few texts come back within a call. The memory is that short on purpose:
 * it cannot outlive one article's titles, so a corpus of near-copies gains nothing a real one would not.
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
