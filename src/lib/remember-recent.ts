/**
 * `compute` (a pure function of a string) with its last `size` results remembered, by the text it was
 * given; a null or undefined result is remembered too. The size says what is worth keeping:
 * - a few texts for the functions a headline is cut with: one title is drafted again for every repair
 *   tried, on the same quote and continuation, so the same few texts come back within a call, and an
 *   article's titles ask for far more than 16 (about 90 in the bench corpus), so what one article
 *   remembers is gone before the next and a corpus of near-copies gains no more than a real one;
 * - tens of thousands for a word's or a date's reading (a word's tense, its folded letters, an EDTF
 *   check): the same few thousand come back across a whole corpus, and the bound keeps a long-lived
 *   process (the dev server) or an article of unique tokens from growing it without end.
 */
/** A remembered function; `remember` hands it an answer its caller already knows to be `compute(text)`. */
export interface Remembered<T> {
  (text: string): T;
  remember(text: string, result: T): void;
  /** Whether the result for `text` is remembered now. */
  has(text: string): boolean;
}

export function rememberRecent<T>(compute: (text: string) => T, size = 16): Remembered<T> {
  const recent = new Map<string, T>();
  const keep = (text: string, result: T) => {
    if (recent.size >= size) recent.delete(recent.keys().next().value!);
    recent.set(text, result);
  };
  const remembered = (text: string) => {
    let result = recent.get(text);
    if (result === undefined && !recent.has(text)) {
      result = compute(text);
      keep(text, result);
    }
    return result as T;
  };
  remembered.remember = (text: string, result: T) => {
    if (!recent.has(text)) keep(text, result);
  };
  remembered.has = (text: string) => recent.has(text);
  return remembered;
}
